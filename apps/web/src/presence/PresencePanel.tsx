import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../sync/types.js'
import { ROLE_ORDER } from './state.js'
import type { Peer } from './state.js'

type Props = {
  me: Me
  peers: readonly Peer[]
  /** The id of the person this screen follows. */
  following?: string
  onFollow: (id: string | undefined) => void
  /** Facilitators may bring every screen to their view. */
  canSummon: boolean
  onSummon: () => void
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [name.trim()]
  return letters
    .map((word) => [...(word ?? '')].slice(0, words.length > 1 ? 1 : 2).join(''))
    .join('')
    .toLocaleUpperCase()
}

/** One person per id: a person with a laptop and a phone is listed once. */
function people(peers: readonly Peer[]): Peer[] {
  const byId = new Map<string, Peer>()
  for (const peer of peers) {
    const known = byId.get(peer.id)
    if (!known || (known.view !== 'board' && peer.view === 'board')) byId.set(peer.id, peer)
  }
  return [...byId.values()]
}

function Avatar({ name, colour }: { name: string; colour: string }) {
  return (
    <span className="avatar" style={{ background: colour }} aria-hidden="true">
      {initials(name)}
    </span>
  )
}

function PersonRow({
  peer,
  following,
  onFollow,
}: {
  peer: Peer
  following?: string
  onFollow: Props['onFollow']
}) {
  const { t } = useTranslation()
  const followed = following === peer.id
  return (
    <li className="person">
      <Avatar name={peer.name} colour={peer.colour} />
      <span className="person-name">
        {peer.view === 'projector' ? t('presence.projector') : peer.name}
        {peer.view === 'phone' && <span className="badge">📱</span>}
      </span>
      {peer.view !== 'projector' && peer.viewport && (
        <button
          type="button"
          className={followed ? 'small active' : 'small'}
          aria-pressed={followed}
          onClick={() => onFollow(followed ? undefined : peer.id)}
        >
          {followed ? t('presence.unfollow') : t('presence.follow')}
        </button>
      )}
    </li>
  )
}

/**
 * Who is on the board: avatars in the top bar, and on opening, everyone grouped by role with a
 * button to follow their view; a facilitator can bring every screen to theirs.
 */
export function PresencePanel({ me, peers, following, onFollow, canSummon, onSummon }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const others = people(peers).filter((peer) => peer.id !== me.id || peer.view === 'projector')
  const shown = others.slice(0, 4)
  return (
    <div className="presence menu-anchor">
      <button
        type="button"
        className="presence-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={t('presence.label')}
      >
        <span className="avatars">
          <Avatar name={me.name} colour={me.colour} />
          {shown.map((peer) => (
            <Avatar key={peer.clientId} name={peer.name} colour={peer.colour} />
          ))}
          {others.length > shown.length && (
            <span className="avatar more">+{others.length - shown.length}</span>
          )}
        </span>
        <span className="presence-count">{t('presence.count', { count: others.length + 1 })}</span>
      </button>
      {open && (
        <div className="menu presence-menu" role="dialog" aria-label={t('presence.label')}>
          {canSummon && (
            <button
              type="button"
              className="summon"
              onClick={() => {
                onSummon()
                setOpen(false)
              }}
            >
              {t('presence.summon')}
            </button>
          )}
          <ul role="list" className="people">
            <li className="person">
              <Avatar name={me.name} colour={me.colour} />
              <span className="person-name">{t('presence.you', { name: me.name })}</span>
              <span className="badge">{t(`role.${me.role}`)}</span>
            </li>
          </ul>
          {ROLE_ORDER.map((role) => {
            const group = others.filter((peer) => peer.role === role)
            if (group.length === 0) return null
            return (
              <section key={role}>
                <h3>{t(`role.${role}.plural`)}</h3>
                <ul role="list" className="people">
                  {group.map((peer) => (
                    <PersonRow
                      key={peer.clientId}
                      peer={peer}
                      following={following}
                      onFollow={onFollow}
                    />
                  ))}
                </ul>
              </section>
            )
          })}
          {others.length === 0 && <p className="hint">{t('presence.nobody')}</p>}
        </div>
      )}
    </div>
  )
}
