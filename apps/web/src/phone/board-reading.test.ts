import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addFrame,
  addNote,
  castVote,
  listFrames,
  listNotes,
  placeNoteInCell,
  placementOf,
  updateNote,
} from '@atelier/model'
import { inboxSpot, noteRows, readBoard, votesLeft } from './board-reading.js'
import type { RowOptions } from './board-reading.js'

const amina = { id: 'p-1', name: 'Amina' }
const options: RowOptions = {
  locale: 'en',
  me: { id: amina.id, role: 'participant' },
  writtenHere: new Set(),
  filter: 'all',
}

function note(doc: Y.Doc, text: string, extra: Partial<Parameters<typeof addNote>[1]> = {}) {
  return addNote(doc, { text, category: 'finding', x: 5000, y: 5000, ...extra })
}

describe('the notes list', () => {
  it('lists the newest note first, with its placement, votes and my vote', () => {
    const doc = new Y.Doc()
    const risk = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const old = note(doc, 'old', { createdAt: 1000, category: 'risk' })
    note(doc, 'new', { createdAt: 2000 })
    placeNoteInCell(doc, old, risk, { kind: 'riskMatrix', likelihood: 4, impact: 5 })
    castVote(doc, amina.id, old)
    castVote(doc, 'p-2', old)
    const rows = noteRows(readBoard(doc, amina.id), options)
    expect(rows.map((row) => row.note.text)).toEqual(['new', 'old'])
    expect(rows[0]).toMatchObject({ placement: null, votes: 0, voted: false })
    expect(rows[1]).toMatchObject({
      placement: { cell: 'Likelihood 4, Impact 5', score: 20 },
      votes: 2,
      voted: true,
    })
  })

  it('filters by category, and by my notes including the ones I wrote anonymously here', () => {
    const doc = new Y.Doc()
    note(doc, 'signed', { author: amina })
    const anonymous = note(doc, 'anonymous', { category: 'need' })
    note(doc, 'someone else', { author: { id: 'p-2', name: 'Youssef' }, category: 'need' })
    const reading = readBoard(doc, amina.id)
    const texts = (filter: RowOptions['filter'], writtenHere = new Set<string>()) =>
      noteRows(reading, { ...options, filter, writtenHere }).map((row) => row.note.text)
    expect(texts('need')).toEqual(['someone else', 'anonymous'])
    expect(texts('mine')).toEqual(['signed'])
    expect(texts('mine', new Set([anonymous]))).toEqual(['anonymous', 'signed'])
  })

  it('keeps a note a moderator hid out of a participant’s list but not the facilitator’s', () => {
    const doc = new Y.Doc()
    const id = note(doc, 'off topic')
    updateNote(doc, id, { hidden: true })
    const reading = readBoard(doc, amina.id)
    expect(noteRows(reading, options)).toEqual([])
    const facilitator = { ...options, me: { id: 'f-1', role: 'facilitator' } }
    expect(noteRows(reading, facilitator).map((row) => row.note.id)).toEqual([id])
  })

  it('counts the votes I have left out of the budget', () => {
    const doc = new Y.Doc()
    const ids = [note(doc, 'a'), note(doc, 'b')]
    for (const id of ids) castVote(doc, amina.id, id)
    expect(votesLeft(readBoard(doc, amina.id))).toBe(3)
    expect(votesLeft(readBoard(doc, amina.id), 2)).toBe(0)
    expect(votesLeft(readBoard(doc, 'p-9'))).toBe(5)
  })
})

describe('where a phone puts a new note', () => {
  it('puts notes side by side below every frame, on no frame', () => {
    const doc = new Y.Doc()
    addFrame(doc, 'riskMatrix', { x: 100, y: 0 })
    addFrame(doc, 'noteGrid', { x: 1200, y: 200 })
    const spots = []
    for (let count = 0; count < 7; count += 1) {
      const spot = inboxSpot(listFrames(doc), listNotes(doc))
      spots.push(spot)
      const id = addNote(doc, { text: `${count}`, category: 'need', ...spot })
      expect(placementOf(doc, id)).toBeNull()
    }
    expect(spots[0]).toEqual({ x: 100, y: 200 + 1020 + 48 })
    expect(spots[1]!.x).toBeGreaterThan(spots[0]!.x + 140)
    expect(spots[6]).toEqual({ x: 100, y: spots[0]!.y + 100 + 24 })
  })

  it('starts at the origin of an empty board', () => {
    expect(inboxSpot([], [])).toEqual({ x: 0, y: 0 })
  })
})
