import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  ModelErrorCode,
  RESERVATION_LENGTH,
  addNote,
  boardProblems,
  castVote,
  clearValidation,
  defaultPriority,
  getNote,
  listNotes,
  rankForValidation,
  readValidation,
  updateNote,
  validateNote,
} from './index.js'

/** A board with `votes.length` notes, the i-th with votes[i] votes. */
function votedBoard(votes: number[]) {
  const doc = board()
  const ids = votes.map((count, index) => {
    const id = addNote(doc, { text: `n${index}`, category: 'action', x: 0, y: 0, createdAt: index })
    for (let voter = 0; voter < count; voter++) castVote(doc, `p-${voter}`, id)
    return id
  })
  return { doc, ids }
}

describe('ranking for the validation round', () => {
  it('orders notes by votes and suggests high for the top third, medium, then low', () => {
    const { doc, ids } = votedBoard([1, 5, 0, 3, 2, 4])
    const ranked = rankForValidation(doc)
    expect(ranked.map((row) => row.note.id)).toEqual([
      ids[1],
      ids[5],
      ids[3],
      ids[4],
      ids[0],
      ids[2],
    ])
    expect(ranked.map((row) => row.votes)).toEqual([5, 4, 3, 2, 1, 0])
    expect(ranked.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6])
    expect(ranked.map((row) => row.suggested)).toEqual([
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
    ])
    expect(defaultPriority(doc, ids[3]!)).toBe('medium')
    expect(defaultPriority(doc, 'nothing')).toBeUndefined()
  })

  it('gives notes with as many votes the same rank and suggestion, in creation order', () => {
    const { doc, ids } = votedBoard([2, 2, 2])
    const ranked = rankForValidation(doc)
    expect(ranked.map((row) => row.note.id)).toEqual(ids)
    expect(ranked.map((row) => row.rank)).toEqual([1, 1, 1])
    expect(ranked.map((row) => row.suggested)).toEqual(['high', 'high', 'high'])
  })

  it('leaves hidden notes out of the round', () => {
    const { doc, ids } = votedBoard([3, 1])
    updateNote(doc, ids[0]!, { hidden: true })
    expect(rankForValidation(doc).map((row) => row.note.id)).toEqual([ids[1]])
  })
})

