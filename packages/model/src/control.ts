import type * as Y from 'yjs'
import { z } from 'zod'
import type { BoardProblem } from './audit.js'
import { parseInput } from './errors.js'
import { idSchema } from './schema.js'

/**
 * The top-level map of the session's controls: the phase and its timer, whether the board is
 * locked, the voting round. Only the facilitator may write it (see `scopes.ts`): a participant's
 * client cannot move the session on, even by hand. Restoring a version leaves it alone: it says
 * where the session is now, not what the board held.
 */
export const CONTROL_FIELD = 'control'

/** Keys of the control map, each holding one plain value checked on read. */
export const ControlKey = {
  session: 'session',
  phase: 'phase',
  timer: 'timer',
  locked: 'locked',
  voting: 'voting',
} as const

/** Epoch milliseconds on the relay's clock (clients correct for their own clock's offset). */
const instantSchema = z.number().int().nonnegative().max(8.64e15)
const durationSchema = z
  .number()
  .int()
  .nonnegative()
  .max(24 * 3600_000)

/** The phase of the agenda the session is in, from a toolkit template (`index` in its agenda). */
export const phaseSchema = z.strictObject({
  id: idSchema,
  index: z.number().int().nonnegative().max(1000),
  startedAt: instantSchema,
})
export type Phase = z.infer<typeof phaseSchema>

/** The countdown every screen shows: running towards `endsAt`, or paused with time left. */
export const timerSchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('running'),
    endsAt: instantSchema,
    durationMs: durationSchema,
  }),
  z.strictObject({
    state: z.literal('paused'),
    remainingMs: durationSchema,
    durationMs: durationSchema,
  }),
])
export type Timer = z.infer<typeof timerSchema>

export const VotingState = { none: 'none', open: 'open', closed: 'closed' } as const
export type VotingState = (typeof VotingState)[keyof typeof VotingState]

/** The session's controls as every client reads them; a missing or garbled value reads as unset. */
export type Control = {
  /** The toolkit session template this board's session follows, if any. */
  session: string | undefined
  phase: Phase | undefined
  timer: Timer | undefined
  locked: boolean
  voting: VotingState
}

function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_FIELD)
}

function read<T>(map: Y.Map<unknown>, key: string, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(map.get(key))
  return parsed.success ? parsed.data : undefined
}

/** Reads the board's session controls. */
export function readControl(doc: Y.Doc): Control {
  const map = controlMap(doc)
  return {
    session: read(map, ControlKey.session, idSchema),
    phase: read(map, ControlKey.phase, phaseSchema),
    timer: read(map, ControlKey.timer, timerSchema),
    locked: read(map, ControlKey.locked, z.boolean()) ?? false,
    voting: read(map, ControlKey.voting, z.enum(VotingState)) ?? VotingState.none,
  }
}

/** What a facilitator's control change sets; every field is optional, `null` clears the timer. */
export const controlPatchSchema = z.strictObject({
  session: idSchema.optional(),
  phase: phaseSchema.optional(),
  timer: timerSchema.nullable().optional(),
  locked: z.boolean().optional(),
  voting: z.enum(VotingState).optional(),
})
export type ControlPatch = z.input<typeof controlPatchSchema>

/**
 * Changes the session's controls in one transaction. The relay calls it for the facilitator (it
 * stamps phases and timers with its own clock), the same change on every board of a session.
 * Throws INVALID_INPUT, changing nothing, when the patch is malformed.
 *
 * @example setControl(doc, { phase: { id: 'brainstorm', index: 2, startedAt: now }, timer: runningFor(now, 15 * 60_000) })
 */
export function setControl(doc: Y.Doc, patch: ControlPatch, origin?: unknown): void {
  const checked = parseInput(controlPatchSchema, patch, 'control')
  const map = controlMap(doc)
  doc.transact(() => {
    for (const [key, value] of Object.entries(checked)) {
      if (value === undefined) continue
      if (value === null) map.delete(key)
      else map.set(key, value)
    }
  }, origin)
}

/** A timer that runs for `durationMs` from `now`. */
export function runningFor(now: number, durationMs: number): Timer {
  return { state: 'running', endsAt: now + durationMs, durationMs }
}

/** The timer paused at `now`, keeping what was left; a paused timer stays as it is. */
export function pausedAt(timer: Timer, now: number): Timer {
  if (timer.state === 'paused') return timer
  return { state: 'paused', remainingMs: remainingOf(timer, now), durationMs: timer.durationMs }
}

/** The timer running again from `now` with what it had left; a running timer stays as it is. */
export function resumedAt(timer: Timer, now: number): Timer {
  if (timer.state === 'running') return timer
  return { state: 'running', endsAt: now + timer.remainingMs, durationMs: timer.durationMs }
}

/** Milliseconds left on the timer at `now` (on the relay's clock), never below zero. */
export function remainingOf(timer: Timer, now: number): number {
  return timer.state === 'paused' ? timer.remainingMs : Math.max(0, timer.endsAt - now)
}

/** Calls `listener` after every transaction that changed a control. Returns a function that stops. */
export function observeControl(doc: Y.Doc, listener: () => void): () => void {
  const map = controlMap(doc)
  const handler = () => listener()
  map.observe(handler)
  return () => map.unobserve(handler)
}

/** What in the control map this package would not have written (for `boardProblems`). */
export function controlProblems(doc: Y.Doc): BoardProblem[] {
  const problems: BoardProblem[] = []
  const schemas: Record<string, z.ZodType> = {
    [ControlKey.session]: idSchema,
    [ControlKey.phase]: phaseSchema,
    [ControlKey.timer]: timerSchema,
    [ControlKey.locked]: z.boolean(),
    [ControlKey.voting]: z.enum(VotingState),
  }
  controlMap(doc).forEach((value, key) => {
    const schema = Object.hasOwn(schemas, key) ? schemas[key] : undefined
    if (!schema?.safeParse(value).success) {
      problems.push({ path: `${CONTROL_FIELD}/${key}`, problem: 'malformed control' })
    }
  })
  return problems
}
