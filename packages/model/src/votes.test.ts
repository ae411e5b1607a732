import { describe, expect, it } from 'vitest'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  ModelErrorCode,
  addNote,
  castVote,
  deleteNote,
  listVotes,
  retractVote,
  updateNote,
  voteCounts,
  votesBy,
  votesFor,
} from './index.js'

function notes(doc: ReturnType<typeof board>, count: number): string[] {
  return Array.from({ length: count }, () => addNote(doc, { category: 'action', x: 0, y: 0 }))
}

describe('votes', () => {
  it('counts votes per note and per voter', () => {
    const doc = board()
    const [a, b, c] = notes(doc, 3) as [string, string, string]
    castVote(doc, 'p-1', a)
    castVote(doc, 'p-2', a)
    castVote(doc, 'p-1', b)
    expect(votesFor(doc, a)).toBe(2)
    expect(votesFor(doc, c)).toBe(0)
    expect(voteCounts(doc)).toEqual({ [a]: 2, [b]: 1 })
    expect(votesBy(doc, 'p-1').sort()).toEqual([a, b].sort())
    expect(listVotes(doc).map((vote) => vote.voter)).toHaveLength(3)
  })

  it('refuses a second vote by the same person for the same note', () => {
    const doc = board()
    const [a] = notes(doc, 1) as [string]
    castVote(doc, 'p-1', a)
    expectRefused(doc, ModelErrorCode.ALREADY_VOTED, () => castVote(doc, 'p-1', a))
  })

  it('stops a voter at the budget with a clear error, and gives a vote back on retract', () => {
    const doc = board()
    const [a, b, c] = notes(doc, 3) as [string, string, string]
    castVote(doc, 'p-1', a, 2)
    castVote(doc, 'p-1', b, 2)
    const error = expectRefused(doc, ModelErrorCode.VOTE_BUDGET_EXCEEDED, () =>
      castVote(doc, 'p-1', c, 2),
    )
    expect(error.message).toContain('all 2 votes')
    castVote(doc, 'p-2', c, 2)
    expect(retractVote(doc, 'p-1', a)).toBe(true)
    expect(retractVote(doc, 'p-1', a)).toBe(false)
    castVote(doc, 'p-1', c, 2)
    expect(voteCounts(doc)).toEqual({ [b]: 1, [c]: 2 })
  })

  it('gives a vote back when its note is deleted', () => {
    const doc = board()
    const [a, b] = notes(doc, 2) as [string, string]
    castVote(doc, 'p-1', a, 1)
    deleteNote(doc, a)
    castVote(doc, 'p-1', b, 1)
    expect(voteCounts(doc)).toEqual({ [b]: 1 })
  })

  it('refuses votes for hidden or missing notes and a bad budget', () => {
    const doc = board()
    const [a] = notes(doc, 1) as [string]
    updateNote(doc, a, { hidden: true })
    expectRefused(doc, ModelErrorCode.NOTE_HIDDEN, () => castVote(doc, 'p-1', a))
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => castVote(doc, 'p-1', 'nope'))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => castVote(doc, '', a))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => castVote(doc, 'p-1', a, -1))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => castVote(doc, 'p-1', a, 1.5))
  })

  it('counts one vote when the same person votes from two devices at once', () => {
    const phone = board(1)
    const laptop = board(2)
    const [a] = notes(phone, 1) as [string]
    sync(phone, laptop)
    castVote(phone, 'p-1', a)
    castVote(laptop, 'p-1', a)
    sync(phone, laptop)
    expect(votesFor(phone, a)).toBe(1)
    expect(votesFor(laptop, a)).toBe(1)
  })

  it('takes voter ids from elsewhere as they are, slashes included', () => {
    const doc = board()
    const [a] = notes(doc, 1) as [string]
    castVote(doc, 'sso|org/42', a)
    expect(listVotes(doc)).toMatchObject([{ noteId: a, voter: 'sso|org/42' }])
  })
})
