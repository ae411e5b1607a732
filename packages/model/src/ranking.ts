import type * as Y from 'yjs'
import { listNotes } from './notes.js'
import { voteCounts } from './votes.js'

/**
 * Ranked results of a vote. Pure: they read the board, or tallies handed in, and write nothing.
 */

/** A group smaller than this is never shown on its own: its votes could name who cast them. */
export const MIN_GROUP_VOTERS = 3

/** One note's place in the results: ties share a rank (1, 1, 3…). */
export type RankedNote = { noteId: string; votes: number; rank: number }

/**
 * Ranks tallies by votes, most first; notes with equal votes share a rank and are ordered by
 * id, so that every screen lists them alike. Notes with no vote are left out.
 *
 * @example rankTallies({ a: 2, b: 5, c: 2 }) // [{ b, 5, rank 1 }, { a, 2, rank 2 }, { c, 2, rank 2 }]
 */
export function rankTallies(tallies: Readonly<Record<string, number>>): RankedNote[] {
  const ordered = Object.entries(tallies)
    .filter(([, votes]) => Number.isInteger(votes) && votes > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
  const ranked: RankedNote[] = []
  for (const [index, [noteId, votes]] of ordered.entries()) {
    const previous = ranked[index - 1]
    const rank = previous && previous.votes === votes ? previous.rank : index + 1
    ranked.push({ noteId, votes, rank })
  }
  return ranked
}

/** The board's notes ranked by the votes in its document; hidden notes are left out. */
export function rankNotes(doc: Y.Doc): RankedNote[] {
  const visible = new Set(
    listNotes(doc)
      .filter((note) => !note.hidden)
      .map((note) => note.id),
  )
  const counts = voteCounts(doc)
  const tallies: Record<string, number> = {}
  for (const [noteId, votes] of Object.entries(counts)) {
    if (visible.has(noteId)) tallies[noteId] = votes
  }
  return rankTallies(tallies)
}

/** A vote with the sub-group its voter belongs to. */
export type GroupedVote = { noteId: string; voter: string; group: string }

/** One sub-group's votes per note, or only its name when too few people voted in it. */
export type GroupResult =
  | { group: string; voters: number; votes: Record<string, number> }
  | { group: string; fewerThan3: true }

/**
 * Votes per note within each sub-group, by group name. A group with fewer than
 * `MIN_GROUP_VOTERS` distinct voters is reported without counts, so nobody's choice can be
 * read from it. Votes for notes outside `notes` (hidden, deleted) are not counted.
 */
export function groupBreakdown(
  votes: readonly GroupedVote[],
  notes?: ReadonlySet<string>,
): GroupResult[] {
  const groups = new Map<string, { voters: Set<string>; votes: Record<string, number> }>()
  for (const vote of votes) {
    let group = groups.get(vote.group)
    if (!group) groups.set(vote.group, (group = { voters: new Set(), votes: {} }))
    group.voters.add(vote.voter)
    if (notes && !notes.has(vote.noteId)) continue
    group.votes[vote.noteId] = (group.votes[vote.noteId] ?? 0) + 1
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, { voters, votes: counts }]) =>
      voters.size < MIN_GROUP_VOTERS
        ? { group, fewerThan3: true as const }
        : { group, voters: voters.size, votes: counts },
    )
}