describe('validateNote', () => {
  it('stores agreed with the level the facilitator picks', () => {
    const { doc, ids } = votedBoard([0, 3])
    const validation = validateNote(doc, ids[0]!, {
      verdict: 'agreed',
      priority: 'high',
      decidedAt: 1000,
    })
    expect(validation).toEqual({ verdict: 'agreed', decidedAt: 1000 })
    expect(readValidation(doc, ids[0]!)).toEqual({ verdict: 'agreed', decidedAt: 1000 })
    expect(getNote(doc, ids[0]!)?.priority).toBe('high')
  })

  it('gives an agreed priority its rank’s level when the facilitator picks none', () => {
    const { doc, ids } = votedBoard([0, 3, 1])
    validateNote(doc, ids[1]!, { verdict: 'agreed' })
    validateNote(doc, ids[2]!, { verdict: 'agreed' })
    validateNote(doc, ids[0]!, { verdict: 'agreed' })
    expect(ids.map((id) => getNote(doc, id)?.priority)).toEqual(['low', 'high', 'medium'])
  })

  it('keeps the written reservation with an agreed-with-reservations priority', () => {
    const { doc, ids } = votedBoard([4, 1, 0])
    validateNote(doc, ids[0]!, {
      verdict: 'reservations',
      reservation: '  Le budget reste à préciser  ',
      decidedAt: 5,
    })
    expect(readValidation(doc, ids[0]!)).toEqual({
      verdict: 'reservations',
      reservation: 'Le budget reste à préciser',
      decidedAt: 5,
    })
    expect(getNote(doc, ids[0]!)?.priority).toBe('high')
    validateNote(doc, ids[1]!, {
      verdict: 'reservations',
      reservation: 'À phaser',
      priority: 'low',
    })
    expect(getNote(doc, ids[1]!)?.priority).toBe('low')
  })

  it('removes the priority of a priority not agreed, and a new verdict replaces the old', () => {
    const { doc, ids } = votedBoard([2])
    const id = ids[0]!
    validateNote(doc, id, {
      verdict: 'reservations',
      reservation: 'Trop large',
      priority: 'medium',
    })
    validateNote(doc, id, { verdict: 'not-agreed', decidedAt: 9 })
    expect(readValidation(doc, id)).toEqual({ verdict: 'not-agreed', decidedAt: 9 })
    expect(getNote(doc, id)?.priority).toBeUndefined()
    validateNote(doc, id, { verdict: 'agreed', priority: 'low' })
    expect(readValidation(doc, id)?.verdict).toBe('agreed')
    expect(readValidation(doc, id)?.reservation).toBeUndefined()
    expect(getNote(doc, id)?.priority).toBe('low')
  })

  it('writes a verdict and its level in one transaction that every peer receives', () => {
    const { doc, ids } = votedBoard([1])
    const peer = board(2)
    sync(doc, peer)
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    validateNote(doc, ids[0]!, { verdict: 'agreed', priority: 'medium' })
    expect(transactions).toBe(1)
    sync(doc, peer)
    expect(getNote(peer, ids[0]!)).toMatchObject({
      priority: 'medium',
      validation: { verdict: 'agreed' },
    })
    expect(boardProblems(peer)).toEqual([])
  })

  it('refuses bad input and changes nothing', () => {
    const { doc, ids } = votedBoard([1])
    const id = ids[0]!
    const bad: unknown[] = [
      { verdict: 'reservations' },
      { verdict: 'reservations', reservation: '   ' },
      { verdict: 'reservations', reservation: 'x'.repeat(RESERVATION_LENGTH + 1) },
      { verdict: 'maybe' },
      { verdict: 'agreed', priority: 'urgent' },
      { verdict: 'not-agreed', priority: 'high' },
      { verdict: 'agreed', reservation: 'only with reservations' },
      { verdict: 'agreed', decidedAt: -1 },
      'agreed',
      null,
    ]
    for (const input of bad) {
      const error = expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
        validateNote(doc, id, input as never),
      )
      expect(error.message).toMatch(/validation/)
    }
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      validateNote(doc, 'Not An Id', { verdict: 'agreed' }),
    )
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () =>
      validateNote(doc, 'n-missing', { verdict: 'agreed' }),
    )
    updateNote(doc, id, { hidden: true })
    expectRefused(doc, ModelErrorCode.NOTE_HIDDEN, () =>
      validateNote(doc, id, { verdict: 'agreed' }),
    )
    expect(readValidation(doc, id)).toBeUndefined()
  })
})

describe('clearValidation', () => {
  it('reopens a priority: no verdict, no level', () => {
    const { doc, ids } = votedBoard([1])
    const id = ids[0]!
    expect(clearValidation(doc, id)).toBe(false)
    validateNote(doc, id, { verdict: 'agreed', priority: 'high' })
    expect(clearValidation(doc, id)).toBe(true)
    expect(readValidation(doc, id)).toBeUndefined()
    expect(getNote(doc, id)?.priority).toBeUndefined()
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => clearValidation(doc, 'n-missing'))
  })
})

describe('stored validations and origins', () => {
  it('reads a verdict a peer garbled as none, and the audit names it', () => {
    const { doc, ids } = votedBoard([1])
    const map = doc.getMap('notes').get(ids[0]!) as Y.Map<unknown>
    map.set('validation', { verdict: 'reservations', decidedAt: 1 })
    expect(readValidation(doc, ids[0]!)).toBeUndefined()
    map.set('origin', { board: 'G1!', note: 'n1' })
    expect(getNote(doc, ids[0]!)?.origin).toBeUndefined()
    expect(boardProblems(doc).map((problem) => problem.path)).toEqual([
      `notes/${ids[0]}/validation`,
      `notes/${ids[0]}/origin`,
    ])
  })

  it('keeps where a promoted note came from, read by getNote and listNotes', () => {
    const doc = board()
    const id = addNote(doc, {
      text: 'Former les agents',
      category: 'action',
      x: 0,
      y: 0,
      origin: { board: 'governance-g2', note: 'n-7' },
    })
    expect(getNote(doc, id)?.origin).toEqual({ board: 'governance-g2', note: 'n-7' })
    expect(listNotes(doc)[0]?.origin).toEqual({ board: 'governance-g2', note: 'n-7' })
    expect(boardProblems(doc)).toEqual([])
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addNote(doc, { category: 'action', x: 0, y: 0, origin: { board: 'g1' } as never }),
    )
    const plain = addNote(doc, { category: 'action', x: 0, y: 0 })
    expect(getNote(doc, plain)?.origin).toBeUndefined()
  })
})
