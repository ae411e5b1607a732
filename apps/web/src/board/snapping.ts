import { cellRect, placementAmong, sameCell } from '@atelier/model'
import type { Frame, Point, Rect } from '@atelier/model'

/** The board's snapping step, in board units: notes line up on it when dropped. */
export const SNAP_STEP = 10

/** The nearest point on the snapping grid. */
export function snapToGrid(point: Point, step = SNAP_STEP): Point {
  return { x: Math.round(point.x / step) * step, y: Math.round(point.y / step) * step }
}

/** Room left between a note and the lines of the cell it is dropped in. */
const CELL_INSET = 6

function keepInside(box: Rect, cell: Rect): Point {
  const inset = Math.min(
    CELL_INSET,
    Math.max(0, (cell.w - box.w) / 2),
    Math.max(0, (cell.h - box.h) / 2),
  )
  const fitsW = box.w + 2 * inset <= cell.w
  const fitsH = box.h + 2 * inset <= cell.h
  const x = fitsW
    ? Math.min(Math.max(box.x, cell.x + inset), cell.x + cell.w - inset - box.w)
    : box.x
  const y = fitsH
    ? Math.min(Math.max(box.y, cell.y + inset), cell.y + cell.h - inset - box.h)
    : box.y
  return { x, y }
}

/**
 * Where a dropped note settles: on the snapping grid, and, when its centre lands in a cell of a
 * matrix or a lane of the grid, wholly inside that cell (if it fits), so everyone can see which
 * cell scores it. The cell is decided before snapping, so snapping never changes a score.
 */
export function snapNote(box: Rect, frames: readonly Frame[]): Point {
  const placement = placementAmong(frames, box)
  const snapped = { ...box, ...snapToGrid(box) }
  if (!placement?.cell) return { x: snapped.x, y: snapped.y }
  const frame = frames.find((candidate) => candidate.id === placement.frameId)
  const cell = frame && cellRect(frame, placement.cell)
  if (!cell) return { x: snapped.x, y: snapped.y }
  const inside = keepInside(snapped, cell)
  // Snapping may have pushed the centre over a line; then keep the exact drop point instead.
  const settled = placementAmong(frames, { ...box, ...inside })
  const same = settled?.frameId === placement.frameId && sameCell(settled.cell, placement.cell)
  return same ? inside : keepInside(box, cell)
}
