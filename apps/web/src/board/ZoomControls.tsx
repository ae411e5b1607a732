import { useTranslation } from 'react-i18next'
import { FitIcon, MinusIcon, PlusIcon } from './icons.js'

type Props = {
  scale: number
  onZoomIn: () => void
  onZoomOut: () => void
  onReset: () => void
  onFit: () => void
}

/** Zoom buttons: out, the zoom level (back to 100 % when pressed), in, and fit everything. */
export function ZoomControls({ scale, onZoomIn, onZoomOut, onReset, onFit }: Props) {
  const { t } = useTranslation()
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.label')}>
      <button type="button" onClick={onZoomOut} title={t('zoom.out')} aria-label={t('zoom.out')}>
        <MinusIcon />
      </button>
      <button
        type="button"
        className="zoom-level"
        onClick={onReset}
        title={t('zoom.reset')}
        aria-label={`${Math.round(scale * 100)} % — ${t('zoom.reset')}`}
      >
        {Math.round(scale * 100)} %
      </button>
      <button type="button" onClick={onZoomIn} title={t('zoom.in')} aria-label={t('zoom.in')}>
        <PlusIcon />
      </button>
      <button type="button" onClick={onFit} title={t('zoom.fit')} aria-label={t('zoom.fit')}>
        <FitIcon />
      </button>
    </div>
  )
}
