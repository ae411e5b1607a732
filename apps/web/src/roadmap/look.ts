import { ROADMAP_HORIZONS, ROADMAP_LEADS } from '@atelier/model'
import type { RoadmapCell } from '@atelier/model'

/** One colour per horizon, darkest for the nearest: the strip along the top of its column. */
const HORIZON_STRIPS = ['#0c8599', '#15aabf', '#66d9e8', '#c5f6fa'] as const
const ROW_FILLS = ['#fbfcfd', '#f1f4f7'] as const

/**
 * How a roadmap cell is drawn: lead rows in alternating shades, so a row reads across the
 * horizons, and the column's horizon strip on the cells of the top row.
 */
export function roadmapCellLook(cell: RoadmapCell): { fill: string; strip?: string } {
  const row = ROADMAP_LEADS.indexOf(cell.lead)
  const column = ROADMAP_HORIZONS.indexOf(cell.horizon)
  return {
    fill: ROW_FILLS[Math.max(0, row) % 2] ?? ROW_FILLS[0],
    strip: row === 0 ? HORIZON_STRIPS[column] : undefined,
  }
}
