import { useEffect, useId, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { VotingState, getNote, listNotes, observeBoard } from '@atelier/model'
import type { Control } from '@atelier/model'
import { Countdown } from './Countdown.js'
import { CountdownState } from './countdown.js'
import type { CountdownReading } from './countdown.js'
import { useControl, useCountdown, useSessionTemplate } from './hooks.js'
import { phaseView } from './phase.js'
import type { PhaseView } from './phase.js'
import { useSessionText } from './strings.js'
import type { SessionText } from './strings.js'
import './session.css'

/** Where the bar is shown: over the board's canvas, on the room's projector, or on a phone. */
export type SessionBarVariant = 'board' | 'projector' | 'phone'

export type SessionBarProps = { doc: Y.Doc; variant: SessionBarVariant }

/**
 * What every screen shows of the session: the current phase of the agenda with its guiding
 * questions, the countdown on the relay's clock, and whether the facilitator locked the board
 * or opened the vote. It reads the board's controls, which only the facilitator may change, and
 * shows nothing while the board follows no session and nothing is locked.
 */
export function SessionBar({ doc, variant }: SessionBarProps) {
  const { t, language } = useSessionText()
  const control = useControl(doc)
  const template = useSessionTemplate(control.session)
  const phase = control.phase && phaseView(control.phase, template, language)
  const countdown = useCountdown(control.timer)
  const announcement = useAnnouncement(phase, countdown, t)
  const roomNews = useRoomAnnouncement(doc, control, t)
  const visible = phase !== undefined || control.locked || control.voting !== VotingState.none

  return (
    <>
      {visible && (
        <section className={`session-bar session-${variant}`} aria-label={t('label')}>
          <div className="session-main">
            <div className="session-phase">
              {phase ? (
                <>
                  {phase.total !== undefined && (
                    <p className="session-step">
                      {t('step', { number: phase.number, total: phase.total })}
                    </p>
                  )}
                  <h2 className="session-title" data-phase={phase.id}>
                    {phase.title}
                  </h2>
                </>
              ) : (
                <p className="session-step">{t('waiting')}</p>
              )}
            </div>
            {phase && countdown && <Countdown reading={countdown} />}
          </div>
          {(control.locked || control.voting !== VotingState.none) && (
            <p className="session-chips">
              {control.locked && (
                <span className="session-chip session-chip-locked">
                  <LockIcon />
                  {t('locked')}
                </span>
              )}
              {control.voting !== VotingState.none && (
                <span className="session-chip" data-voting={control.voting}>
                  {control.voting === VotingState.open ? t('voting.open') : t('voting.closed')}
                </span>
              )}
            </p>
          )}
          {phase && phase.questions.length > 0 && (
            <Questions key={phase.id} phase={phase} collapsible={variant !== 'projector'} />
          )}
        </section>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {roomNews}
      </p>
    </>
  )
}

/** The phase's guiding questions; behind a toggle except on the projector. */
function Questions({ phase, collapsible }: { phase: PhaseView; collapsible: boolean }) {
  const { t } = useSessionText()
  const id = useId()
  const [open, setOpen] = useState(!collapsible)
  const count = phase.questions.length
  return (
    <div className="session-questions">
      {collapsible ? (
        <button
          type="button"
          className="session-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="session-toggle-mark" data-open={open} />
          {open ? t('questions.hide') : t('questions.show', { count })}
        </button>
      ) : (
        <h3 className="session-questions-heading">{t('questions.heading')}</h3>
      )}
      {open && (
        <ul id={id} className="session-question-list" aria-label={t('questions.heading')}>
          {phase.questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * What the bar's live region says: a new phase when the facilitator starts one, and "time's up"
 * when the countdown runs out while the page is open (not when a page opens on an ended phase).
 */
function useAnnouncement(
  phase: PhaseView | undefined,
  countdown: CountdownReading | undefined,
  t: SessionText,
): string {
  const [text, setText] = useState('')
  const seen = useRef<{ phase?: string; state?: CountdownState }>({})
  const state = countdown?.state
  useEffect(() => {
    const before = seen.current
    seen.current = { phase: phase?.id, state }
    if (!phase) return
    if (before.phase !== undefined && before.phase !== phase.id) {
      setText(t('announce.phase', { phase: phase.title }))
    } else if (before.phase === phase.id && before.state !== state) {
      if (state === CountdownState.ended) setText(t('announce.timeUp', { phase: phase.title }))
      if (state === CountdownState.paused) setText(t('announce.paused'))
    }
  }, [phase, state, t])
  return text
}

/** At most this many notes arriving together are read out; more is a sync, not a person. */
const NOTES_READ_OUT = 3
const NOTE_WORDS = 80

/**
 * What others do that matters to this screen's reader, for a polite live region: the vote
 * opening or closing, the board locked or opened, and a note someone else added to the board.
 */
function useRoomAnnouncement(doc: Y.Doc, control: Control, t: SessionText): string {
  const [text, setText] = useState('')
  const seen = useRef<{ voting: VotingState; locked: boolean } | undefined>(undefined)
  useEffect(() => {
    const before = seen.current
    seen.current = { voting: control.voting, locked: control.locked }
    // The first reading is the board as it is, not news.
    if (!before) return
    if (before.voting !== control.voting) {
      if (control.voting === VotingState.open) setText(t('announce.votingOpen'))
      if (control.voting === VotingState.closed) setText(t('announce.votingClosed'))
    } else if (before.locked !== control.locked) {
      setText(t(control.locked ? 'announce.locked' : 'announce.unlocked'))
    }
  }, [control.voting, control.locked, t])
  useEffect(() => {
    const known = new Set(listNotes(doc).map((note) => note.id))
    return observeBoard(doc, (change) => {
      const added = [...change.notes].filter((id) => !known.has(id))
      for (const id of added) known.add(id)
      if (change.local || added.length === 0 || added.length > NOTES_READ_OUT) return
      const texts = added.flatMap((id) => {
        const note = getNote(doc, id)
        return note && !note.hidden && note.text.trim() ? [note.text.trim()] : []
      })
      if (texts.length === 0) return
      const words = texts.join(' · ')
      setText(
        t('announce.note', {
          text: words.length > NOTE_WORDS ? `${words.slice(0, NOTE_WORDS)}…` : words,
        }),
      )
    })
  }, [doc, t])
  return text
}

function LockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9a1 1 0 0 1 1 1v5.5a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  )
}
