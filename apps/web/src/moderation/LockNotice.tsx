import { directionOf } from '../i18n/index.js'
import { useModerationText } from './strings.js'
import './moderation.css'

/** The visible "the board is locked" note a writer sees while the facilitator holds the board. */
export function LockNotice({ className = '' }: { className?: string }) {
  const { t, language } = useModerationText()
  return (
    <p
      className={`moderation-banner lock-notice ${className}`}
      role="status"
      dir={directionOf(language)}
      lang={language}
      data-testid="lock-notice"
    >
      <LockIcon />
      <span>{t('locked')}</span>
    </p>
  )
}

function LockIcon() {
  return (
    <svg
      className="lock-icon"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  )
}
