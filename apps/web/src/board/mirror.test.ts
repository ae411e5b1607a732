import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addFrame, addNote, deleteNote, initBoard, moveNote } from '@atelier/model'
import { BoardMirror } from './mirror.js'

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
})
