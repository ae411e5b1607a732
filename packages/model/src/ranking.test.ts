import { describe, expect, it } from 'vitest'
import { board } from '../testing/support.js'
import { addNote, castVote, groupBreakdown, rankNotes, rankTallies, updateNote } from './index.js'

describe('ranked results', () => {
  it('ranks notes by votes, most first, ties sharing a rank', () => {
    expect(rankTallies({ a: 2, b: 5, c: 2, d: 1, e: 0 })).toEqual([
      { noteId: 'b', votes: 5, rank: 1 },
      { noteId: 'a', votes: 2, rank: 2 },
      { noteId: 'c', votes: 2, rank: 2 },
      { noteId: 'd', votes: 1, rank: 4 },
    ])
    expect(rankTallies({})).toEqual([])
  })

  it('leaves hidden notes and notes without votes out of the board ranking', () => {
    const doc = board()
    const [a, b, c] = [0, 1, 2].map(() => addNote(doc, { category: 'action', x: 0, y: 0 })) as [
      string,
      string,
      string,
    ]
    for (const voter of ['p-1', 'p-2']) castVote(doc, voter, a)
    for (const voter of ['p-1', 'p-2', 'p-3']) castVote(doc, voter, b)
    updateNote(doc, b, { hidden: true })
    expect(rankNotes(doc)).toEqual([{ noteId: a, votes: 2, rank: 1 }])
    expect(rankNotes(doc).some((row) => row.noteId === c)).toBe(false)
  })
})

describe('breakdown by sub-group', () => {
  const vote = (group: string, voter: string, noteId: string) => ({ group, voter, noteId })

  it('counts votes per note in each group and names a group of fewer than 3 voters only', () => {
    const votes = [
      vote('g1', 'a', 'n1'),
      vote('g1', 'a', 'n2'),
      vote('g1', 'b', 'n1'),
      vote('g1', 'c', 'n1'),
      vote('g2', 'd', 'n1'),
      vote('g2', 'e', 'n2'),
    ]
    expect(groupBreakdown(votes)).toEqual([
      { group: 'g1', voters: 3, votes: { n1: 3, n2: 1 } },
      { group: 'g2', fewerThan3: true },
    ])
  })

  it('still counts the voters of a hidden note but not its votes', () => {
    const votes = [vote('g1', 'a', 'n1'), vote('g1', 'b', 'n2'), vote('g1', 'c', 'hidden')]
    expect(groupBreakdown(votes, new Set(['n1', 'n2']))).toEqual([
      { group: 'g1', voters: 3, votes: { n1: 1, n2: 1 } },
    ])
  })
})
