import type { ConsultationBoard, Presence } from './api.js'
import { failureText } from './failure.js'
import { boardLink } from './links.js'
import type { BoardLinkView } from './links.js'
import { useFacilitatorText } from './strings.js'

const VIEWS: readonly {
  view: BoardLinkView
  key: 'boards.asBoard' | 'boards.asProjector' | 'boards.asObserver'
}[] = [
  { view: 'board', key: 'boards.asBoard' },
  { view: 'projector', key: 'boards.asProjector' },
  { view: 'observer', key: 'boards.asObserver' },
]

/**
 * Every board of a session with who is on it now (polled from the relay), and links that open it
 * as the facilitator's board, on the projector, or read-only as an observer, in a new tab.
 */
export function BoardsTable({
  workshop,
  token,
  boards,
  presence,
  presenceError,
  caption,
}: {
  workshop: string
  token: string
  boards: readonly ConsultationBoard[]
  presence: Presence
  presenceError: unknown
  /** The table's caption, when it lists other boards than a session's (the roadmap). */
  caption?: string
}) {
  const { t } = useFacilitatorText()
  const count = (board: string, role: 'participant' | 'rapporteur' | 'observer') =>
    presence[board]?.[role] ?? '–'
  return (
    <div className="console-boards">
      <table>
        <caption>
          {caption ?? t('boards.heading')}
          <span className="visually-hidden"> ({t('boards.live')})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('boards.board')}</th>
            <th scope="col">{t('boards.participants')}</th>
            <th scope="col">{t('boards.rapporteurs')}</th>
            <th scope="col">{t('boards.observers')}</th>
            <th scope="col">{t('boards.open')}</th>
          </tr>
        </thead>
        <tbody>
          {boards.map((board) => (
            <tr key={board.id} data-board={board.id} data-kind={board.kind}>
              <th scope="row" dir="auto">
                {board.title}
              </th>
              <td data-role="participant">{count(board.id, 'participant')}</td>
              <td data-role="rapporteur">{count(board.id, 'rapporteur')}</td>
              <td data-role="observer">{count(board.id, 'observer')}</td>
              <td className="console-links">
                {VIEWS.map(({ view, key }) => (
                  <a
                    key={view}
                    href={boardLink(workshop, board.id, token, view)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('boards.openLabel', { board: board.title, view: t(key) })}
                    data-view={view}
                  >
                    {t(key)}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {presenceError !== undefined && (
        <p className="console-error" role="status">
          {t('boards.presenceError', { reason: failureText(presenceError, t) })}
        </p>
      )}
    </div>
  )
}
