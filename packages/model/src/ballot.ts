import type * as Y from 'yjs'
import { z } from 'zod/mini'
import { parseInput } from './errors.js'
import { NoteKey } from './note-records.js'
import { ballotSchema, setControl, VotingState, type Ballot } from './control.js'
import { idSchema, notesMap, personIdSchema, recordIn, votesMap } from './schema.js'
import { voteKey } from './vote-keys.js'

/**
 * Secret dot voting. While a round is open, the votes are not in the board: the relay keeps
 * them where no client reads them. Opening a round empties the board's votes map; closing it
 * writes every vote of the round and the closed state in one transaction, so that every screen
 * shows the result at once and no screen ever shows part of it.
 */

/** One vote of a closed round, as the relay hands it over. */
export const ballotVoteSchema = z.strictObject({
  noteId: idSchema,
  voter: personIdSchema,
  castAt: z.number().check(z.int(), z.nonnegative()),
})
export type BallotVote = z.infer<typeof ballotVoteSchema>

/**
 * Opens a voting round: the board's votes from any earlier round go, the control says `open`
 * with the round and its budget. One transaction.
 *
 * @example openVoting(doc, { round: 2, budget: 3 })
 */
export function openVoting(doc: Y.Doc, ballot: Ballot, origin?: unknown): void {
  const checked = parseInput(ballotSchema, ballot, 'voting round')
  const votes = votesMap(doc)
  doc.transact(() => {
    setControl(doc, { voting: VotingState.open, ballot: checked }, origin)
    for (const key of [...votes.keys()]) votes.delete(key)
  }, origin)
}

/**
 * Closes the voting round with its votes: writes each one (skipping votes for notes deleted or
 * hidden since) and sets the control to `closed`, in one transaction. Throws INVALID_INPUT,
 * changing nothing, when a vote is malformed.
 */
export function closeVoting(doc: Y.Doc, round: readonly BallotVote[], origin?: unknown): number {
  const checked = parseInput(z.array(ballotVoteSchema), round, 'votes of the round')
  const notes = notesMap(doc)
  const votes = votesMap(doc)
  let written = 0
  doc.transact(() => {
    for (const key of [...votes.keys()]) votes.delete(key)
    for (const { noteId, voter, castAt } of checked) {
      const note = recordIn(notes, noteId)
      if (!note || note.get(NoteKey.hidden) === true) continue
      votes.set(voteKey(noteId, voter), { noteId, voter, castAt })
      written += 1
    }
    setControl(doc, { voting: VotingState.closed }, origin)
  }, origin)
  return written
}
