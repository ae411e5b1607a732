import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { label } from '@atelier/model'
import type { BoardMeta, Locale } from '@atelier/model'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { PresencePanel } from '../presence/PresencePanel.js'
import type { Peer } from '../presence/state.js'
import { ConnectionBadge } from '../sync/ConnectionBadge.js'
import type { ConnectionStatus, Me } from '../sync/types.js'
import { EyeIcon } from './icons.js'

type Props = {
  meta: BoardMeta
  boardId: string
  locale: Locale
  me: Me
  readOnly: boolean
  status: ConnectionStatus
  peers: readonly Peer[]
  following?: string
  onFollow: (id: string | undefined) => void
  onSummon: () => void
  /** Observers: follow the facilitator, or roam freely. */
  followingFacilitator?: boolean
  onFollowFacilitator?: (on: boolean) => void
  /** The side panel's toggle, when the page has one. */
  aside?: { title?: string; open: boolean; toggle: () => void }
  /** More controls from the page, before the side panel's toggle (the facilitator's history). */
  actions?: ReactNode
}

/** The board's header: what board this is, whether it is connected, who is here, the language. */
export function TopBar(props: Props) {
  const { t } = useTranslation()
  const { meta, me } = props
  return (
    <header className="top-bar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark" />
        {t('app.name')}
      </div>
      <div className="board-title">
        <h1>{meta.title || props.boardId}</h1>
        <span className="chip">{label(`board.${meta.kind}`, props.locale)}</span>
        {props.readOnly && (
          <span className="chip chip-read-only">
            <EyeIcon />
            {t('view.readOnly')}
          </span>
        )}
      </div>
      <div className="top-actions">
        <ConnectionBadge status={props.status} />
        {props.onFollowFacilitator && (
          <button
            type="button"
            className="small"
            aria-pressed={props.followingFacilitator}
            onClick={() => props.onFollowFacilitator?.(!props.followingFacilitator)}
          >
            {props.followingFacilitator ? t('presence.roam') : t('presence.followFacilitator')}
          </button>
        )}
        {props.actions}
        {props.aside && (
          <button
            type="button"
            className="small"
            aria-pressed={props.aside.open}
            aria-controls="board-side-panel"
            onClick={props.aside.toggle}
          >
            {props.aside.title ?? t('aside.panel')}
          </button>
        )}
        <PresencePanel
          me={me}
          peers={props.peers}
          following={props.following}
          onFollow={props.onFollow}
          canSummon={me.role === 'facilitator' && !props.readOnly}
          onSummon={props.onSummon}
        />
        <LanguageSwitcher />
      </div>
    </header>
  )
}
