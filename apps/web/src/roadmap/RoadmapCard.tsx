import { useId, useState } from 'react'
import { BoardsTable } from '../facilitator/BoardsTable.js'
import type {
  ConsultationApi,
  ConsultationBoard,
  Presence,
  RoadmapPull,
} from '../facilitator/api.js'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import { useRoadmapText } from './strings.js'
import './roadmap.css'

export type RoadmapCardProps = {
  api: ConsultationApi
  workshop: string
  token: string
  board: ConsultationBoard
  presence: Presence
  presenceError: unknown
}

type Outcome =
  { state: 'working' } | { state: 'done'; pull: RoadmapPull } | { state: 'failed'; error: unknown }

/**
 * The console's roadmap card: the workshop's roadmap board with who is on it and links to
 * open it (board, projector, observer), and the button that pulls every priority validated on
 * the sessions' plenaries onto it, then says how many arrived and how many were there already.
 */
export function RoadmapCard({
  api,
  workshop,
  token,
  board,
  presence,
  presenceError,
}: RoadmapCardProps) {
  const { t } = useRoadmapText()
  const facilitator = useFacilitatorText().t
  const headingId = useId()
  const [outcome, setOutcome] = useState<Outcome>()
  const pull = () => {
    setOutcome({ state: 'working' })
    api.pullRoadmap().then(
      (result) => setOutcome({ state: 'done', pull: result }),
      (error: unknown) => setOutcome({ state: 'failed', error }),
    )
  }
  return (
    <section
      className="console-card roadmap-card"
      aria-labelledby={headingId}
      data-board={board.id}
    >
      <h2 id={headingId}>{t('console.heading')}</h2>
      <p className="console-muted">{t('console.intro')}</p>
      <div className="roadmap-card-pull">
        <button
          type="button"
          className="console-primary"
          disabled={outcome?.state === 'working'}
          onClick={pull}
        >
          {outcome?.state === 'working' ? t('console.pulling') : t('console.pull')}
        </button>
        <p className="roadmap-card-news" role="status">
          {outcome?.state === 'done' &&
            [
              t('console.added', { count: outcome.pull.added }),
              outcome.pull.already > 0 ? t('console.already', { count: outcome.pull.already }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
        </p>
      </div>
      {outcome?.state === 'failed' && (
        <p className="console-error" role="alert">
          {t('console.failed', { reason: failureText(outcome.error, facilitator) })}
        </p>
      )}
      <BoardsTable
        workshop={workshop}
        token={token}
        boards={[board]}
        presence={presence}
        presenceError={presenceError}
        caption={t('console.board')}
      />
    </section>
  )
}
