import { useEffect, useId, useRef, useState } from 'react'
import { clearValidation, label } from '@atelier/model'
import type { ValidationCandidate, Verdict } from '@atelier/model'
import type * as Y from 'yjs'
import { useRanking } from './hooks.js'
import { VERDICT_COLOURS, VERDICT_MARKS, originGroup } from './outcome.js'
import { useValidationText } from './strings.js'
import { VerdictForm } from './VerdictForm.js'
import './validation.css'

export type ValidationPanelProps = {
  doc: Y.Doc
  /** The facilitator decides; everyone else reads the outcome. */
  canDecide: boolean
  onClose: () => void
}

/** A decided note's verdict chip, its priority level and the reservation written with it. */
function Outcome({ candidate }: { candidate: ValidationCandidate }) {
  const { t, language } = useValidationText()
  const { note } = candidate
  const validation = note.validation
  if (!validation) return <p className="outcome pending">{t('pending')}</p>
  const colours = VERDICT_COLOURS[validation.verdict]
  return (
    <div className="outcome">
      <span
        className="verdict-chip"
        data-verdict={validation.verdict}
        style={{ color: colours.ink, background: colours.fill }}
      >
        <span aria-hidden="true">{VERDICT_MARKS[validation.verdict]}</span>
        {t(`verdict.${validation.verdict}`)}
      </span>
      <span className="priority-level" data-priority={note.priority ?? 'none'}>
        {note.priority
          ? t('priority.level', { level: label(`priority.${note.priority}`, language) })
          : t('priority.none')}
      </span>
      {validation.reservation && (
        <p className="reservation">
          <span className="reservation-label">{t('reservation.label')}</span>
          <bdi dir="auto">{validation.reservation}</bdi>
        </p>
      )}
    </div>
  )
}

type RowProps = {
  doc: Y.Doc
  candidate: ValidationCandidate
  canDecide: boolean
  announce: (verdict: Verdict) => void
}

function CandidateRow({ doc, candidate, canDecide, announce }: RowProps) {
  const { t } = useValidationText()
  const { note } = candidate
  const [changing, setChanging] = useState(false)
  const deciding = canDecide && (note.validation === undefined || changing)
  return (
    <li
      className="candidate"
      data-note-id={note.id}
      data-verdict={note.validation?.verdict}
      data-priority={note.priority}
    >
      <div className="candidate-head">
        <span className="rank">{t('rank', { rank: candidate.rank })}</span>
        <span className="votes">{t('votes', { count: candidate.votes })}</span>
        {note.origin && (
          <span
            className="origin-chip"
            title={t('origin.title', { group: originGroup(note.origin.board) })}
          >
            {t('origin.badge', { group: originGroup(note.origin.board) })}
          </span>
        )}
      </div>
      <p className="candidate-text" dir="auto">
        <span className="dot" style={{ background: note.colour }} aria-hidden="true" />
        {note.text || '—'}
      </p>
      {deciding ? (
        <VerdictForm
          doc={doc}
          candidate={candidate}
          canCancel={note.validation !== undefined}
          onDone={(saved) => {
            setChanging(false)
            if (saved) announce(saved)
          }}
        />
      ) : (
        <>
          <Outcome candidate={candidate} />
          {canDecide && (
            <div className="verdict-actions">
              <button type="button" className="small" onClick={() => setChanging(true)}>
                {t('change')}
              </button>
              <button type="button" className="small" onClick={() => clearValidation(doc, note.id)}>
                {t('reopen')}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  )
}

/**
 * The validation round, in a drawer beside the board: the notes ranked by votes, each with the
 * room's decision. The facilitator marks each agreed, agreed with reservations (written down)
 * or not agreed, with its priority level; everyone else sees the outcome as it is decided.
 */
export function ValidationPanel({ doc, canDecide, onClose }: ValidationPanelProps) {
  const { t } = useValidationText()
  const ranking = useRanking(doc)
  const heading = useId()
  const [news, setNews] = useState('')
  const closeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => closeButton.current?.focus(), [])
  return (
    <aside
      className="validation-drawer"
      aria-labelledby={heading}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <header className="validation-header">
        <div className="validation-title">
          <h2 id={heading}>{t('heading')}</h2>
          <button
            ref={closeButton}
            type="button"
            className="icon-button"
            aria-label={t('close')}
            title={t('close')}
            onClick={onClose}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <p className="hint">{canDecide ? t('subtitle.facilitator') : t('subtitle.room')}</p>
      </header>
      <p className="visually-hidden" role="status">
        {news}
      </p>
      {ranking.length === 0 ? (
        <p className="hint validation-empty">{t('empty')}</p>
      ) : (
        <ol className="candidates" aria-label={t('heading')}>
          {ranking.map((candidate) => (
            <CandidateRow
              key={candidate.note.id}
              doc={doc}
              candidate={candidate}
              canDecide={canDecide}
              announce={(verdict) => setNews(t('saved', { verdict: t(`verdict.${verdict}`) }))}
            />
          ))}
        </ol>
      )}
    </aside>
  )
}
