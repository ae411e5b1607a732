import type * as Y from 'yjs'
import { z } from 'zod/mini'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { NoteKey } from './note-records.js'
import { requireNote } from './notes.js'
import { idSchema, notesMap, personIdSchema, recordIn, votesMap } from './schema.js'
import { noteOfVoteKey, voteKey } from './vote-keys.js'

/** One person's vote for one note. */
export type Vote = { noteId: string; voter: string; castAt: number }

const budgetSchema = z.optional(z.number().check(z.int(), z.nonnegative()))

const storedVoteSchema = z.object({
  noteId: idSchema,
  voter: personIdSchema,
  castAt: z.catch(z.number(), 0),
})

function readVote(key: string, value: unknown, notes: Y.Map<unknown>): Vote | undefined {
  const parsed = storedVoteSchema.safeParse(value)
  if (!parsed.success) return undefined
  const { noteId, voter, castAt } = parsed.data
  // A key that does not match its value would let one vote count twice.
  if (voteKey(noteId, voter) !== key || !recordIn(notes, noteId)) return undefined
  return { noteId, voter, castAt }
}

function byNoteThenVoter(a: Vote, b: Vote): number {
  if (a.noteId !== b.noteId) return a.noteId < b.noteId ? -1 : 1
  return a.voter < b.voter ? -1 : a.voter > b.voter ? 1 : 0
}

/** Every well-formed vote for a note still on the board; forged or stray entries are skipped. */
export function listVotes(doc: Y.Doc): Vote[] {
  const notes = notesMap(doc)
  const votes: Vote[] = []
  votesMap(doc).forEach((value, key) => {
    const vote = readVote(key, value, notes)
    if (vote) votes.push(vote)
  })
  return votes.sort(byNoteThenVoter)
}

/** The note ids `voter` has voted for. */
export function votesBy(doc: Y.Doc, voter: string): string[] {
  return listVotes(doc)
    .filter((vote) => vote.voter === voter)
    .map((vote) => vote.noteId)
}

/**
 * Casts `voter`'s vote for a note. Each person votes at most once per note; with a `budget`,
 * at most `budget` notes in all (a vote for a deleted note gives the vote back).
 * Throws NOTE_NOT_FOUND, NOTE_HIDDEN, ALREADY_VOTED or VOTE_BUDGET_EXCEEDED.
 */
export function castVote(
  doc: Y.Doc,
  voter: string,
  noteId: string,
  budget?: number,
  origin?: unknown,
): void {
  const who = parseInput(personIdSchema, voter, 'voter id')
  const id = parseInput(idSchema, noteId, 'note id')
  const limit = parseInput(budgetSchema, budget, 'vote budget')
  const note = requireNote(doc, id)
  if (note.get(NoteKey.hidden) === true) {
    throw new AtelierModelError(ModelErrorCode.NOTE_HIDDEN, `Note ${id} is hidden by a moderator`)
  }
  const votes = votesMap(doc)
  const key = voteKey(id, who)
  if (votes.has(key)) {
    throw new AtelierModelError(ModelErrorCode.ALREADY_VOTED, `${who} already voted for ${id}`)
  }
  if (limit !== undefined) {
    const used = votesBy(doc, who).length
    if (used >= limit) {
      throw new AtelierModelError(
        ModelErrorCode.VOTE_BUDGET_EXCEEDED,
        `${who} has used all ${limit} votes; retract one to vote for ${id}`,
      )
    }
  }
  doc.transact(() => {
    votes.set(key, { noteId: id, voter: who, castAt: Date.now() })
  }, origin)
}

/** Takes back `voter`'s vote for a note. Returns false if there was no such vote. */
export function retractVote(doc: Y.Doc, voter: string, noteId: string, origin?: unknown): boolean {
  const who = parseInput(personIdSchema, voter, 'voter id')
  const id = parseInput(idSchema, noteId, 'note id')
  const votes = votesMap(doc)
  const key = voteKey(id, who)
  if (!votes.has(key)) return false
  doc.transact(() => votes.delete(key), origin)
  return true
}

/** How many votes a note has. */
export function votesFor(doc: Y.Doc, noteId: string): number {
  const notes = notesMap(doc)
  let count = 0
  votesMap(doc).forEach((value, key) => {
    if (noteOfVoteKey(key) === noteId && readVote(key, value, notes)) count += 1
  })
  return count
}

/** Votes per note id, for every note with at least one vote. */
export function voteCounts(doc: Y.Doc): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const vote of listVotes(doc)) counts[vote.noteId] = (counts[vote.noteId] ?? 0) + 1
  return counts
}
