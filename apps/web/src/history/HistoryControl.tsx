import { memo, useRef, useState } from 'react'
import { HistoryPanel } from './HistoryPanel.js'
import type { HistoryPanelProps } from './HistoryPanel.js'
import { HistoryIcon } from './icons.js'
import { useHistoryText } from './strings.js'

export type HistoryControlProps = Omit<HistoryPanelProps, 'onClose'>

/**
 * The top bar's "History" button and the drawer it opens. Memoised: the top bar renders on every
 * board change, the panel only when its own props change.
 */
export const HistoryControl = memo(function HistoryControl(props: HistoryControlProps) {
  const { t } = useHistoryText()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    // The drawer leaves the page as it closes, too late for the dialog's own focus return; the
    // button can take the focus once the modal drawer is gone.
    requestAnimationFrame(() => button.current?.focus())
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="small history-toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('openHint')}
        onClick={() => setOpen(true)}
      >
        <HistoryIcon />
        {t('open')}
      </button>
      {open && <HistoryPanel {...props} onClose={close} />}
    </>
  )
})
