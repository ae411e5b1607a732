import { z } from 'zod/mini'
import type { Point, Rect, Size } from './schema.js'
import {
  frameTemplates,
  gridShape,
  laneSchema,
  roadmapHorizonSchema,
  roadmapLeadSchema,
} from './templates.js'
import type { FrameKind, Lane, RoadmapHorizon, RoadmapLead } from './templates.js'

/** What geometry needs of a frame: its kind and its box on the board. */
export type FrameShape = { kind: FrameKind } & Rect

export type RiskCell = { kind: 'riskMatrix'; likelihood: number; impact: number }
export type ActionCell = { kind: 'actionMatrix'; feasibility: number; urgency: number }
export type LaneCell = { kind: 'noteGrid'; lane: Lane }
export type RoadmapCell = { kind: 'roadmap'; horizon: RoadmapHorizon; lead: RoadmapLead }
/**
 * A place inside a frame: a matrix cell with its two scores (1..5), a lane of the grid, or a
 * roadmap cell (time horizon and lead actor).
 */
export type FrameCell = RiskCell | ActionCell | LaneCell | RoadmapCell

const level = z.number().check(z.int(), z.gte(1), z.lte(5))
export const frameCellSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('riskMatrix'), likelihood: level, impact: level }),
  z.strictObject({ kind: z.literal('actionMatrix'), feasibility: level, urgency: level }),
  z.strictObject({ kind: z.literal('noteGrid'), lane: laneSchema }),
  z.strictObject({
    kind: z.literal('roadmap'),
    horizon: roadmapHorizonSchema,
    lead: roadmapLeadSchema,
  }),
])

/** Column and row of a cell, counted from the top-left cell. */
type CellIndex = { column: number; row: number }

/** The area of a frame that holds its cells: the frame less its title and axis labels. */
export function frameGrid(frame: FrameShape): Rect {
  const { padding } = frameTemplates[frame.kind]
  return {
    x: frame.x + padding.left,
    y: frame.y + padding.top,
    w: frame.w - padding.left - padding.right,
    h: frame.h - padding.top - padding.bottom,
  }
}

function cellToIndex(kind: FrameKind, cell: FrameCell): CellIndex | undefined {
  const { rows } = gridShape(kind)
  switch (cell.kind) {
    case 'riskMatrix':
      return { column: cell.likelihood - 1, row: rows - cell.impact }
    case 'actionMatrix':
      return { column: cell.feasibility - 1, row: rows - cell.urgency }
    case 'noteGrid': {
      const column = frameTemplates.noteGrid.lanes.findIndex((entry) => entry.lane === cell.lane)
      return column < 0 ? undefined : { column, row: 0 }
    }
    case 'roadmap': {
      const { columns, rows } = frameTemplates.roadmap
      const column = columns.findIndex((entry) => entry.horizon === cell.horizon)
      const row = rows.findIndex((entry) => entry.lead === cell.lead)
      return column < 0 || row < 0 ? undefined : { column, row }
    }
  }
}

function indexToCell(kind: FrameKind, { column, row }: CellIndex): FrameCell | undefined {
  const { rows } = gridShape(kind)
  switch (kind) {
    case 'riskMatrix':
      return { kind, likelihood: column + 1, impact: rows - row }
    case 'actionMatrix':
      return { kind, feasibility: column + 1, urgency: rows - row }
    case 'noteGrid': {
      const entry = frameTemplates.noteGrid.lanes[column]
      return entry ? { kind, lane: entry.lane } : undefined
    }
    case 'roadmap': {
      const horizon = frameTemplates.roadmap.columns[column]?.horizon
      const lead = frameTemplates.roadmap.rows[row]?.lead
      return horizon && lead ? { kind, horizon, lead } : undefined
    }
  }
}

/** Whether two cells are the same place (of frames of the same kind). */
export function sameCell(
  a: FrameCell | null | undefined,
  b: FrameCell | null | undefined,
): boolean {
  if (!a || !b) return false
  switch (a.kind) {
    case 'riskMatrix':
      return b.kind === a.kind && b.likelihood === a.likelihood && b.impact === a.impact
    case 'actionMatrix':
      return b.kind === a.kind && b.feasibility === a.feasibility && b.urgency === a.urgency
    case 'noteGrid':
      return b.kind === a.kind && b.lane === a.lane
    case 'roadmap':
      return b.kind === a.kind && b.horizon === a.horizon && b.lead === a.lead
  }
}

