import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addFrame,
  addNote,
  addRecommendation,
  deleteNote,
  initBoard,
  moveNote,
} from '@atelier/model'
import { BoardMirror, sameCounts } from './mirror.js'

describe('the mirror of a board', () => {
  it('follows notes and frames as they are added, moved and deleted', () => {
    const doc = new Y.Doc()
    initBoard(doc, { kind: 'subgroup', title: 'Gouvernance' })
    const mirror = new BoardMirror(doc)
    let changes = 0
    mirror.subscribe(() => (changes += 1))
    const first = addNote(doc, { text: 'Constat', category: 'finding', x: 0, y: 0 })
    const second = addNote(doc, { text: 'Besoin', category: 'need', x: 200, y: 0 })
    addFrame(doc, 'riskMatrix', { x: 0, y: 400 })
    expect(mirror.snapshot().notes.map((note) => note.text)).toEqual(['Constat', 'Besoin'])
    expect(mirror.snapshot().frames).toHaveLength(1)
    expect(mirror.snapshot().meta.title).toBe('Gouvernance')

    const before = mirror.snapshot()
    moveNote(doc, second, { x: 300, y: 20 })
    const after = mirror.snapshot()
    expect(after.noteById.get(second)).toMatchObject({ x: 300, y: 20 })
    expect(after.noteById.get(first)).toBe(before.noteById.get(first))

    deleteNote(doc, first)
    expect(mirror.snapshot().notes.map((note) => note.id)).toEqual([second])
    expect(changes).toBe(5)
    mirror.destroy()
  })

  it('sees what another peer wrote', () => {
    const doc = new Y.Doc()
    const other = new Y.Doc()
    const mirror = new BoardMirror(doc)
    addNote(other, { text: 'Depuis un téléphone', category: 'action', x: 10, y: 10 })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(mirror.snapshot().notes[0]?.text).toBe('Depuis un téléphone')
  })

  it('counts the recommendations citing each note, once per change, and forgets deleted notes', () => {
    const doc = new Y.Doc()
    initBoard(doc, { kind: 'subgroup', title: 'Gouvernance' })
    const rumours = addNote(doc, { text: 'Rumeurs', category: 'risk', x: 0, y: 0 })
    const cafes = addNote(doc, { text: 'Cybercafés', category: 'finding', x: 200, y: 0 })
    const mirror = new BoardMirror(doc)
    expect(mirror.snapshot().citations).toEqual({})

    const cite = (noteIds: string[]) =>
      addRecommendation(doc, { title: 'R', text: '', priority: 'high', actors: [], noteIds })
    cite([rumours, cafes])
    cite([rumours])
    expect(mirror.snapshot().citations).toEqual({ [rumours]: 2, [cafes]: 1 })

    // A move changes no count: the counts keep their object, so nothing that shows them redraws.
    const counts = mirror.snapshot().citations
    moveNote(doc, cafes, { x: 300, y: 40 })
    expect(mirror.snapshot().citations).toBe(counts)

    deleteNote(doc, cafes)
    expect(mirror.snapshot().citations).toEqual({ [rumours]: 2 })
    mirror.destroy()
  })
})

describe('citation counts', () => {
  it('are the same when every note has the same count, whatever the order', () => {
    expect(sameCounts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameCounts({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameCounts({ a: 1 }, { a: 1, b: 1 })).toBe(false)
    expect(sameCounts({}, {})).toBe(true)
  })
})
