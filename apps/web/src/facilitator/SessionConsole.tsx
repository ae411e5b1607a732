import { useEffect, useId } from 'react'
import type { Control } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import type { SessionTemplate } from '@atelier/toolkit'
import { ScenarioConsole } from '../scenario/ScenarioConsole.js'
import { GatherButton } from '../moderation/GatherButton.js'
import { Countdown } from '../session/Countdown.js'
import { useControl, useCountdown } from '../session/hooks.js'
import { useBoardConnection } from '../sync/useBoardConnection.js'
import type { ConsultationApi, ConsultationSession, ControlAction, Presence } from './api.js'
import { BoardsTable } from './BoardsTable.js'
import { RoomCodes } from './RoomCodes.js'
import { WritingCard } from '../drafts/WritingCard.js'
import { failureText } from './failure.js'
import { useSessionMoves } from './hooks.js'
import { useFacilitatorText } from './strings.js'
import { VotingControls } from './VotingControls.js'

const MINUTE_MS = 60_000

export type SessionConsoleProps = {
  api: ConsultationApi
  workshop: string
  token: string
  session: ConsultationSession
  presence: Presence
  presenceError: unknown
}

/**
 * One session in the console: its agenda with a start button per phase, the current phase with
 * its countdown and the session's controls, and its boards. It reads the controls from the
 * session's first board, through the same sync connection as any board page; the relay applies
 * every move to all the session's boards at once.
 */
export function SessionConsole(props: SessionConsoleProps) {
  const { t, language } = useFacilitatorText()
  const { session, workshop, token } = props
  const headingId = useId()
  const template = getSessionTemplate(session.id)
  const speaker = session.boards[0]?.id ?? `${session.id}-plenary`
  const connection = useBoardConnection({ workshop, board: speaker, token })
  const { awareness } = connection
  // The console watches the board; it is not someone on it (no cursor, not in its people list).
  useEffect(() => awareness.setLocalState(null), [awareness])
  const control = useControl(connection.doc)
  const moves = useSessionMoves(props.api, session.id)
  return (
    <section className="console-session" aria-labelledby={headingId} data-session={session.id}>
      <h2 id={headingId}>
        {template
          ? t('session.heading', { number: template.number, title: template.title[language] })
          : session.id}
      </h2>
      {connection.status === 'offline' && (
        <p className="console-warning" role="status">
          {t('sync.offline')}
        </p>
      )}
      <div className="console-session-grid">
        {template && (
          <Agenda template={template} control={control} busy={moves.busy} send={moves.send} />
        )}
        <div className="console-stack">
          <NowCard
            template={template}
            control={control}
            busy={moves.busy}
            send={moves.send}
            error={moves.error}
          />
          <WritingCard workshop={workshop} token={token} session={session} mode={control.writing} />
          {template && (
            <ScenarioConsole
              template={template}
              control={control}
              busy={moves.busy}
              send={moves.send}
            />
          )}
          <BoardsTable
            workshop={workshop}
            token={token}
            boards={session.boards}
            presence={props.presence}
            presenceError={props.presenceError}
          />
          <RoomCodes workshop={workshop} token={token} session={session} />
        </div>
      </div>
    </section>
  )
}

type Moves = { control: Control; busy: boolean; send: (action: ControlAction) => void }

/** The session's agenda: each phase with its length and room, the current one marked. */
function Agenda({ template, control, busy, send }: Moves & { template: SessionTemplate }) {
  const { t, language } = useFacilitatorText()
  return (
    <div className="console-card console-agenda">
      <h3>{t('agenda.heading')}</h3>
      <ol>
        {template.agenda.map((phase) => {
          const current = control.phase?.id === phase.id
          const title = phase.title[language]
          return (
            <li
              key={phase.id}
              data-phase={phase.id}
              aria-current={current ? 'step' : undefined}
              className={current ? 'console-phase current' : 'console-phase'}
            >
              <span className="console-phase-text">
                <span className="console-phase-title">{title}</span>
                <span className="console-muted">
                  {t('agenda.minutes', { count: phase.minutes })} ·{' '}
                  {t(phase.room === 'plenary' ? 'agenda.room.plenary' : 'agenda.room.subgroup')}
                  {current && <strong className="console-now"> · {t('agenda.current')}</strong>}
                </span>
              </span>
              <button
                type="button"
                className="console-button"
                disabled={busy}
                aria-label={t('agenda.startLabel', { phase: title })}
                onClick={() => send({ action: 'phase', phaseId: phase.id })}
              >
                {current ? t('agenda.restart') : t('agenda.start')}
              </button>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

/** The current phase, its countdown, the buttons that pause, extend and lock, and the vote's. */
function NowCard({
  template,
  control,
  busy,
  send,
  error,
}: Moves & { template: SessionTemplate | undefined; error: unknown }) {
  const { t, language } = useFacilitatorText()
  const headingId = useId()
  const countdown = useCountdown(control.timer)
  const phase = control.phase
  const title = phase
    ? (template?.agenda.find((p) => p.id === phase.id)?.title[language] ?? phase.id)
    : undefined
  const paused = control.timer?.state === 'paused'
  return (
    <div className="console-card console-now-card" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>{t('now.heading')}</h3>
      <div className="console-now-main">
        {title ? (
          <p className="console-now-title" data-phase={phase?.id}>
            {title}
          </p>
        ) : (
          <p className="console-muted">{t('now.none')}</p>
        )}
        {countdown && <Countdown reading={countdown} />}
      </div>
      <div className="console-controls" role="group" aria-label={t('now.controls')}>
        <button
          type="button"
          className="console-button"
          disabled={busy || !control.timer}
          onClick={() => send({ action: paused ? 'resume' : 'pause' })}
        >
          {paused ? t('timer.resume') : t('timer.pause')}
        </button>
        <button
          type="button"
          className="console-button"
          disabled={busy || !control.timer}
          aria-label={`${t('timer.addMinute')} — ${t('timer.addMinuteLabel')}`}
          onClick={() => send({ action: 'addTime', ms: MINUTE_MS })}
        >
          {t('timer.addMinute')}
        </button>
        <button
          type="button"
          className="console-button"
          disabled={busy}
          onClick={() => send({ action: 'lock', locked: !control.locked })}
        >
          {control.locked ? t('lock.unlock') : t('lock.lock')}
        </button>
        <GatherButton gathered={control.gather !== undefined} busy={busy} send={send} />
      </div>
      <VotingControls
        key={phase?.id ?? 'none'}
        template={template}
        control={control}
        busy={busy}
        send={send}
      />
      {error !== undefined && (
        <p className="console-error" role="alert">
          {failureText(error, t)}
        </p>
      )}
    </div>
  )
}