/** Whether `cell` names a place that exists in frames of `kind`. */
export function cellFits(kind: FrameKind, cell: FrameCell): boolean {
  if (cell.kind !== kind) return false
  const index = cellToIndex(kind, cell)
  const { columns, rows } = gridShape(kind)
  return (
    index !== undefined &&
    Number.isInteger(index.column) &&
    Number.isInteger(index.row) &&
    index.column >= 0 &&
    index.column < columns &&
    index.row >= 0 &&
    index.row < rows
  )
}

/** The box of one cell on the board, or undefined if the frame has no such cell. */
export function cellRect(frame: FrameShape, cell: FrameCell): Rect | undefined {
  if (!cellFits(frame.kind, cell)) return undefined
  const index = cellToIndex(frame.kind, cell)
  if (!index) return undefined
  const grid = frameGrid(frame)
  const { columns, rows } = gridShape(frame.kind)
  const w = grid.w / columns
  const h = grid.h / rows
  return { x: grid.x + index.column * w, y: grid.y + index.row * h, w, h }
}

/** The centre of one cell on the board, or undefined if the frame has no such cell. */
export function cellCentre(frame: FrameShape, cell: FrameCell): Point | undefined {
  const rect = cellRect(frame, cell)
  return rect && { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
}

/** Every cell of a frame of this kind, top row first, left to right. */
export function frameCells(kind: FrameKind): FrameCell[] {
  const { columns, rows } = gridShape(kind)
  const cells: FrameCell[] = []
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const cell = indexToCell(kind, { column, row })
      if (cell) cells.push(cell)
    }
  }
  return cells
}

/**
 * The cell of `frame` under `point`: for a matrix its two scores, for the grid its lane; null
 * when the point is outside the cells (on the title, the axis labels, or off the frame).
 * The outer edges belong to the frame. A point exactly on a line between two cells counts in
 * the cell to its right or below it, so every point has one answer on every peer.
 */
export function scoreAt(frame: FrameShape, point: Point): FrameCell | null {
  const grid = frameGrid(frame)
  if (!(grid.w > 0 && grid.h > 0) || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
    return null
  }
  const right = grid.x + grid.w
  const bottom = grid.y + grid.h
  if (point.x < grid.x || point.x > right || point.y < grid.y || point.y > bottom) return null
  const { columns, rows } = gridShape(frame.kind)
  const column = Math.min(columns - 1, Math.floor(((point.x - grid.x) / grid.w) * columns))
  const row = Math.min(rows - 1, Math.floor(((point.y - grid.y) / grid.h) * rows))
  return indexToCell(frame.kind, { column, row }) ?? null
}

/** The centre of a note's box: the point that decides which cell the note stands in. */
export function centreOf(box: Rect): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

/**
 * Where the `slot`-th note (counting from 0) of size `note` goes in `cell`: its top-left corner.
 * Notes fill the cell in rows, then cascade over the first slots; the centre always stays
 * inside the cell, so the note scores in that cell even when it is larger than the cell.
 */
export function slotInCell(cell: Rect, note: Size, slot: number): Point {
  const gap = 8
  const columns = Math.max(1, Math.floor((cell.w - gap) / (note.w + gap)))
  const rows = Math.max(1, Math.floor((cell.h - gap) / (note.h + gap)))
  const slots = columns * rows
  const index = slot % slots
  const cascade = (Math.floor(slot / slots) % 4) * gap
  const usedW = columns * note.w + (columns - 1) * gap
  const usedH = rows * note.h + (rows - 1) * gap
  const centre = {
    x: cell.x + (cell.w - usedW) / 2 + (index % columns) * (note.w + gap) + note.w / 2 + cascade,
    y:
      cell.y +
      (cell.h - usedH) / 2 +
      Math.floor(index / columns) * (note.h + gap) +
      note.h / 2 +
      cascade,
  }
  const inset = Math.min(1, cell.w / 4, cell.h / 4)
  const x = Math.min(Math.max(centre.x, cell.x + inset), cell.x + cell.w - inset)
  const y = Math.min(Math.max(centre.y, cell.y + inset), cell.y + cell.h - inset)
  return { x: x - note.w / 2, y: y - note.h / 2 }
}
