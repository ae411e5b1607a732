import { useId, useState } from 'react'
import {
  Priority,
  RESERVATION_LENGTH,
  Verdict,
  isModelError,
  label,
  validateNote,
} from '@atelier/model'
import type { ValidationCandidate, ValidationInput } from '@atelier/model'
import type * as Y from 'yjs'
import { useValidationText } from './strings.js'

type Props = {
  doc: Y.Doc
  candidate: ValidationCandidate
  /** The verdict was saved (or the facilitator gave up changing it). */
  onDone: (saved: Verdict | undefined) => void
  /** Show a cancel button: the note already has a verdict the form would replace. */
  canCancel: boolean
}

const VERDICTS = [Verdict.agreed, Verdict.reservations, Verdict.notAgreed] as const
const LEVELS = [Priority.high, Priority.medium, Priority.low] as const

/**
 * The facilitator's decision on one priority: agreed, agreed with a written reservation (the
 * text must be filled), or not agreed, and the level an agreed priority gets (the rank's
 * suggestion until the facilitator picks another). Saving writes it to the note for everyone.
 */
export function VerdictForm({ doc, candidate, onDone, canCancel }: Props) {
  const { t, language } = useValidationText()
  const { note, suggested } = candidate
  const id = useId()
  const [verdict, setVerdict] = useState<Verdict | undefined>(note.validation?.verdict)
  const [level, setLevel] = useState<Priority>(note.priority ?? suggested)
  const [reservation, setReservation] = useState(note.validation?.reservation ?? '')
  const [problem, setProblem] = useState<string>()

  const tooLong = reservation.length > RESERVATION_LENGTH
  const save = () => {
    if (!verdict) return
    if (verdict === Verdict.reservations && reservation.trim() === '') {
      setProblem(t('reservation.required'))
      return
    }
    if (tooLong) {
      setProblem(t('reservation.tooLong', { max: RESERVATION_LENGTH }))
      return
    }
    const input: ValidationInput =
      verdict === Verdict.notAgreed
        ? { verdict }
        : verdict === Verdict.reservations
          ? { verdict, reservation, priority: level }
          : { verdict, priority: level }
    try {
      validateNote(doc, note.id, input)
      setProblem(undefined)
      onDone(verdict)
    } catch (error) {
      if (!isModelError(error)) throw error
      setProblem(error.message)
    }
  }

  return (
    <form
      className="verdict-form"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <fieldset className="verdict-choice">
        <legend>{t('verdict.legend')}</legend>
        {VERDICTS.map((choice) => (
          <label key={choice} className={`verdict-option verdict-${choice}`}>
            <input
              type="radio"
              name={`${id}-verdict`}
              value={choice}
              checked={verdict === choice}
              onChange={() => {
                setVerdict(choice)
                setProblem(undefined)
              }}
            />
            {t(`verdict.${choice}`)}
          </label>
        ))}
      </fieldset>
      {verdict === Verdict.reservations && (
        <div className="reservation-field">
          <label htmlFor={`${id}-reservation`}>{t('reservation.label')}</label>
          <textarea
            id={`${id}-reservation`}
            rows={2}
            dir="auto"
            value={reservation}
            placeholder={t('reservation.placeholder')}
            aria-invalid={problem !== undefined || tooLong}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setReservation(event.target.value)
              setProblem(undefined)
            }}
          />
        </div>
      )}
      {verdict !== undefined && verdict !== Verdict.notAgreed && (
        <fieldset className="priority-choice">
          <legend>{t('priority.legend')}</legend>
          {LEVELS.map((choice) => (
            <label key={choice} className={`priority-option priority-${choice}`}>
              <input
                type="radio"
                name={`${id}-priority`}
                value={choice}
                checked={level === choice}
                onChange={() => setLevel(choice)}
              />
              {label(`priority.${choice}`, language)}
            </label>
          ))}
          <p className="hint">
            {t('priority.suggested', { level: label(`priority.${suggested}`, language) })}
          </p>
        </fieldset>
      )}
      {problem && (
        <p className="verdict-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="verdict-actions">
        {canCancel && (
          <button type="button" className="small" onClick={() => onDone(undefined)}>
            {t('cancel')}
          </button>
        )}
        <button type="submit" className="small primary" disabled={!verdict}>
          {t('save')}
        </button>
      </div>
    </form>
  )
}
