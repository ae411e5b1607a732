import { label, listNotes, listRoadmapActions } from '@atelier/model'
import type { Locale } from '@atelier/model'
import type { BoardDoc } from '@atelier/toolkit'
import type { RoadmapAction } from './model.js'
import { say } from './strings.js'
import type { StringKey } from './strings.js'

/**
 * The actions of the roadmap board, in `language`: every visible note standing in a cell of a
 * roadmap frame, ordered by horizon, then lead-actor row, then position on the board, each with
 * its action sheet and the texts of the actions it depends on. Reads only.
 */
export function readRoadmap(doc: BoardDoc, language: Locale): RoadmapAction[] {
  const texts = new Map(listNotes(doc).map((note) => [note.id, note.text.trim()]))
  return listRoadmapActions(doc)
    .filter((entry) => entry.note.text.trim() !== '')
    .map((entry) => {
      const action: RoadmapAction = {
        horizonId: entry.horizon,
        horizon: label(`horizon.${entry.horizon}`, language),
        leadId: entry.lead,
        lead: label(`lead.${entry.lead}`, language),
        action: entry.note.text.trim(),
        responsible: entry.action.responsible,
        partners: [...entry.action.partners],
        coordination: entry.action.coordination,
        dependencies: entry.dependsOn.flatMap((id) => {
          const text = texts.get(id)
          return text ? [text] : []
        }),
        risks: entry.action.risks,
        mitigation: entry.action.mitigation,
        sustainability: entry.action.sustainability,
        inclusion: entry.action.inclusion,
      }
      if (entry.note.priority !== undefined) action.priority = entry.note.priority
      return action
    })
}

/** The roadmap table's columns after the horizon, as every format prints them. */
export const ROADMAP_COLUMNS: readonly StringKey[] = [
  'roadmap.lead',
  'roadmap.action',
  'roadmap.responsible',
  'roadmap.partners',
  'roadmap.coordination',
  'roadmap.dependencies',
  'roadmap.risks',
  'roadmap.mitigation',
  'roadmap.sustainability',
  'roadmap.inclusion',
]

/** The header of the roadmap table in `language` (without the horizon column). */
export function roadmapHeader(language: Locale): string[] {
  return ROADMAP_COLUMNS.map((key) => say(key, language))
}

/** One action's cells, in the order of {@link ROADMAP_COLUMNS}. */
export function roadmapCells(action: RoadmapAction): string[] {
  return [
    action.lead,
    action.action,
    action.responsible,
    action.partners.join(', '),
    action.coordination,
    action.dependencies.join(' ; '),
    action.risks,
    action.mitigation,
    action.sustainability,
    action.inclusion,
  ]
}

/** The actions grouped by horizon, horizons in order, empty horizons left out. */
export function byHorizon(
  actions: readonly RoadmapAction[],
): { horizon: string; actions: RoadmapAction[] }[] {
  const groups: { horizon: string; actions: RoadmapAction[] }[] = []
  for (const action of actions) {
    const last = groups[groups.length - 1]
    if (last && last.horizon === action.horizon) last.actions.push(action)
    else groups.push({ horizon: action.horizon, actions: [action] })
  }
  return groups
}
