import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board, expectRefused } from '../testing/support.js'
import {
  ModelErrorCode,
  addNote,
  castVote,
  closeVoting,
  listVotes,
  openVoting,
  readControl,
  updateNote,
  voteCounts,
} from './index.js'

describe('secret voting rounds', () => {
  it('opens a round with its budget and clears the last round’s votes, in one change', () => {
    const doc = board()
    const a = addNote(doc, { category: 'action', x: 0, y: 0 })
    castVote(doc, 'p-1', a)
    let changes = 0
    doc.on('update', () => (changes += 1))
    openVoting(doc, { round: 2, budget: 3 })
    expect(changes).toBe(1)
    expect(readControl(doc)).toMatchObject({ voting: 'open', ballot: { round: 2, budget: 3 } })
    expect(listVotes(doc)).toEqual([])
  })

  it('writes every vote of the round and the closed state in one update a peer reads whole', () => {
    const doc = board()
    const [a, b, hidden] = [0, 1, 2].map(() =>
      addNote(doc, { category: 'action', x: 0, y: 0 }),
    ) as [string, string, string]
    updateNote(doc, hidden, { hidden: true })
    openVoting(doc, { round: 1, budget: 2 })
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    const written = closeVoting(doc, [
      { noteId: a, voter: 'p-1', castAt: 10 },
      { noteId: a, voter: 'p-2', castAt: 11 },
      { noteId: b, voter: 'p-1', castAt: 12 },
      { noteId: hidden, voter: 'p-2', castAt: 13 },
      { noteId: 'gone', voter: 'p-3', castAt: 14 },
    ])
    expect(written).toBe(3)
    expect(updates).toHaveLength(1)
    Y.applyUpdate(peer, updates[0]!)
    expect(readControl(peer).voting).toBe('closed')
    expect(voteCounts(peer)).toEqual({ [a]: 2, [b]: 1 })
    expect(listVotes(peer).find((vote) => vote.voter === 'p-1' && vote.noteId === b)?.castAt).toBe(
      12,
    )
  })

  it('refuses a malformed round or vote and changes nothing', () => {
    const doc = board()
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      openVoting(doc, { round: 1, budget: 21 }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => openVoting(doc, { round: 0, budget: 3 }))
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      closeVoting(doc, [{ noteId: 'Bad Id', voter: 'p-1', castAt: 0 }]),
    )
    expect(readControl(doc).voting).toBe('none')
  })
})
