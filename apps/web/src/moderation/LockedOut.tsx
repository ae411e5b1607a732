import { directionOf } from '../i18n/index.js'
import { useModerationText } from './strings.js'
import './moderation.css'

/** The relay's close code for a change refused because the board is locked (`BOARD_LOCKED`). */
export const BOARD_LOCKED_CLOSE = 4423

/**
 * Shown when the relay closed this screen's connection for a change made on a locked board:
 * what happened, and a way to reconnect once the facilitator unlocks.
 */
export function LockedOut({ onRetry }: { onRetry: () => void }) {
  const { t, language } = useModerationText()
  return (
    <div
      className="moderation-banner locked-out"
      role="alert"
      dir={directionOf(language)}
      lang={language}
      data-testid="locked-out"
    >
      <strong>{t('lockedOut.title')}</strong>
      <span>{t('lockedOut.body')}</span>
      <button type="button" onClick={onRetry}>
        {t('lockedOut.retry')}
      </button>
    </div>
  )
}
