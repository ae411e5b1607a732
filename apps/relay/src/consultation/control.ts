import { z } from 'zod'
import { VotingState, pausedAt, resumedAt, runningFor } from '@atelier/model'
import type { Control, ControlPatch } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'

const HOUR_MS = 3600_000

/** What the facilitator's console asks of a session (`POST …/sessions/<id>/control`). */
export const controlActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('phase'), phaseId: z.string().min(1).max(64) }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('addTime'), ms: z.number().int().min(-HOUR_MS).max(HOUR_MS) }),
  z.strictObject({ action: z.literal('lock'), locked: z.boolean() }),
  z.strictObject({ action: z.literal('voting'), state: z.enum(VotingState) }),
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
    case 'voting':
      return { voting: action.state }
  }
}

function timerOf(control: Control) {
  if (!control.timer) throw new ControlRefusal(409, 'no phase has started: there is no countdown')
  return control.timer
}
