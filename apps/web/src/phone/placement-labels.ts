import { cellScore, frameTemplates, label, scoreBand } from '@atelier/model'
import type { Frame, FrameCell, Locale, Placement, ScoreBand } from '@atelier/model'
import { roadmapCellName } from '../roadmap/place.js'

/** A note's placement in words: which frame, which cell, and for a matrix its weight. */
export type PlacementText = {
  frameId: string
  frame: string
  /** "Likelihood 4, Impact 5" or a lane's name; absent when the note sits outside the cells. */
  cell?: string
  /** The matrix cell's weight (1-25) and its heat-map band. */
  score?: number
  band?: ScoreBand
}

/**
 * A frame's name for a reader: the facilitator's title, else the template's in `locale`; when
 * several untitled frames share a template they are numbered in board order ("… 2").
 */
export function frameName(frame: Frame, frames: readonly Frame[], locale: Locale): string {
  if (frame.title) return frame.title
  const base = label(frameTemplates[frame.kind].title, locale)
  const twins = frames.filter((other) => other.kind === frame.kind && !other.title)
  if (twins.length < 2) return base
  return `${base} ${twins.findIndex((other) => other.id === frame.id) + 1}`
}

/** A cell in words: "Likelihood 4, Impact 5" for a matrix, the lane's name for the grid. */
export function cellName(cell: FrameCell, locale: Locale): string {
  const comma = locale === 'ar' ? '، ' : ', '
  switch (cell.kind) {
    case 'riskMatrix':
      return `${label('axis.likelihood', locale)} ${cell.likelihood}${comma}${label('axis.impact', locale)} ${cell.impact}`
    case 'actionMatrix':
      return `${label('axis.feasibility', locale)} ${cell.feasibility}${comma}${label('axis.urgency', locale)} ${cell.urgency}`
    case 'noteGrid': {
      const lane = frameTemplates.noteGrid.lanes.find((entry) => entry.lane === cell.lane)
      return lane ? label(lane.label, locale) : cell.lane
    }
    case 'roadmap':
      return roadmapCellName(cell, locale)
  }
}

/** The words for a placement read by `placementOf`, or null when the note is on no frame. */
export function placementText(
  placement: Placement | null | undefined,
  frames: readonly Frame[],
  locale: Locale,
): PlacementText | null {
  if (!placement) return null
  const frame = frames.find((candidate) => candidate.id === placement.frameId)
  if (!frame) return null
  const text: PlacementText = { frameId: frame.id, frame: frameName(frame, frames, locale) }
  if (!placement.cell) return text
  text.cell = cellName(placement.cell, locale)
  const score = cellScore(placement.cell)
  if (score !== undefined) {
    text.score = score
    text.band = scoreBand(score)
  }
  return text
}

/** One line for a placement: "Risk prioritisation matrix — Likelihood 4, Impact 5". */
export function placementLine(text: PlacementText, outsideCells: string): string {
  return `${text.frame} — ${text.cell ?? outsideCells}`
}
