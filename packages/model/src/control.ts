import type * as Y from 'yjs'
import { z } from 'zod/mini'
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
  scenario: 'scenario',
  ballot: 'ballot',
  writing: 'writing',
  gather: 'gather',
} as const

/** Epoch milliseconds on the relay's clock (clients correct for their own clock's offset). */
const instantSchema = z.number().check(z.int(), z.nonnegative(), z.lte(8.64e15))
const durationSchema = z.number().check(z.int(), z.nonnegative(), z.lte(24 * 3600_000))

/** The phase of the agenda the session is in, from a toolkit template (`index` in its agenda). */
export const phaseSchema = z.strictObject({
  id: idSchema,
  index: z.number().check(z.int(), z.nonnegative(), z.lte(1000)),
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

/** The most votes a facilitator may give each participant in one round. */
export const MAX_VOTE_BUDGET = 20

/**
 * The voting round the session is in (`round` counts from 1, a new one at each opening) and
 * how many votes each participant has in it. The votes themselves stay with the relay until
 * the round closes (see `ballot.ts`).
 */
export const ballotSchema = z.strictObject({
  round: z.number().check(z.int(), z.positive(), z.lte(1_000_000)),
  budget: z.number().check(z.int(), z.gte(1), z.lte(MAX_VOTE_BUDGET)),
})
export type Ballot = z.infer<typeof ballotSchema>

/**
 * The serious-game round being played: the toolkit scenario `id`, started at `startedAt`; the
 * facilitator has revealed its injects up to `inject` (an index, from 0), the latest at
 * `injectAt`. Injects whose time has come on the relay's clock show even when the facilitator
 * has not advanced (see `scenarioInjectShown`).
 */
export const scenarioRoundSchema = z.strictObject({
  id: idSchema,
  inject: z.number().check(z.int(), z.nonnegative(), z.lte(1000)),
  startedAt: instantSchema,
  injectAt: instantSchema,
})
export type ScenarioRound = z.infer<typeof scenarioRoundSchema>

/**
 * How participants' new notes reach the board: straight into it (`open`), held by the relay until
 * the facilitator reveals them all at once (`private`), or through the facilitator, who releases
 * or holds each (`moderated`). Held notes never enter the board's document (see the relay's drafts).
 */
export const WritingMode = { open: 'open', private: 'private', moderated: 'moderated' } as const
export type WritingMode = (typeof WritingMode)[keyof typeof WritingMode]

/** The control value of the writing mode: `{ mode }`. */
export const writingSchema = z.strictObject({ mode: z.enum(WritingMode) })
export type Writing = z.infer<typeof writingSchema>

/**
 * Everyone called to one board (the session's plenary) since `at`: every other board of the
 * session shows a banner and moves its people there, until the facilitator disperses them.
 */
export const gatherSchema = z.strictObject({ board: idSchema, at: instantSchema })
export type Gather = z.infer<typeof gatherSchema>

/** The session's controls as every client reads them; a missing or garbled value reads as unset. */
export type Control = {
  /** The toolkit session template this board's session follows, if any. */
  session: string | undefined
  phase: Phase | undefined
  timer: Timer | undefined
  locked: boolean
  voting: VotingState
  /** The scenario round being played, if any. */
  scenario: ScenarioRound | undefined
  ballot: Ballot | undefined
  /** How new notes reach the board; `open` unless the facilitator chose otherwise. */
  writing: WritingMode
  /** Where the facilitator called everyone, if they did. */
  gather: Gather | undefined
}

function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_FIELD)
}

function read<T>(map: Y.Map<unknown>, key: string, schema: z.ZodMiniType<T>): T | undefined {
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
    scenario: read(map, ControlKey.scenario, scenarioRoundSchema),
    ballot: read(map, ControlKey.ballot, ballotSchema),
    writing: read(map, ControlKey.writing, writingSchema)?.mode ?? WritingMode.open,
    gather: read(map, ControlKey.gather, gatherSchema),
  }
}

/** What a facilitator's control change sets; every field is optional, `null` clears the timer. */
export const controlPatchSchema = z.strictObject({
  session: z.optional(idSchema),
  phase: z.optional(phaseSchema),
  timer: z.optional(z.nullable(timerSchema)),
  locked: z.optional(z.boolean()),
  voting: z.optional(z.enum(VotingState)),
  scenario: z.optional(z.nullable(scenarioRoundSchema)),
  ballot: z.optional(ballotSchema),
  writing: z.optional(writingSchema),
  gather: z.optional(z.nullable(gatherSchema)),
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

/**
 * The inject showing at `now` (relay clock) in a round whose injects come `offsetsMs` after its
 * start, in order: the latest of the one the facilitator revealed and the last whose time has
 * come, with the instant it appeared. The facilitator's advance reveals early; time never hides
 * an inject already shown. Undefined for a scenario without injects.
 *
 * @example scenarioInjectShown(round, scenario.injects.map((i) => i.atMinute * 60_000), relayNow())
 */
export function scenarioInjectShown(
  round: ScenarioRound,
  offsetsMs: readonly number[],
  now: number,
): { index: number; at: number } | undefined {
  if (offsetsMs.length === 0) return undefined
  const last = offsetsMs.length - 1
  let due = -1
  offsetsMs.forEach((offset, index) => {
    if (round.startedAt + offset <= now) due = index
  })
  const revealed = Math.min(round.inject, last)
  if (due > revealed) return { index: due, at: round.startedAt + offsetsMs[due]! }
  const dueAt = due === revealed ? round.startedAt + offsetsMs[due]! : Infinity
  return { index: revealed, at: Math.min(round.injectAt, dueAt) }
}

/**
 * Whether the facilitator locked the board: only they may change it then. Cheaper than
 * `readControl`, for the relay's check on every update.
 */
export function isLocked(doc: Y.Doc): boolean {
  return controlMap(doc).get(ControlKey.locked) === true
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
  const schemas: Record<string, z.ZodMiniType> = {
    [ControlKey.session]: idSchema,
    [ControlKey.phase]: phaseSchema,
    [ControlKey.timer]: timerSchema,
    [ControlKey.locked]: z.boolean(),
    [ControlKey.voting]: z.enum(VotingState),
    [ControlKey.scenario]: scenarioRoundSchema,
    [ControlKey.ballot]: ballotSchema,
    [ControlKey.writing]: writingSchema,
    [ControlKey.gather]: gatherSchema,
  }
  controlMap(doc).forEach((value, key) => {
    const schema = Object.hasOwn(schemas, key) ? schemas[key] : undefined
    if (!schema?.safeParse(value).success) {
      problems.push({ path: `${CONTROL_FIELD}/${key}`, problem: 'malformed control' })
    }
  })
  return problems
}
