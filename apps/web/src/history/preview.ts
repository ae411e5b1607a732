import { cellScore, frameTemplates, scoreBand } from '@atelier/model'
import type { BoardSnapshot, FrameCell, Locale, NoteCategory, ScoreBand } from '@atelier/model'
import { cellName, frameName } from '../phone/placement-labels.js'

/** A note as a version preview lists it. */
export type PreviewNote = {
  id: string
  text: string
  category: NoteCategory
  colour: string
  votes: number
  hidden: boolean
  /** The author's display name; absent on an anonymous note. */
  author?: string
}

/** The notes of one cell of a frame (or of the frame outside its cells). */
export type PreviewCell = {
  key: string
  /** "Likelihood 4, Impact 5", a lane's name, or the words for "outside the cells". */
  label: string
  score?: number
  band?: ScoreBand
  notes: PreviewNote[]
}

/** One frame of a version, or the notes on no frame (`frameId` absent). */
export type PreviewFrame = {
  frameId?: string
  title: string
  noteCount: number
  cells: PreviewCell[]
}

/** A version's board as a readable list: frames, their cells, their notes, and the totals. */
export type BoardPreview = {
  frames: PreviewFrame[]
  counts: { notes: number; frames: number; votes: number }
  recommendations: string
}

/** Where a cell comes in its frame: matrix cells by weight (heaviest first), lanes in order. */
function cellRank(cell: FrameCell | null): number {
  if (!cell) return Number.MAX_SAFE_INTEGER
  if (cell.kind === 'noteGrid')
    return frameTemplates.noteGrid.lanes.findIndex((lane) => lane.lane === cell.lane)
  return 100 - (cellScore(cell) ?? 0)
}

/**
 * Reads a version's snapshot (as `GET …/versions/<id>` returns it) into what the preview shows:
 * its notes grouped by frame, then by cell, in the interface's language. Frames keep the
 * board from top to bottom; notes on no frame come last.
 *
 * @example previewOf(snapshot, 'fr', { outsideCells: 'Hors des cases', offFrame: 'Hors des cadres' })
 */
export function previewOf(
  snapshot: BoardSnapshot,
  locale: Locale,
  words: { outsideCells: string; offFrame: string },
): BoardPreview {
  const groups = new Map<string | undefined, Map<string, PreviewCell & { rank: number }>>()
  // Reading order, top to bottom then across: the board's stacking order says nothing to a reader.
  const frames = [...snapshot.frames].sort((a, b) => a.y - b.y || a.x - b.x)
  for (const frame of frames) groups.set(frame.id, new Map())
  for (const note of snapshot.notes) {
    const placement = snapshot.placements[note.id]
    const frameId = placement && groups.has(placement.frameId) ? placement.frameId : undefined
    const cell = placement?.cell ?? null
    let cells = groups.get(frameId)
    if (!cells) {
      cells = new Map()
      groups.set(frameId, cells)
    }
    const key = frameId && cell ? JSON.stringify(cell) : 'outside'
    let entry = cells.get(key)
    if (!entry) {
      const score = frameId && cell ? cellScore(cell) : undefined
      entry = {
        key,
        label: frameId && cell ? cellName(cell, locale) : words.outsideCells,
        rank: frameId ? cellRank(cell) : 0,
        notes: [],
        ...(score === undefined ? {} : { score, band: scoreBand(score) }),
      }
      cells.set(key, entry)
    }
    entry.notes.push({
      id: note.id,
      text: note.text,
      category: note.category,
      colour: note.colour,
      votes: snapshot.voteCounts[note.id] ?? 0,
      hidden: note.hidden,
      ...(note.author ? { author: note.author.name } : {}),
    })
  }
  const sections: PreviewFrame[] = []
  for (const [frameId, cells] of groups) {
    const frame = snapshot.frames.find((candidate) => candidate.id === frameId)
    const sorted = [...cells.values()].sort((a, b) => a.rank - b.rank)
    sections.push({
      ...(frame ? { frameId: frame.id } : {}),
      title: frame ? frameName(frame, snapshot.frames, locale) : words.offFrame,
      noteCount: sorted.reduce((sum, cell) => sum + cell.notes.length, 0),
      cells: sorted.map(({ rank: _rank, ...cell }) => cell),
    })
  }
  return {
    frames: sections,
    counts: {
      notes: snapshot.notes.length,
      frames: snapshot.frames.length,
      votes: snapshot.votes.length,
    },
    recommendations: snapshot.recommendations.trim(),
  }
}
