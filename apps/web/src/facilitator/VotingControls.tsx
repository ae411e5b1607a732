import { useId, useState } from 'react'
import { MAX_VOTE_BUDGET, VotingState } from '@atelier/model'
import type { Control } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'
import type { ControlAction } from './api.js'
import { useFacilitatorText } from './strings.js'

/** Votes per participant when neither the facilitator nor the phase says (the relay's default). */
export const DEFAULT_BUDGET = 3

/** The budget the console proposes: the current phase's `votes` in the agenda, else 3. */
export function proposedBudget(template: SessionTemplate | undefined, control: Control): number {
  const phase = template?.agenda.find((p) => p.id === control.phase?.id)
  return phase?.votes ?? DEFAULT_BUDGET
}

/** The budget typed in the field, when it is a whole number from 1 to MAX_VOTE_BUDGET. */
export function budgetOf(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined
  const budget = Number(text)
  return budget >= 1 && budget <= MAX_VOTE_BUDGET ? budget : undefined
}

/**
 * Opening and closing the session's voting round. Before opening, the facilitator sets how many
 * votes each participant has (proposed from the phase); while a round is open, its budget shows.
 * Remount it (`key`) when the phase changes so that the field proposes the new phase's budget.
 */
export function VotingControls(props: {
  template: SessionTemplate | undefined
  control: Control
  busy: boolean
  send: (action: ControlAction) => void
}) {
  const { t } = useFacilitatorText()
  const { control, busy, send } = props
  const ids = { field: useId(), hint: useId() }
  const [text, setText] = useState(() => String(proposedBudget(props.template, control)))
  const open = control.voting === VotingState.open
  const budget = budgetOf(text)
  return (
    <div className="console-voting-controls" role="group" aria-label={t('voting.group')}>
      {!open && (
        <span className="console-budget">
          <label htmlFor={ids.field}>{t('voting.budget')}</label>
          <input
            id={ids.field}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_VOTE_BUDGET}
            step={1}
            value={text}
            aria-invalid={budget === undefined}
            aria-describedby={ids.hint}
            onChange={(event) => setText(event.target.value)}
          />
          <span id={ids.hint} className={budget === undefined ? 'console-error' : 'console-muted'}>
            {budget === undefined
              ? t('voting.budgetInvalid', { max: MAX_VOTE_BUDGET })
              : t('voting.budgetHint', { max: MAX_VOTE_BUDGET })}
          </span>
        </span>
      )}
      <button
        type="button"
        className="console-button"
        disabled={busy || (!open && budget === undefined)}
        onClick={() =>
          send(
            open
              ? { action: 'voting', state: 'closed' }
              : { action: 'voting', state: 'open', budget: budget ?? DEFAULT_BUDGET },
          )
        }
      >
        {open ? t('voting.close') : t('voting.open')}
      </button>
      <span className="console-voting" data-voting={control.voting}>
        {open
          ? t('voting.isOpen')
          : control.voting === VotingState.closed
            ? t('voting.isClosed')
            : t('voting.none')}
      </span>
      {open && control.ballot && (
        <span className="console-muted" data-budget={control.ballot.budget}>
          {t('voting.budgetOpen', { budget: control.ballot.budget })}
        </span>
      )}
    </div>
  )
}
