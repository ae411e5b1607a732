import { NOTE_SIZE, listFrames, listNotes } from '@atelier/model'
import type { Point } from '@atelier/model'
import type * as Y from 'yjs'

/** Revealed notes go in rows of this many, this far apart. */
const COLUMNS = 6
const GAP = 24

/**
 * Where `count` revealed notes go on a board: in rows just above everything already on it, so
 * they land in free space near the top, side by side, and nothing they cover moves. An empty
 * board takes them from its origin.
 *
 * @example revealSpots(doc, 3) // [{ x: 0, y: -232 }, { x: 224, y: -232 }, { x: 448, y: -232 }]
 */
export function revealSpots(doc: Y.Doc, count: number): Point[] {
  const boxes = [...listFrames(doc), ...listNotes(doc)]
  const left = boxes.length > 0 ? Math.min(...boxes.map((box) => box.x)) : 0
  const rows = Math.ceil(count / COLUMNS)
  const top =
    boxes.length > 0
      ? Math.min(...boxes.map((box) => box.y)) - 2 * GAP - rows * (NOTE_SIZE.h + GAP) + GAP
      : 0
  return Array.from({ length: count }, (_, index) => ({
    x: left + (index % COLUMNS) * (NOTE_SIZE.w + GAP),
    y: top + Math.floor(index / COLUMNS) * (NOTE_SIZE.h + GAP),
  }))
}
