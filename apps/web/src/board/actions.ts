import {
  NOTE_SIZE,
  addFrame,
  addNote,
  deleteFrame,
  deleteNotes,
  frameTemplates,
  minFrameSize,
  moveFrame,
  moveNotes,
  noteCarriesDecision,
  resizeFrame,
} from '@atelier/model'
import type { Frame, FrameKind, Note, NoteCategory, Point } from '@atelier/model'
import type * as Y from 'yjs'
import type { Me } from '../sync/types.js'
import { snapNote, snapToGrid } from './snapping.js'
import { boundsOf } from './viewport.js'

/** Room left between a new frame and what is already on the board. */
const FRAME_GAP = 120

/** Puts a new note centred on `at` and returns its id; the author is the person on this screen. */
export function createNote(doc: Y.Doc, me: Me, category: NoteCategory, at: Point): string {
  const corner = snapToGrid({ x: at.x - NOTE_SIZE.w / 2, y: at.y - NOTE_SIZE.h / 2 })
  return addNote(doc, { text: '', category, ...corner, author: { id: me.id, name: me.name } })
}

/** Where a new frame goes: to the right of everything on the board, top-aligned with it. */
export function placeForFrame(frames: readonly Frame[], notes: readonly Note[]): Point {
  const content = boundsOf([...frames, ...notes])
  if (!content) return { x: 0, y: 0 }
  return snapToGrid({ x: content.x + content.w + FRAME_GAP, y: content.y })
}

/** Adds a frame from a template beside what is on the board, and returns its id. */
export function createFrame(
  doc: Y.Doc,
  kind: FrameKind,
  frames: readonly Frame[],
  notes: readonly Note[],
): string {
  return addFrame(doc, kind, placeForFrame(frames, notes))
}

/**
 * Drops dragged notes `dx, dy` from where the document has them, each snapped (see `snapNote`),
 * in one transaction: one undo step, one message to the others.
 */
export function dropNotes(
  doc: Y.Doc,
  notes: readonly Note[],
  frames: readonly Frame[],
  dx: number,
  dy: number,
): void {
  const moves = notes.map((note) => ({
    id: note.id,
    ...snapNote({ ...note, x: note.x + dx, y: note.y + dy }, frames),
  }))
  moveNotes(doc, moves)
}

/** Nudges notes by `dx, dy` exactly (the arrow keys), in one transaction. */
export function nudgeNotes(doc: Y.Doc, notes: readonly Note[], dx: number, dy: number): void {
  moveNotes(
    doc,
    notes.map((note) => ({ id: note.id, x: note.x + dx, y: note.y + dy })),
  )
}

/**
 * Removes notes in one transaction. Unless the person `decides` on notes (the facilitator), a
 * note holding a decision (hidden, validated, prioritised, promoted) stays: the relay would refuse
 * its removal and close the connection.
 */
export function removeNotes(doc: Y.Doc, ids: Iterable<string>, decides: boolean): void {
  const removable = decides ? [...ids] : [...ids].filter((id) => !noteCarriesDecision(doc, id))
  if (removable.length > 0) deleteNotes(doc, removable)
}

/** Moves or resizes a frame to where a facilitator let go of it (snapped, never below its minimum). */
export function dropFrame(
  doc: Y.Doc,
  frame: Frame,
  part: 'title' | 'resize',
  box: { x: number; y: number; w: number; h: number },
): void {
  if (part === 'title') {
    moveFrame(doc, frame.id, snapToGrid(box))
    return
  }
  const min = minFrameSize(frame.kind)
  const size = snapToGrid({ x: box.w, y: box.h })
  resizeFrame(doc, frame.id, { w: Math.max(min.w, size.x), h: Math.max(min.h, size.y) })
}

/** Removes a frame; its notes stay where they are. */
export function removeFrame(doc: Y.Doc, id: string): void {
  deleteFrame(doc, id)
}

/** The size of a new frame of a kind, for previews. */
export function frameSize(kind: FrameKind): { w: number; h: number } {
  return frameTemplates[kind].size
}
