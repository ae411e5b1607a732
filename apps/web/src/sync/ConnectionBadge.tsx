import { useTranslation } from 'react-i18next'
import type { ConnectionStatus } from './types.js'

/**
 * Whether this screen is connected. Offline, it says the work is kept on the device; it is a
 * live region, so a screen reader hears the change.
 */
export function ConnectionBadge({
  status,
  compact = false,
}: {
  status: ConnectionStatus
  compact?: boolean
}) {
  const { t } = useTranslation()
  const text =
    status === 'online'
      ? t('status.online')
      : status === 'offline'
        ? t(compact ? 'status.offlineShort' : 'status.offline')
        : t('status.connecting')
  return (
    <span
      className={`connection connection-${status}`}
      role="status"
      aria-live="polite"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </span>
  )
}
