import type * as Y from 'yjs'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { listFrames, requireFrame } from './frame-records.js'
import type { Frame } from './frame-records.js'
import {
  cellFits,
  cellRect,
  centreOf,
  frameCellSchema,
  sameCell,
  scoreAt,
  slotInCell,
} from './geometry.js'
import type { FrameCell } from './geometry.js'
import { getNote, listNotes, moveNote } from './notes.js'
import type { Note } from './note-records.js'
import { idSchema } from './schema.js'
import type { Point, Rect } from './schema.js'

/**
 * Where a note stands: the frame under its centre (the top-most, if frames overlap) and the cell
 * there, or `cell: null` when the centre is on the frame's title or axis labels.
 */
export type Placement = { frameId: string; cell: FrameCell | null }

function contains(box: Rect, point: Point): boolean {
  return (
    point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h
  )
}

/** The top-most of `frames` (listed bottom-most first) whose box holds `point`. */
export function frameAt(frames: readonly Frame[], point: Point): Frame | undefined {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index]
    if (frame && contains(frame, point)) return frame
  }
  return undefined
}

/** Where a note of `box` stands among `frames`, or null when it is on no frame. */
export function placementAmong(frames: readonly Frame[], box: Rect): Placement | null {
  const centre = centreOf(box)
  const frame = frameAt(frames, centre)
  return frame ? { frameId: frame.id, cell: scoreAt(frame, centre) } : null
}

/**
 * Which frame a note stands in and its scores or lane there, derived from its position: when
 * anyone moves the note (or the frame), everyone reads the new placement. Null when the note is
 * on no frame or does not exist.
 */
export function placementOf(doc: Y.Doc, noteId: string): Placement | null {
  const note = getNote(doc, noteId)
  return note ? placementAmong(listFrames(doc), note) : null
}

/** The placement of every note on a frame, by note id (notes on no frame are left out). */
export function placementsOf(doc: Y.Doc): Record<string, Placement> {
  const frames = listFrames(doc)
  const placements: Record<string, Placement> = {}
  for (const note of listNotes(doc)) {
    const placement = placementAmong(frames, note)
    if (placement) placements[note.id] = placement
  }
  return placements
}

/** The notes (other than `except`) that stand in one cell of one frame. */
export function notesInCell(doc: Y.Doc, frameId: string, cell: FrameCell, except?: string): Note[] {
  const frames = listFrames(doc)
  return listNotes(doc).filter((note) => {
    if (note.id === except) return false
    const placement = placementAmong(frames, note)
    return placement?.frameId === frameId && sameCell(placement.cell, cell)
  })
}

/**
 * Moves a note into a cell of a matrix or a lane of the grid without dragging it (a phone
 * user picks the cell from a list). Notes already in the cell keep their place; the new one
 * takes the next free slot. Throws NOTE_NOT_FOUND, FRAME_NOT_FOUND or CELL_MISMATCH.
 */
export function placeNoteInCell(
  doc: Y.Doc,
  noteId: string,
  frameId: string,
  cell: FrameCell,
  origin?: unknown,
): Point {
  const id = parseInput(idSchema, noteId, 'note id')
  const target = parseInput(frameCellSchema, cell, 'cell')
  const { frame } = requireFrame(doc, parseInput(idSchema, frameId, 'frame id'))
  const note = getNote(doc, id)
  if (!note)
    throw new AtelierModelError(ModelErrorCode.NOTE_NOT_FOUND, `No note ${id} on this board`)
  const rect = cellFits(frame.kind, target) ? cellRect(frame, target) : undefined
  if (!rect) {
    throw new AtelierModelError(
      ModelErrorCode.CELL_MISMATCH,
      `A ${frame.kind} frame has no cell ${JSON.stringify(target)}`,
    )
  }
  const current = placementAmong(listFrames(doc), note)
  if (current?.frameId === frame.id && sameCell(current.cell, target))
    return { x: note.x, y: note.y }
  const slot = notesInCell(doc, frame.id, target, id).length
  const at = slotInCell(rect, note, slot)
  moveNote(doc, id, at, origin)
  return at
}
