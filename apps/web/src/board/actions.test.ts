import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addFrame, getFrame, getNote, listFrames, listNotes, placementOf } from '@atelier/model'
import {
  createFrame,
  createNote,
  dropFrame,
  dropNotes,
  nudgeNotes,
  placeForFrame,
} from './actions.js'

const me = {
  id: 'p-1',
  name: 'Amina',
  role: 'participant',
  colour: '#e03131',
  canWrite: true,
} as const

describe('what the board view does to the document', () => {
  it('writes a new note centred where the person asked, signed with their display name', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, me, 'need', { x: 500, y: 300 })
    expect(getNote(doc, id)).toMatchObject({
      x: 430,
      y: 250,
      category: 'need',
      author: { id: 'p-1', name: 'Amina' },
    })
  })

  it('adds each new frame beside the ones already there', () => {
    const doc = new Y.Doc()
    expect(placeForFrame([], [])).toEqual({ x: 0, y: 0 })
    createFrame(doc, 'riskMatrix', listFrames(doc), [])
    createFrame(doc, 'actionMatrix', listFrames(doc), [])
    const [risk, action] = listFrames(doc)
    expect(action!.x).toBeGreaterThanOrEqual(risk!.x + risk!.w + 100)
    expect(action!.y).toBe(risk!.y)
  })

  it('drops a dragged selection in one step, each note settling in the cell it was dropped on', () => {
    const doc = new Y.Doc()
    addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { id: 'risks' })
    const a = createNote(doc, me, 'risk', { x: 300, y: 700 })
    const b = createNote(doc, me, 'risk', { x: 500, y: 700 })
    let updates = 0
    doc.on('update', () => (updates += 1))
    dropNotes(doc, listNotes(doc), listFrames(doc), 400, -600)
    expect(updates).toBe(1)
    expect(placementOf(doc, a)?.cell).toEqual({ kind: 'riskMatrix', likelihood: 4, impact: 5 })
    expect(placementOf(doc, b)?.cell).toEqual({ kind: 'riskMatrix', likelihood: 5, impact: 5 })
  })

  it('nudges notes exactly by the arrow step', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, me, 'finding', { x: 70, y: 50 })
    nudgeNotes(doc, listNotes(doc), 10, -50)
    expect(getNote(doc, id)).toMatchObject({ x: 10, y: -50 })
  })

  it('never resizes a frame below the smallest size its cells allow', () => {
    const doc = new Y.Doc()
    const id = addFrame(doc, 'actionMatrix', { x: 0, y: 0 })
    const frame = getFrame(doc, id)!
    dropFrame(doc, frame, 'resize', { x: 0, y: 0, w: 10, h: 10 })
    expect(getFrame(doc, id)!.w).toBeGreaterThan(300)
  })
})
