import * as Y from 'yjs'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { listFrames } from './frame-records.js'
import { dependencyKey, readAction, readDependencyIds } from './note-records.js'
import type { Note } from './note-records.js'
import { listNotes, requireNote } from './notes.js'
import { placementAmong, placementOf } from './placement.js'
import { Limits, idSchema, notesMap } from './schema.js'
import type { ActionSheet } from './schema.js'
import { ROADMAP_HORIZONS, ROADMAP_LEADS } from './templates.js'
import type { RoadmapHorizon, RoadmapLead } from './templates.js'

/** Where a note stands on a roadmap frame: the frame, the time horizon and the lead actor's row. */
export type RoadmapPlacement = { frameId: string; horizon: RoadmapHorizon; lead: RoadmapLead }

/** A note's cell on a roadmap frame, or null when it stands in no roadmap cell. */
export function roadmapPlacementOf(doc: Y.Doc, noteId: string): RoadmapPlacement | null {
  const placement = placementOf(doc, noteId)
  const cell = placement?.cell
  if (!placement || cell?.kind !== 'roadmap') return null
  return { frameId: placement.frameId, horizon: cell.horizon, lead: cell.lead }
}

/** One action of the roadmap: the note, its cell, its sheet and what it depends on. */
export type RoadmapEntry = RoadmapPlacement & {
  note: Note
  action: ActionSheet
  /** Ids of the notes this action depends on (existing notes, no cycles), sorted. */
  dependsOn: string[]
}

/**
 * The dependencies of every note, repaired: arrows to missing notes and to the note itself are
 * dropped, and when peers editing at once closed a cycle, the arrow that closes it (in the
 * order of note id, then dependency id) is dropped, the same one on every peer.
 */
function dependencyGraph(doc: Y.Doc): Map<string, string[]> {
  const notes = notesMap(doc)
  const edges: [string, string][] = []
  notes.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    for (const dep of readDependencyIds(value)) {
      if (dep !== id && notes.get(dep) instanceof Y.Map) edges.push([id, dep])
    }
  })
  edges.sort(([a, b], [c, d]) => (a < c ? -1 : a > c ? 1 : b < d ? -1 : b > d ? 1 : 0))
  const graph = new Map<string, string[]>()
  for (const [note, dep] of edges) {
    if (reaches(graph, dep, note)) continue
    const list = graph.get(note) ?? []
    list.push(dep)
    graph.set(note, list)
  }
  return graph
}

/** Whether `from` depends, directly or through others, on `to` (or is `to`). */
function reaches(graph: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  const seen = new Set<string>()
  const stack = [from]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current === to) return true
    if (seen.has(current)) continue
    seen.add(current)
    stack.push(...(graph.get(current) ?? []))
  }
  return false
}

/** The ids of the notes `noteId` depends on (existing notes, no cycles), sorted. */
export function dependenciesOf(doc: Y.Doc, noteId: string): string[] {
  return [...(dependencyGraph(doc).get(noteId) ?? [])]
}

/** Every note with dependencies and what it depends on, by note id. */
export function listDependencies(doc: Y.Doc): { note: string; dependsOn: string[] }[] {
  return [...dependencyGraph(doc)]
    .map(([note, dependsOn]) => ({ note, dependsOn: [...dependsOn] }))
    .sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : 0))
}

/** The arrows to draw: from the prerequisite action (`from`) to the action that depends on it. */
export function dependencyArrows(doc: Y.Doc): { from: string; to: string }[] {
  return listDependencies(doc).flatMap(({ note, dependsOn }) =>
    dependsOn.map((from) => ({ from, to: note })),
  )
}

/**
 * Records that action `noteId` depends on action `dependsOnId` (an arrow from the second to the
 * first). Adding one that exists changes nothing. Throws NOTE_NOT_FOUND when either note is
 * missing and DEPENDENCY_CYCLE when the note would depend on itself, directly or through others.
 */
export function addDependency(
  doc: Y.Doc,
  noteId: string,
  dependsOnId: string,
  origin?: unknown,
): void {
  const note = parseInput(idSchema, noteId, 'note id')
  const dep = parseInput(idSchema, dependsOnId, 'dependency id')
  const map = requireNote(doc, note)
  requireNote(doc, dep)
  if (note === dep) {
    throw new AtelierModelError(
      ModelErrorCode.DEPENDENCY_CYCLE,
      `Note ${note} cannot depend on itself`,
    )
  }
  const graph = dependencyGraph(doc)
  if (graph.get(note)?.includes(dep)) return
  if (reaches(graph, dep, note)) {
    throw new AtelierModelError(
      ModelErrorCode.DEPENDENCY_CYCLE,
      `Note ${dep} already depends on ${note}: the dependency would close a cycle`,
    )
  }
  if (readDependencyIds(map).length >= Limits.dependencies) {
    throw new AtelierModelError(
      ModelErrorCode.INVALID_INPUT,
      `A note depends on at most ${Limits.dependencies} others`,
    )
  }
  doc.transact(() => map.set(dependencyKey(dep), true), origin)
}

/** Removes the dependency of `noteId` on `dependsOnId`; false when there was none. */
export function removeDependency(
  doc: Y.Doc,
  noteId: string,
  dependsOnId: string,
  origin?: unknown,
): boolean {
  const note = parseInput(idSchema, noteId, 'note id')
  const dep = parseInput(idSchema, dependsOnId, 'dependency id')
  const map = requireNote(doc, note)
  const key = dependencyKey(dep)
  if (!map.has(key)) return false
  doc.transact(() => map.delete(key), origin)
  return true
}

/**
 * Every visible note standing in a cell of a roadmap frame, with its horizon, lead actor,
 * action sheet and dependencies, ordered by horizon, then lead row, then position (top to
 * bottom, then left to right).
 */
export function listRoadmapActions(doc: Y.Doc): RoadmapEntry[] {
  const frames = listFrames(doc)
  const graph = dependencyGraph(doc)
  const notes = notesMap(doc)
  const entries: RoadmapEntry[] = []
  for (const note of listNotes(doc)) {
    if (note.hidden) continue
    const placement = placementAmong(frames, note)
    const cell = placement?.cell
    const map = notes.get(note.id)
    if (!placement || cell?.kind !== 'roadmap' || !(map instanceof Y.Map)) continue
    entries.push({
      frameId: placement.frameId,
      horizon: cell.horizon,
      lead: cell.lead,
      note,
      action: readAction(map),
      dependsOn: [...(graph.get(note.id) ?? [])],
    })
  }
  return entries.sort(
    (a, b) =>
      ROADMAP_HORIZONS.indexOf(a.horizon) - ROADMAP_HORIZONS.indexOf(b.horizon) ||
      ROADMAP_LEADS.indexOf(a.lead) - ROADMAP_LEADS.indexOf(b.lead) ||
      a.note.y - b.note.y ||
      a.note.x - b.note.x ||
      (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0),
  )
}
