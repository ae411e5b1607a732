import { useEffect, useId, useState } from 'react'
import type { Consultation } from '../facilitator/api.js'
import { fetchUpstream, type UpstreamStatus } from './api.js'
import { useUpstreamText } from './strings.js'
import './upstream.css'

/** How often the card reads the state again: it changes with the venue's internet. */
const REFRESH_MS = 3000

type State =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; upstream: UpstreamStatus }

/**
 * The console's upstream card, on a venue relay started with `UPSTREAM_URL`: per board, whether
 * it is in sync with the organisation's server, how many changes wait to go up, and when the
 * server last answered. Shows nothing on a relay without an upstream.
 */
export function UpstreamCard({
  workshop,
  token,
  consultation,
}: {
  workshop: string
  token: string
  consultation: Consultation
}) {
  const { t, language } = useUpstreamText()
  const [state, setState] = useState<State>({ status: 'loading' })
  const headingId = useId()

  useEffect(() => {
    let live = true
    const read = () =>
      fetchUpstream(workshop, token).then(
        (upstream) => live && setState({ status: 'ready', upstream }),
        () => live && setState({ status: 'failed' }),
      )
    void read()
    const timer = setInterval(() => void read(), REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [workshop, token])

  if (state.status === 'loading') return null
  if (state.status === 'ready' && !state.upstream.enabled) return null
  const titles = new Map<string, string>()
  for (const session of consultation.sessions)
    for (const board of session.boards) titles.set(board.id, board.title)
  if (consultation.roadmap) titles.set(consultation.roadmap.id, consultation.roadmap.title)
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' })

  return (
    <section className="console-card upstream-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      {state.status === 'failed' && (
        <p className="console-error" role="status">
          {t('failed')}
        </p>
      )}
      {state.status === 'ready' && state.upstream.enabled && (
        <>
          <p className="console-muted">
            {t('intro', { server: state.upstream.server })}{' '}
            <strong role="status">
              {t('summary', {
                synced: state.upstream.boards.filter((b) => b.state === 'in-sync').length,
                total: state.upstream.boards.length,
              })}
            </strong>
          </p>
          {state.upstream.consultation === 'venue-only' && (
            <p className="console-muted">{t('consultation.venue-only')}</p>
          )}
          {state.upstream.error && (
            <p className="console-error" dir="ltr">
              {state.upstream.error}
            </p>
          )}
          <div className="console-boards">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('board')}</th>
                  <th scope="col">{t('state')}</th>
                  <th scope="col">{t('pending')}</th>
                  <th scope="col">{t('lastContact')}</th>
                </tr>
              </thead>
              <tbody>
                {state.upstream.boards.map((board) => (
                  <tr key={board.board} data-board={board.board}>
                    <th scope="row" dir="auto">
                      {titles.get(board.board) ?? board.board}
                    </th>
                    <td data-state={board.state} title={board.error ?? undefined}>
                      {t(`state.${board.state}`)}
                    </td>
                    <td data-pending={board.pendingChanges}>{board.pendingChanges}</td>
                    <td>
                      {board.lastContact === null
                        ? t('never')
                        : time.format(new Date(board.lastContact))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
