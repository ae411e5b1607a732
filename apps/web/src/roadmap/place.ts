import { frameTemplates, label } from '@atelier/model'
import type { FrameCell, Locale, RoadmapHorizon, RoadmapLead } from '@atelier/model'

/** A roadmap cell's time horizon and lead actor, named in a locale. */
export type RoadmapPlace = { horizon: string; lead: string }

/** The name of a horizon column ("0-3 mois"), from the model's labels. */
export function horizonName(horizon: RoadmapHorizon, locale: Locale): string {
  const column = frameTemplates.roadmap.columns.find((entry) => entry.horizon === horizon)
  return column ? label(column.label, locale) : horizon
}

/** The name of a lead actor's row ("Institutions publiques"), from the model's labels. */
export function leadName(lead: RoadmapLead, locale: Locale): string {
  const row = frameTemplates.roadmap.rows.find((entry) => entry.lead === lead)
  return row ? label(row.label, locale) : lead
}

/** Where a note stands on a roadmap frame, in words; undefined for any other cell. */
export function roadmapPlace(
  cell: FrameCell | null | undefined,
  locale: Locale,
): RoadmapPlace | undefined {
  if (!cell || cell.kind !== 'roadmap') return undefined
  return { horizon: horizonName(cell.horizon, locale), lead: leadName(cell.lead, locale) }
}

/** A roadmap cell in one line: "0-3 mois · Institutions publiques". */
export function roadmapCellName(cell: FrameCell | null | undefined, locale: Locale): string {
  const place = roadmapPlace(cell, locale)
  return place ? `${place.horizon} · ${place.lead}` : ''
}
