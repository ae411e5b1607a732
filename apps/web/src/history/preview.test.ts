import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addFrame,
  addNote,
  castVote,
  initBoard,
  placeNoteInCell,
  snapshotBoard,
} from '@atelier/model'
import { previewOf } from './preview.js'

const WORDS = { outsideCells: 'Hors des cases', offFrame: 'Hors des cadres' }

function board() {
  const doc = new Y.Doc()
  initBoard(doc, { kind: 'subgroup', title: 'Gouvernance', locale: 'fr' })
  addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { id: 'risks' })
  addFrame(doc, 'noteGrid', { x: 0, y: 1200 }, { id: 'grid' })
  return doc
}

describe('a version’s preview', () => {
  it('groups notes by frame and cell, heaviest matrix cells first, with counts', () => {
    const doc = board()
    const light = addNote(doc, { text: 'Deepfakes', category: 'risk', x: 3000, y: 3000 })
    placeNoteInCell(doc, light, 'risks', { kind: 'riskMatrix', likelihood: 2, impact: 2 })
    const heavy = addNote(doc, {
      text: 'Rumeurs',
      category: 'risk',
      x: 3000,
      y: 3000,
      author: { id: 'p-1', name: 'Amina' },
    })
    placeNoteInCell(doc, heavy, 'risks', { kind: 'riskMatrix', likelihood: 5, impact: 4 })
    const need = addNote(doc, { text: 'Contenus en darija', category: 'need', x: 3000, y: 3000 })
    placeNoteInCell(doc, need, 'grid', { kind: 'noteGrid', lane: 'needs' })
    addNote(doc, { text: 'À trier', category: 'finding', x: 5000, y: 5000 })
    castVote(doc, 'p-2', heavy)

    const preview = previewOf(snapshotBoard(doc), 'fr', WORDS)

    expect(preview.counts).toEqual({ notes: 4, frames: 2, votes: 1 })
    expect(preview.frames.map((frame) => [frame.title, frame.noteCount])).toEqual([
      ['Matrice de priorisation des risques', 2],
      ['Grille de prise de notes', 1],
      ['Hors des cadres', 1],
    ])
    const [risks, grid, off] = preview.frames
    expect(risks!.cells.map((cell) => [cell.label, cell.score, cell.notes[0]?.text])).toEqual([
      ['Probabilité 5, Impact 4', 20, 'Rumeurs'],
      ['Probabilité 2, Impact 2', 4, 'Deepfakes'],
    ])
    expect(risks!.cells[0]!.notes[0]).toMatchObject({ votes: 1, author: 'Amina', hidden: false })
    expect(risks!.cells[1]!.notes[0]!.author).toBeUndefined()
    expect(grid!.cells[0]!.label).toBe('Besoins')
    expect(off!.cells[0]).toMatchObject({ label: 'Hors des cases', notes: [{ text: 'À trier' }] })
  })

  it('shows an emptied board’s frames with no notes', () => {
    const preview = previewOf(snapshotBoard(board()), 'en', WORDS)
    expect(preview.counts.notes).toBe(0)
    expect(preview.frames.map((frame) => frame.noteCount)).toEqual([0, 0])
    expect(preview.recommendations).toBe('')
  })
})
