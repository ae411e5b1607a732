import { useTranslation } from 'react-i18next'
import { ConnectionBadge } from '../sync/ConnectionBadge.js'
import type { ConnectionStatus } from '../sync/types.js'
import type { Peer } from '../presence/state.js'
import type { FollowTarget } from '../presence/useFollow.js'

type Props = {
  projector: boolean
  follow: {
    followed?: Peer
    target: FollowTarget
    setTarget: (target: FollowTarget) => void
    summonedBy?: string
  }
}

/**
 * What floats over the canvas: whom this screen follows (with a way to stop) and a
 * facilitator's summons. The projected board shows neither.
 */
export function BoardOverlays({ projector, follow }: Props) {
  const { t } = useTranslation()
  if (projector) return null
  return (
    <>
      {follow.followed && (
        <div className="follow-banner" style={{ background: follow.followed.colour }} role="status">
          {t('presence.following', { name: follow.followed.name })}
          <button type="button" onClick={() => follow.setTarget(undefined)}>
            {t('presence.stop')}
          </button>
        </div>
      )}
      {follow.summonedBy && (
        <div className="toast" role="status">
          {t('presence.summoned', { name: follow.summonedBy })}
        </div>
      )}
    </>
  )
}

/**
 * The projected board's only chrome: the board's title in type readable from the back of the
 * room, whom it follows, and a warning when it is offline.
 */
export function ProjectorHeader({
  title,
  status,
  following,
}: {
  title: string
  status: ConnectionStatus
  following?: Peer
}) {
  const { t } = useTranslation()
  return (
    <header className="projector-header">
      <span className="brand-mark" aria-hidden="true" />
      <h1>{title}</h1>
      {following && (
        <span className="projector-following">
          <span
            className="connection-dot"
            style={{ background: following.colour }}
            aria-hidden="true"
          />
          {t('presence.following', { name: following.name })}
        </span>
      )}
      {status !== 'online' && <ConnectionBadge status={status} compact />}
    </header>
  )
}
