import { useMemo } from 'react'
import { dependencyArrows } from '@atelier/model'
import type { BoardKind, Frame, Note } from '@atelier/model'
import type * as Y from 'yjs'
import type { Dependency } from './DependencyLayer.js'

/** Whether a board holds a roadmap: it is the roadmap board, or it carries a roadmap frame. */
export function holdsRoadmap(kind: BoardKind, frames: readonly Frame[]): boolean {
  return kind === 'roadmap' || frames.some((frame) => frame.kind === 'roadmap')
}

const NONE: readonly Dependency[] = []

/**
 * The dependencies between the notes shown, read again whenever a note changes (they are
 * stored on the dependent note). Only a board holding a roadmap reads them: other boards
 * keep their cheap per-note updates.
 */
export function useDependencies(
  doc: Y.Doc,
  notes: readonly Note[],
  enabled: boolean,
): readonly Dependency[] {
  return useMemo(() => {
    if (!enabled) return NONE
    const arrows = arrowsBetween(doc, notes)
    return arrows.length === 0 ? NONE : arrows
  }, [doc, notes, enabled])
}

/** The board's dependency arrows whose two ends are among `notes`: a hidden note's go with it. */
export function arrowsBetween(doc: Y.Doc, notes: readonly Note[]): Dependency[] {
  const shown = new Set(notes.map((note) => note.id))
  return dependencyArrows(doc).filter((arrow) => shown.has(arrow.from) && shown.has(arrow.to))
}
