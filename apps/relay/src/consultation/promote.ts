import { z } from 'zod'
import { NOTE_SIZE, addNote, getNote, idSchema, listFrames, listNotes } from '@atelier/model'
import type { Note, NoteInput, Rect } from '@atelier/model'
import type * as Y from 'yjs'

/** The most notes one promotion carries: a sub-group's whole selection, never a whole board dump. */
export const MAX_PROMOTED = 200

/** What the facilitator asks (`POST …/sessions/<s>/promote`): notes of one sub-group board. */
export const promoteInputSchema = z.strictObject({
  board: idSchema,
  notes: z
    .array(idSchema)
    .min(1)
    .max(MAX_PROMOTED)
    .refine((ids) => new Set(ids).size === ids.length, 'each note once'),
})
export type PromoteInput = z.infer<typeof promoteInputSchema>

/** Why a promotion cannot happen; the route answers with `status`, and nothing has changed. */
export class PromoteRefusal extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message)
  }
}

/** One promoted note: its id on the sub-group board and its copy's id on the plenary. */
export type Promoted = { note: string; copy: string; created: boolean }

/** Space between the board's content and a new column, and between notes of a column. */
const GAP = 40

/**
 * The notes of a sub-group board to promote, read before anything is written: every id must
 * name a note the room can see, otherwise the whole promotion is refused.
 */
export function notesToPromote(source: Y.Doc, ids: readonly string[]): Note[] {
  const missing = ids.filter((id) => getNote(source, id) === undefined)
  if (missing.length > 0) {
    throw new PromoteRefusal(400, `no note ${missing.join(', ')} on this board`)
  }
  const notes = ids.map((id) => getNote(source, id)!)
  const hidden = notes.filter((note) => note.hidden).map((note) => note.id)
  if (hidden.length > 0) {
    throw new PromoteRefusal(400, `note ${hidden.join(', ')} is hidden by a moderator`)
  }
  return notes
}

function rightOf(rects: readonly Rect[]): number {
  return rects.reduce((right, rect) => Math.max(right, rect.x + rect.w), Number.NEGATIVE_INFINITY)
}

/**
 * Where the next promoted note from `board` goes: below the column of that board's notes when
 * it has one on the plenary, else at the top of a new column right of everything on the board.
 */
function nextSlot(plenary: Y.Doc, board: string): { x: number; y: number } {
  const notes = listNotes(plenary)
  const column = notes.filter((note) => note.origin?.board === board)
  if (column.length > 0) {
    const x = Math.min(...column.map((note) => note.x))
    const bottom = Math.max(...column.map((note) => note.y + note.h))
    return { x, y: bottom + GAP / 2 }
  }
  const everything: Rect[] = [...notes, ...listFrames(plenary)]
  if (everything.length === 0) return { x: 0, y: 0 }
  const top = Math.min(...everything.map((rect) => rect.y))
  return { x: rightOf(everything) + GAP, y: top }
}

/** The copy of a sub-group note the plenary receives: its words and who wrote them, no votes. */
function copyOf(note: Note, board: string, at: { x: number; y: number }): NoteInput {
  return {
    text: note.text,
    category: note.category,
    x: at.x,
    y: at.y,
    w: NOTE_SIZE.w,
    h: NOTE_SIZE.h,
    ...(note.author ? { author: note.author } : {}),
    tags: note.tags,
    ...(note.risk ? { risk: note.risk } : {}),
    origin: { board, note: note.id },
  }
}

/**
 * Copies sub-group notes onto the session's plenary, in one transaction, each keeping where it
 * came from; a note promoted before is not copied again. Text, category, author (none for an
 * anonymous note), tags and risk sheet travel; votes and position do not: the copies stack in
 * a column of their board's own, in free space.
 */
export function promoteOnto(
  plenary: Y.Doc,
  board: string,
  notes: readonly Note[],
  origin?: unknown,
): Promoted[] {
  const promoted: Promoted[] = []
  plenary.transact(() => {
    const copies = new Map<string, string>()
    for (const note of listNotes(plenary)) {
      if (note.origin?.board === board) copies.set(note.origin.note, note.id)
    }
    for (const note of notes) {
      const existing = copies.get(note.id)
      if (existing !== undefined) {
        promoted.push({ note: note.id, copy: existing, created: false })
        continue
      }
      const copy = addNote(plenary, copyOf(note, board, nextSlot(plenary, board)), origin)
      copies.set(note.id, copy)
      promoted.push({ note: note.id, copy, created: true })
    }
  }, origin)
  return promoted
}
