import { cellRect, frameCells, frameGrid } from './geometry.js'
import type { FrameCell, FrameShape } from './geometry.js'
import { label } from './labels.js'
import type { Locale, Rect } from './schema.js'
import { frameTemplates } from './templates.js'

/**
 * A piece of text to draw on a frame. With `rotation: -90` the text turns a quarter anticlockwise
 * around its box's top-left corner `(x, y)` (as Konva rotates), so it reads bottom to top, and
 * its `w` runs upwards from `y`.
 */
export type FrameLabel = Rect & { text: string; rotation: 0 | -90; role: FrameLabelRole }
export type FrameLabelRole = 'title' | 'axis' | 'level' | 'lane'

/** Everything needed to draw a frame: its cells and its labels in one locale. */
export type FrameLayout = {
  grid: Rect
  cells: { cell: FrameCell; rect: Rect }[]
  labels: FrameLabel[]
}

function text(role: FrameLabelRole, box: Rect, value: string, rotation: 0 | -90 = 0): FrameLabel {
  return { ...box, text: value, rotation, role }
}

function matrixLabels(frame: FrameShape & { kind: 'riskMatrix' | 'actionMatrix' }, locale: Locale) {
  const template = frameTemplates[frame.kind]
  const { padding, xAxis, yAxis } = template
  const grid = frameGrid(frame)
  const columnW = grid.w / xAxis.levels.length
  const rowH = grid.h / yAxis.levels.length
  const band = padding.bottom / 2
  const axisW = Math.min(32, padding.left / 3)
  const labels: FrameLabel[] = [
    text(
      'axis',
      { x: grid.x, y: grid.y + grid.h + band, w: grid.w, h: band },
      label(xAxis.label, locale),
    ),
    text(
      'axis',
      { x: frame.x, y: grid.y + grid.h, w: grid.h, h: axisW },
      label(yAxis.label, locale),
      -90,
    ),
  ]
  xAxis.levels.forEach((key, index) => {
    const box = { x: grid.x + index * columnW, y: grid.y + grid.h, w: columnW, h: band }
    labels.push(text('level', box, label(key, locale)))
  })
  yAxis.levels.forEach((key, index) => {
    // Level 1 is the bottom row.
    const y = grid.y + grid.h - (index + 1) * rowH
    const box = { x: frame.x + axisW, y, w: padding.left - axisW, h: rowH }
    labels.push(text('level', box, label(key, locale)))
  })
  return labels
}

function laneLabels(frame: FrameShape, locale: Locale): FrameLabel[] {
  const { lanes } = frameTemplates.noteGrid
  const grid = frameGrid(frame)
  const laneW = grid.w / lanes.length
  const headerH = Math.min(48, frameTemplates.noteGrid.padding.top / 2)
  return lanes.map((entry, index) =>
    text(
      'lane',
      { x: grid.x + index * laneW, y: grid.y - headerH, w: laneW, h: headerH },
      label(entry.label, locale),
    ),
  )
}

function tableLabels(frame: FrameShape, locale: Locale): FrameLabel[] {
  const { columns, rows, padding } = frameTemplates.roadmap
  const grid = frameGrid(frame)
  const columnW = grid.w / columns.length
  const rowH = grid.h / rows.length
  const headerH = Math.min(48, padding.top / 2)
  const headers = columns.map((entry, index) =>
    text(
      'lane',
      { x: grid.x + index * columnW, y: grid.y - headerH, w: columnW, h: headerH },
      label(entry.label, locale),
    ),
  )
  const rowLabels = rows.map((entry, index) =>
    text(
      'level',
      { x: frame.x, y: grid.y + index * rowH, w: padding.left, h: rowH },
      label(entry.label, locale),
    ),
  )
  return [...headers, ...rowLabels]
}

/**
 * The cells and labels of a frame, in board coordinates, for drawing it (canvas, projector,
 * phone list). The title is the frame's own when it was renamed, else the template's.
 */
export function frameLayout(frame: FrameShape & { title?: string }, locale: Locale): FrameLayout {
  const template = frameTemplates[frame.kind]
  const grid = frameGrid(frame)
  const titleH = template.layout === 'matrix' ? template.padding.top : template.padding.top / 2
  const title = text(
    'title',
    { x: grid.x, y: frame.y, w: grid.w, h: titleH },
    frame.title ?? label(template.title, locale),
  )
  const cells = frameCells(frame.kind).flatMap((cell) => {
    const rect = cellRect(frame, cell)
    return rect ? [{ cell, rect }] : []
  })
  const kind = frame.kind
  const labels =
    kind === 'noteGrid'
      ? laneLabels(frame, locale)
      : kind === 'roadmap'
        ? tableLabels(frame, locale)
        : matrixLabels({ ...frame, kind }, locale)
  return { grid, cells, labels: [title, ...labels] }
}

/**
 * A matrix cell's weight: likelihood x impact for risks, urgency x feasibility for actions
 * (1 to 25; the top-right corner weighs most). Undefined for a grid lane or a roadmap cell.
 */
export function cellScore(cell: FrameCell): number | undefined {
  switch (cell.kind) {
    case 'riskMatrix':
      return cell.likelihood * cell.impact
    case 'actionMatrix':
      return cell.urgency * cell.feasibility
    case 'noteGrid':
    case 'roadmap':
      return undefined
  }
}

export const ScoreBand = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
} as const
export type ScoreBand = (typeof ScoreBand)[keyof typeof ScoreBand]

/** The band of a matrix cell's weight, for colouring a heat map: 1-4, 5-9, 10-16, 17-25. */
export function scoreBand(score: number): ScoreBand {
  if (score <= 4) return ScoreBand.low
  if (score <= 9) return ScoreBand.medium
  if (score <= 16) return ScoreBand.high
  return ScoreBand.critical
}
