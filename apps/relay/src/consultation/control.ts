import { z } from 'zod'
import { MAX_VOTE_BUDGET, VotingState, pausedAt, resumedAt, runningFor } from '@atelier/model'
import type { Control, ControlPatch } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'
import { isScenarioRefusal, scenarioActionSchemas, scenarioPatch } from './scenario.js'
import { isWritingRefusal, writingActionSchemas, writingPatch } from '../drafts/control.js'

const HOUR_MS = 3600_000

/** What the facilitator's console asks of a session (`POST …/sessions/<id>/control`). */
export const controlActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('phase'), phaseId: z.string().min(1).max(64) }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('addTime'), ms: z.number().int().min(-HOUR_MS).max(HOUR_MS) }),
  z.strictObject({ action: z.literal('lock'), locked: z.boolean() }),
  z.strictObject({ action: z.literal('gather') }),
  z.strictObject({ action: z.literal('disperse') }),
  z.strictObject({
    action: z.literal('voting'),
    state: z.enum(VotingState),
    budget: z.number().int().min(1).max(MAX_VOTE_BUDGET).optional(),
  }),
  ...scenarioActionSchemas,
  ...writingActionSchemas,
])
export type ControlAction = z.infer<typeof controlActionSchema>

/** Why an action cannot apply to the session as it is; the route answers 400 or 409. */
export class ControlRefusal extends Error {
  constructor(
    readonly status: 400 | 409,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The change an action makes to a session's controls, given where the session is (`current`)
 * and the relay's clock (`now`): a phase starts its countdown from the agenda's minutes; pause,
 * resume and added time act on the running countdown. Throws a ControlRefusal otherwise.
 */
export function patchFor(
  action: ControlAction,
  current: Control,
  template: SessionTemplate,
  now: number,
): ControlPatch {
  switch (action.action) {
    case 'phase': {
      const index = template.agenda.findIndex((phase) => phase.id === action.phaseId)
      const phase = template.agenda[index]
      if (!phase) throw new ControlRefusal(400, `the session has no phase ${action.phaseId}`)
      return {
        session: template.id,
        phase: { id: phase.id, index, startedAt: now },
        timer: runningFor(now, phase.minutes * 60_000),
      }
    }
    case 'pause':
      return { timer: pausedAt(timerOf(current), now) }
    case 'resume':
      return { timer: resumedAt(timerOf(current), now) }
    case 'addTime': {
      const timer = timerOf(current)
      const durationMs = Math.max(0, timer.durationMs + action.ms)
      return timer.state === 'running'
        ? { timer: { ...timer, durationMs, endsAt: Math.max(now, timer.endsAt + action.ms) } }
        : {
            timer: {
              ...timer,
              durationMs,
              remainingMs: Math.max(0, timer.remainingMs + action.ms),
            },
          }
    }
    case 'lock':
      return { locked: action.locked }
    // Everyone to the session's plenary (`<session>-plenary`, as `plan.ts` names it), and back.
    case 'gather':
      return { gather: { board: `${template.id}-plenary`, at: now } }
    case 'disperse':
      if (!current.gather) throw new ControlRefusal(409, 'nobody was called to the plenary')
      return { gather: null }
    case 'voting':
      return votingPatch(action, current, template)
    case 'scenario':
    case 'inject':
    case 'endScenario': {
      const patch = scenarioPatch(action, current, template, now)
      if (isScenarioRefusal(patch)) throw new ControlRefusal(patch.refused, patch.message)
      return patch
    }
    case 'writing':
    case 'reveal': {
      const patch = writingPatch(action, current)
      if (isWritingRefusal(patch)) throw new ControlRefusal(patch.refused, patch.message)
      return patch
    }
  }
}

function timerOf(control: Control) {
  if (!control.timer) throw new ControlRefusal(409, 'no phase has started: there is no countdown')
  return control.timer
}

/** Votes each participant has when neither the facilitator nor the current phase says. */
export const DEFAULT_VOTE_BUDGET = 3

/**
 * Opening voting starts a new round (the next number) with the facilitator's budget, else the
 * current phase's `votes` in the agenda, else DEFAULT_VOTE_BUDGET; closing needs an open round.
 * The relay applies either through each board's ballot box (`voting/ballot-box.ts`).
 */
function votingPatch(
  action: Extract<ControlAction, { action: 'voting' }>,
  current: Control,
  template: SessionTemplate,
): ControlPatch {
  if (action.state === VotingState.open) {
    const phase = current.phase ? template.agenda[current.phase.index] : undefined
    const budget = action.budget ?? phase?.votes ?? DEFAULT_VOTE_BUDGET
    const round = (current.ballot?.round ?? 0) + 1
    return {
      voting: VotingState.open,
      ballot: { round, budget: Math.min(budget, MAX_VOTE_BUDGET) },
    }
  }
  if (action.state === VotingState.closed && current.voting !== VotingState.open) {
    throw new ControlRefusal(409, 'voting is not open')
  }
  return { voting: action.state }
}
