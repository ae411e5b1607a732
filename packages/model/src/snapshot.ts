import type * as Y from 'yjs'
import { getBoardMeta } from './board.js'
import type { BoardMeta } from './board.js'
import { listFrames } from './frame-records.js'
import type { Frame } from './frame-records.js'
import type { Note } from './note-records.js'
import { listNotes } from './notes.js'
import { placementAmong } from './placement.js'
import type { Placement } from './placement.js'
import { recommendationsText } from './recommendations.js'
import { listVotes } from './votes.js'
import type { Vote } from './votes.js'

/** The whole board as plain JSON, for exports, reports and tests. */
export type BoardSnapshot = {
  meta: BoardMeta
  notes: Note[]
  frames: Frame[]
  votes: Vote[]
  /** Votes per note id, for notes with at least one vote. */
  voteCounts: Record<string, number>
  /** Where each note stands, for notes on a frame. */
  placements: Record<string, Placement>
  /** The recommendations as plain text (see `recommendationsText`). */
  recommendations: string
}

/** Reads the whole board into plain JSON (repairing what peers stored badly, as every read does). */
export function snapshotBoard(doc: Y.Doc): BoardSnapshot {
  const notes = listNotes(doc)
  const frames = listFrames(doc)
  const votes = listVotes(doc)
  const voteCounts: Record<string, number> = {}
  for (const vote of votes) voteCounts[vote.noteId] = (voteCounts[vote.noteId] ?? 0) + 1
  const placements: Record<string, Placement> = {}
  for (const note of notes) {
    const placement = placementAmong(frames, note)
    if (placement) placements[note.id] = placement
  }
  return {
    meta: getBoardMeta(doc),
    notes,
    frames,
    votes,
    voteCounts,
    placements,
    recommendations: recommendationsText(doc),
  }
}
