import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** The relay's close code for a change outside what the sender may write (`OUT_OF_SCOPE`). */
export const OUT_OF_SCOPE_CLOSE = 4403

/**
 * Shown when the relay refused a change made on this device and closed the connection for good:
 * what happened, and the way back (this device's copy of the board, refused change included, is
 * dropped and the board loaded again from the relay).
 */
export function RefusedChange({ onReload }: { onReload: () => Promise<void> }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  return (
    <div className="refused-change" role="alert" data-testid="refused-change">
      <strong>{t('app.outOfScope.title')}</strong>
      <span>{t('app.outOfScope.body')}</span>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void onReload()
        }}
      >
        {t('app.outOfScope.reload')}
      </button>
    </div>
  )
}
