import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board } from '../testing/support.js'
import {
  addFrame,
  addNote,
  castVote,
  deleteNote,
  getNoteTextY,
  getRecommendationsFragment,
  initBoard,
  moveNotes,
  observeBoard,
  setNoteText,
  updateNote,
} from './index.js'
import type { BoardChange } from './index.js'

function record(doc: Y.Doc): BoardChange[] {
  const changes: BoardChange[] = []
  observeBoard(doc, (change) => changes.push(change))
  return changes
}

describe('observeBoard', () => {
  it('names the notes a transaction added, changed or deleted, once per transaction', () => {
    const doc = board()
    const a = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const b = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const changes = record(doc)
    const c = addNote(doc, { category: 'finding', x: 0, y: 0 })
    moveNotes(doc, [
      { id: a, x: 1, y: 1 },
      { id: b, x: 2, y: 2 },
    ])
    setNoteText(doc, a, 'texte')
    updateNote(doc, b, { tags: ['EMI'] })
    deleteNote(doc, c)
    expect(changes.map((change) => [...change.notes].sort())).toEqual([
      [c],
      [a, b].sort(),
      [a],
      [b],
      [c],
    ])
    expect(changes.every((change) => change.local)).toBe(true)
  })

  it('sees typing into a note through its Y.Text', () => {
    const doc = board()
    const a = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const changes = record(doc)
    getNoteTextY(doc, a)?.insert(0, 'x')
    expect([...changes[0]!.notes]).toEqual([a])
  })

  it('reports frames, votes, meta and recommendations apart, with the origin', () => {
    const doc = board()
    const a = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const changes = record(doc)
    const frame = addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, {}, 'canvas')
    castVote(doc, 'p-1', a)
    initBoard(doc, { kind: 'plenary' })
    getRecommendationsFragment(doc).insert(0, [new Y.XmlText('R')])
    expect(changes.map((change) => change.origin)).toEqual(['canvas', null, null, null])
    expect([...changes[0]!.frames]).toEqual([frame])
    expect([...changes[1]!.votes]).toEqual([a])
    expect(changes[1]!.notes.size).toBe(0)
    expect(changes[2]!.meta).toBe(true)
    expect(changes[3]!.recommendations).toBe(true)
  })

  it('marks changes from another peer as not local, and stays quiet once stopped', () => {
    const here = board(1)
    const there = board(2)
    const changes: BoardChange[] = []
    const stop = observeBoard(here, (change) => changes.push(change))
    const id = addNote(there, { category: 'need', x: 0, y: 0 })
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there), 'relay')
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ local: false, origin: 'relay' })
    expect([...changes[0]!.notes]).toEqual([id])
    stop()
    addNote(here, { category: 'need', x: 0, y: 0 })
    expect(changes).toHaveLength(1)
  })

  it('stays quiet for a transaction that changed nothing', () => {
    const doc = board()
    const changes = record(doc)
    doc.transact(() => {})
    expect(changes).toHaveLength(0)
  })
})
