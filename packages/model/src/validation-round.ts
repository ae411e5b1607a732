import type * as Y from 'yjs'
import { z } from 'zod/mini'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { NoteKey, readNote } from './note-records.js'
import type { Note } from './note-records.js'
import { getNote, listNotes, requireNote } from './notes.js'
import { Priority, idSchema, prioritySchema } from './schema.js'
import { RESERVATION_LENGTH, Verdict } from './validation-records.js'
import type { Validation } from './validation-records.js'
import { voteCounts } from './votes.js'

const reservationInput = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'write the reservation'),
    z.maxLength(RESERVATION_LENGTH, `a reservation has at most ${RESERVATION_LENGTH} characters`),
  )
const decidedAtInput = z.optional(z.number().check(z.nonnegative()))

/**
 * What the facilitator decides for one priority: agreed, agreed with a written reservation, or
 * not agreed. `priority` is the level an agreed priority gets; left out, it follows the note's
 * rank by votes (see {@link defaultPriority}).
 */
export const validationInputSchema = z.discriminatedUnion('verdict', [
  z.strictObject({
    verdict: z.literal(Verdict.agreed),
    priority: z.optional(prioritySchema),
    decidedAt: decidedAtInput,
  }),
  z.strictObject({
    verdict: z.literal(Verdict.reservations),
    reservation: reservationInput,
    priority: z.optional(prioritySchema),
    decidedAt: decidedAtInput,
  }),
  z.strictObject({ verdict: z.literal(Verdict.notAgreed), decidedAt: decidedAtInput }),
])
export type ValidationInput = z.input<typeof validationInputSchema>

/** One note of the validation round, in the order the room voted them. */
export type ValidationCandidate = {
  note: Note
  votes: number
  /** 1 for the most voted; notes with as many votes share a rank. */
  rank: number
  /** The level the note gets when agreed and the facilitator picks none. */
  suggested: Priority
}

/** The level a rank suggests among `count` notes: the top third high, the middle medium. */
function priorityOfRank(rank: number, count: number): Priority {
  const above = rank - 1
  if (above < count / 3) return Priority.high
  if (above < (2 * count) / 3) return Priority.medium
  return Priority.low
}

/**
 * The board's notes the room can see, most voted first (ties in creation order), each with
 * its rank and the priority that rank suggests. Hidden notes are left out: they are not the
 * room's to validate.
 *
 * @example rankForValidation(doc)[0] // { note, votes: 5, rank: 1, suggested: 'high' }
 */
export function rankForValidation(doc: Y.Doc): ValidationCandidate[] {
  const counts = voteCounts(doc)
  const visible = listNotes(doc).filter((note) => !note.hidden)
  const votesOf = (note: Note) => counts[note.id] ?? 0
  // A stable sort keeps the creation order among notes with as many votes.
  const sorted = [...visible].sort((a, b) => votesOf(b) - votesOf(a))
  return sorted.map((note) => {
    const votes = votesOf(note)
    const rank = 1 + sorted.filter((other) => votesOf(other) > votes).length
    return { note, votes, rank, suggested: priorityOfRank(rank, sorted.length) }
  })
}

/** The priority a note's rank by votes suggests, or undefined if no visible note has this id. */
export function defaultPriority(doc: Y.Doc, id: string): Priority | undefined {
  return rankForValidation(doc).find((ranked) => ranked.note.id === id)?.suggested
}

/**
 * Records the room's verdict on a priority and stores the level that comes out of it on the
 * note's `priority`: the facilitator's pick or the rank's suggestion when agreed (with or
 * without reservations), none when not agreed. Deciding again replaces the earlier verdict.
 * Throws INVALID_INPUT (a reservation left empty, an unknown verdict), NOTE_NOT_FOUND or
 * NOTE_HIDDEN, changing nothing.
 *
 * @example validateNote(doc, id, { verdict: 'reservations', reservation: 'Budget à préciser' })
 */
export function validateNote(
  doc: Y.Doc,
  id: string,
  input: ValidationInput,
  origin?: unknown,
): Validation {
  const noteId = parseInput(idSchema, id, 'note id')
  const decision = parseInput(validationInputSchema, input, 'validation')
  const map = requireNote(doc, noteId)
  if (readNote(noteId, map).hidden) {
    throw new AtelierModelError(
      ModelErrorCode.NOTE_HIDDEN,
      `Note ${noteId} is hidden by a moderator`,
    )
  }
  const decidedAt = decision.decidedAt ?? Date.now()
  const validation: Validation =
    decision.verdict === Verdict.reservations
      ? { verdict: decision.verdict, reservation: decision.reservation, decidedAt }
      : { verdict: decision.verdict, decidedAt }
  const priority =
    decision.verdict === Verdict.notAgreed
      ? undefined
      : (decision.priority ?? defaultPriority(doc, noteId) ?? Priority.low)
  doc.transact(() => {
    map.set(NoteKey.validation, { ...validation })
    if (priority === undefined) map.delete(NoteKey.priority)
    else if (map.get(NoteKey.priority) !== priority) map.set(NoteKey.priority, priority)
  }, origin)
  return validation
}

/**
 * Reopens a priority: removes its verdict and the level the verdict gave it. Returns false if
 * the note had no verdict (and then changes nothing).
 */
export function clearValidation(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const noteId = parseInput(idSchema, id, 'note id')
  const map = requireNote(doc, noteId)
  if (!map.has(NoteKey.validation)) return false
  doc.transact(() => {
    map.delete(NoteKey.validation)
    map.delete(NoteKey.priority)
  }, origin)
  return true
}

/** A note's verdict, or undefined when the room has not decided (or there is no such note). */
export function readValidation(doc: Y.Doc, id: string): Validation | undefined {
  return getNote(doc, id)?.validation
}
