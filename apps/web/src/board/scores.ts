import { cellScore, frameTemplates, label, scoreBand } from '@atelier/model'
import type { Axis, FrameCell, Locale, ScoreBand } from '@atelier/model'
import { roadmapCellName } from '../roadmap/place.js'

/** A matrix cell's two scores, named in the order the terms of reference multiply them. */
export type ScoreLine = { axis: string; level: number; levelLabel: string }

/** What a note shows of its scores: the two levels, their product and its band. */
export type NoteScore = {
  lines: [ScoreLine, ScoreLine]
  score: number
  band: ScoreBand
  /** Short, language-free, for the note itself: "3×4 = 12". */
  badge: string
}

/** The scores a note gets from the matrix cell it stands in; undefined in a grid lane. */
export function noteScore(
  cell: FrameCell | null | undefined,
  locale: Locale,
): NoteScore | undefined {
  if (!cell || cell.kind === 'noteGrid' || cell.kind === 'roadmap') return undefined
  const score = cellScore(cell) ?? 0
  const line = (axis: Axis<string>, level: number): ScoreLine => ({
    axis: label(axis.label, locale),
    level,
    levelLabel: label(axis.levels[level - 1] ?? axis.label, locale),
  })
  const lines: [ScoreLine, ScoreLine] =
    cell.kind === 'riskMatrix'
      ? [
          line(frameTemplates.riskMatrix.xAxis, cell.likelihood),
          line(frameTemplates.riskMatrix.yAxis, cell.impact),
        ]
      : [
          line(frameTemplates.actionMatrix.yAxis, cell.urgency),
          line(frameTemplates.actionMatrix.xAxis, cell.feasibility),
        ]
  return {
    lines,
    score,
    band: scoreBand(score),
    badge: `${lines[0].level}×${lines[1].level} = ${score}`,
  }
}

/** The lane a note stands in (on a roadmap, its horizon and lead actor), named in a locale; undefined in a matrix. */
export function noteLane(cell: FrameCell | null | undefined, locale: Locale): string | undefined {
  if (cell?.kind === 'roadmap') return roadmapCellName(cell, locale)
  if (!cell || cell.kind !== 'noteGrid') return undefined
  const lane = frameTemplates.noteGrid.lanes.find((entry) => entry.lane === cell.lane)
  return lane && label(lane.label, locale)
}

/** A sentence of a note's place for its list item: "Probabilité 3 (Possible), Impact 4 (Majeur) : 12". */
export function describePlacement(cell: FrameCell | null | undefined, locale: Locale): string {
  const score = noteScore(cell, locale)
  if (score) {
    const [first, second] = score.lines
    return `${first.axis} ${first.level} (${first.levelLabel}), ${second.axis} ${second.level} (${second.levelLabel}) : ${score.score}`
  }
  return noteLane(cell, locale) ?? ''
}
