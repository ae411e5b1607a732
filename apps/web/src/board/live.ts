import type { Note } from '@atelier/model'
import type { Peer } from '../presence/state.js'
import type { LiveNote } from './BoardCanvas.js'
import type { NoteDrag } from './useGestures.js'

/** Notes drawn away from where the document has them, and who is moving each. */
export type LiveMoves = {
  live: LiveNote[]
  ids: ReadonlySet<string>
  /** Note id → the name of the person dragging it (others only). */
  movedBy: ReadonlyMap<string, string>
}

/**
 * The notes in motion: this screen's drag, and every other screen's drag as their presence
 * tells it (the dragged note's corner, and the notes moving with it by the same amount). A
 * note this screen drags is drawn where this screen has it.
 */
export function liveMoves(
  noteById: ReadonlyMap<string, Note>,
  local: NoteDrag | undefined,
  peers: readonly Peer[],
): LiveMoves {
  const live: LiveNote[] = []
  const ids = new Set<string>()
  const movedBy = new Map<string, string>()
  if (local && (local.dx !== 0 || local.dy !== 0)) {
    for (const id of local.ids) {
      const note = noteById.get(id)
      if (!note) continue
      live.push({ note, x: note.x + local.dx, y: note.y + local.dy })
      ids.add(id)
    }
  }
  for (const peer of peers) {
    const drag = peer.dragging
    const primary = drag && noteById.get(drag.noteId)
    if (!drag || !primary) continue
    const dx = drag.x - primary.x
    const dy = drag.y - primary.y
    for (const id of [drag.noteId, ...(drag.with ?? [])]) {
      const note = noteById.get(id)
      if (!note || ids.has(id)) continue
      live.push({ note, x: note.x + dx, y: note.y + dy, movedByColour: peer.colour })
      ids.add(id)
      movedBy.set(id, peer.name)
    }
  }
  return { live, ids, movedBy }
}
