import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addFrame, addNote, listFrames, placeNoteInCell, placementOf } from '@atelier/model'
import { cellName, frameName, placementLine, placementText } from './placement-labels.js'

function boardWithFrames() {
  const doc = new Y.Doc()
  const risk = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
  const grid = addFrame(doc, 'noteGrid', { x: 0, y: 1000 })
  const note = addNote(doc, { text: 'Coupures du réseau', category: 'risk', x: 3000, y: 3000 })
  return { doc, risk, grid, note }
}

describe('placement labels', () => {
  it('names a risk matrix cell by its two scores, with its weight and band', () => {
    const { doc, risk, note } = boardWithFrames()
    placeNoteInCell(doc, note, risk, { kind: 'riskMatrix', likelihood: 4, impact: 5 })
    const text = placementText(placementOf(doc, note), listFrames(doc), 'en')
    expect(text).toEqual({
      frameId: risk,
      frame: 'Risk prioritisation matrix',
      cell: 'Likelihood 4, Impact 5',
      score: 20,
      band: 'critical',
    })
    expect(placementLine(text!, 'outside')).toBe(
      'Risk prioritisation matrix — Likelihood 4, Impact 5',
    )
  })

  it('names a grid lane in the reader’s language', () => {
    const { doc, grid, note } = boardWithFrames()
    placeNoteInCell(doc, note, grid, { kind: 'noteGrid', lane: 'needs' })
    const text = placementText(placementOf(doc, note), listFrames(doc), 'fr')
    expect(text).toEqual({ frameId: grid, frame: 'Grille de prise de notes', cell: 'Besoins' })
    expect(placementText(placementOf(doc, note), listFrames(doc), 'ar')?.cell).toBe('الاحتياجات')
  })

  it('says nothing for a note on no frame, and gives no cell for one on a frame’s labels', () => {
    const { doc, risk, note } = boardWithFrames()
    expect(placementText(placementOf(doc, note), listFrames(doc), 'en')).toBeNull()
    const onTitle = placementText({ frameId: risk, cell: null }, listFrames(doc), 'en')
    expect(onTitle).toEqual({ frameId: risk, frame: 'Risk prioritisation matrix' })
    expect(placementLine(onTitle!, 'outside the cells')).toBe(
      'Risk prioritisation matrix — outside the cells',
    )
  })

  it('numbers untitled frames of one template and keeps a facilitator’s title', () => {
    const doc = new Y.Doc()
    const first = addFrame(doc, 'actionMatrix', { x: 0, y: 0 })
    const second = addFrame(doc, 'actionMatrix', { x: 2000, y: 0 })
    const named = addFrame(doc, 'actionMatrix', { x: 4000, y: 0 }, { title: 'Gouvernance' })
    const frames = listFrames(doc)
    const name = (id: string) =>
      frameName(
        frames.find((frame) => frame.id === id)!,
        frames,
        'fr',
      )
    expect([name(first), name(second), name(named)]).toEqual([
      'Matrice de priorisation des actions 1',
      'Matrice de priorisation des actions 2',
      'Gouvernance',
    ])
  })

  it('names an action matrix cell by feasibility then urgency, with an Arabic comma in Arabic', () => {
    const cell = { kind: 'actionMatrix', feasibility: 2, urgency: 5 } as const
    expect(cellName(cell, 'fr')).toBe('Faisabilité 2, Urgence 5')
    expect(cellName(cell, 'ar')).toBe('قابلية التنفيذ 2، درجة الاستعجال 5')
  })
})
