import type * as Y from 'yjs'
import {
  NOTE_SIZE,
  getBoardMeta,
  listFrames,
  listNotes,
  placementAmong,
  voteCounts,
  votesBy,
} from '@atelier/model'
import type { BoardMeta, Frame, Locale, Note, NoteCategory, Placement, Point } from '@atelier/model'
import { placementText } from './placement-labels.js'
import type { PlacementText } from './placement-labels.js'

/** Votes each participant may cast on a board when the board names no budget of its own. */
export const DEFAULT_VOTE_BUDGET = 5

/** Everything the phone view shows, read at once through the model after a change. */
export type BoardReading = {
  meta: BoardMeta
  notes: Note[]
  frames: Frame[]
  placements: ReadonlyMap<string, Placement>
  votes: Readonly<Record<string, number>>
  /** Note ids this screen's person has voted for. */
  myVotes: ReadonlySet<string>
}

/** Reads the board for the person `voter` (their token's `sub`). Never writes. */
export function readBoard(doc: Y.Doc, voter: string): BoardReading {
  const notes = listNotes(doc)
  const frames = listFrames(doc)
  const placements = new Map<string, Placement>()
  for (const note of notes) {
    const placement = placementAmong(frames, note)
    if (placement) placements.set(note.id, placement)
  }
  return {
    meta: getBoardMeta(doc),
    notes,
    frames,
    placements,
    votes: voteCounts(doc),
    myVotes: new Set(votesBy(doc, voter)),
  }
}

/** Which notes the list shows: all of them, this person's, or one category. */
export type NoteFilter = 'all' | 'mine' | NoteCategory

/** One line of the notes list, ready to draw. */
export type NoteRow = {
  note: Note
  placement: PlacementText | null
  votes: number
  voted: boolean
  /** Written by this person: by their id, or anonymously from this phone. */
  mine: boolean
}

export type RowOptions = {
  locale: Locale
  me: { id: string; role: string }
  /** Notes this phone wrote anonymously: the board does not know their author, the phone does. */
  writtenHere: ReadonlySet<string>
  filter: NoteFilter
}

/**
 * The notes list: newest first, filtered. Notes a moderator hid stay out of everyone's list but
 * the facilitator's, as they stay off participants' canvases.
 */
export function noteRows(reading: BoardReading, options: RowOptions): NoteRow[] {
  const { locale, me, writtenHere, filter } = options
  const rows: NoteRow[] = []
  for (const note of reading.notes) {
    if (note.hidden && me.role !== 'facilitator') continue
    const mine = note.author?.id === me.id || writtenHere.has(note.id)
    if (filter === 'mine' ? !mine : filter !== 'all' && note.category !== filter) continue
    rows.push({
      note,
      placement: placementText(reading.placements.get(note.id), reading.frames, locale),
      votes: reading.votes[note.id] ?? 0,
      voted: reading.myVotes.has(note.id),
      mine,
    })
  }
  return rows.reverse()
}

/**
 * The reading with this person's votes of the open round, which the relay keeps (the board
 * holds no vote until the round closes): `mine` from the ballot API.
 */
export function withBallot(reading: BoardReading, mine: readonly string[]): BoardReading {
  return { ...reading, myVotes: new Set(mine) }
}

/** How many more notes this person may vote for. */
export function votesLeft(reading: BoardReading, budget = DEFAULT_VOTE_BUDGET): number {
  return Math.max(0, budget - reading.myVotes.size)
}

const INBOX_GAP = 24
const INBOX_COLUMNS = 6

/**
 * Where a note written on a phone lands on the canvas: in rows below every frame, on no frame,
 * so it reads as "not placed yet" until someone places it. `notes` are the board's notes.
 */
export function inboxSpot(frames: readonly Frame[], notes: readonly Note[]): Point {
  const left = frames.length > 0 ? Math.min(...frames.map((frame) => frame.x)) : 0
  const top =
    frames.length > 0 ? Math.max(...frames.map((frame) => frame.y + frame.h)) + 2 * INBOX_GAP : 0
  const waiting = notes.filter(
    (note) => note.y >= top && placementAmong(frames, note) === null,
  ).length
  const column = waiting % INBOX_COLUMNS
  const row = Math.floor(waiting / INBOX_COLUMNS)
  return {
    x: left + column * (NOTE_SIZE.w + INBOX_GAP),
    y: top + row * (NOTE_SIZE.h + INBOX_GAP),
  }
}
