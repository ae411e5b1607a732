import { useState } from 'react'
import { readControl } from '@atelier/model'
import type { BoardKind } from '@atelier/model'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { Me } from '../sync/types.js'
import { useValidationText } from '../validation/strings.js'
import { PromoteError, credentialsOf, promoteNotes, sessionOfBoard } from './api.js'
import type { Promotion } from './api.js'
import './plenary.css'

export type PromoteBarProps = {
  doc: Y.Doc
  provider: WebsocketProvider
  boardId: string
  kind: BoardKind
  me: Me
  /** Whether this screen is the facilitator at work (not an observer's or projector's view). */
  active: boolean
  selection: ReadonlySet<string>
}

type Outcome =
  | { state: 'working' }
  | { state: 'done'; promotion: Promotion }
  | { state: 'failed'; error: PromoteError }

/**
 * On a sub-group's board, the facilitator's bar for the selected notes: "Promote to plenary"
 * copies them onto the session's plenary board (through the relay, which keeps where each
 * came from), then says how many arrived and links to the plenary.
 */
export function PromoteBar({
  doc,
  provider,
  boardId,
  kind,
  me,
  active,
  selection,
}: PromoteBarProps) {
  const { t } = useValidationText()
  const [outcome, setOutcome] = useState<Outcome>()
  const credentials = credentialsOf(provider)
  const session = readControl(doc).session ?? sessionOfBoard(boardId)
  if (!active || me.role !== 'facilitator' || kind !== 'subgroup') return null
  if (!credentials || !session) return null
  if (selection.size === 0 && (outcome === undefined || outcome.state === 'working')) return null

  const promote = async () => {
    setOutcome({ state: 'working' })
    try {
      const promotion = await promoteNotes(credentials, session, boardId, [...selection])
      setOutcome({ state: 'done', promotion })
    } catch (error) {
      if (!(error instanceof PromoteError)) throw error
      setOutcome({ state: 'failed', error })
    }
  }

  const added = outcome?.state === 'done' ? outcome.promotion.promoted.filter((p) => p.created) : []
  const already = outcome?.state === 'done' ? outcome.promotion.promoted.length - added.length : 0
  return (
    <div className="promote-bar" role="region" aria-label={t('promote.button')}>
      {selection.size > 0 && (
        <>
          <span className="promote-count">{t('promote.selected', { count: selection.size })}</span>
          <button
            type="button"
            className="small primary"
            disabled={outcome?.state === 'working'}
            onClick={() => void promote()}
          >
            {outcome?.state === 'working' ? t('promote.working') : t('promote.button')}
          </button>
        </>
      )}
      <p className="promote-news" role="status">
        {outcome?.state === 'done' && (
          <>
            {t('promote.added', { count: added.length })}
            {already > 0 && ` ${t('promote.already', { count: already })}`}{' '}
            <a
              href={`/w/${credentials.workshop}/${outcome.promotion.plenary}#token=${credentials.token}`}
              target="_blank"
              rel="noopener"
            >
              {t('promote.open')}
            </a>
          </>
        )}
        {outcome?.state === 'failed' &&
          (outcome.error.status === 0
            ? t('promote.offline')
            : t('promote.failed', {
                status: outcome.error.status,
                message: outcome.error.message,
              }))}
      </p>
    </div>
  )
}
