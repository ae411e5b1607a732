import { describe, expect, it } from 'vitest'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  ModelErrorCode,
  addFrame,
  addNote,
  cellCentre,
  deleteFrame,
  frameTemplates,
  getFrame,
  getNote,
  listFrames,
  minFrameSize,
  moveFrame,
  moveNote,
  placeNoteInCell,
  placementOf,
  placementsOf,
  renameFrame,
  resizeFrame,
} from './index.js'
import type { Frame } from './index.js'

function centreIn(frame: Frame, likelihood: number, impact: number) {
  const centre = cellCentre(frame, { kind: 'riskMatrix', likelihood, impact })
  if (!centre) throw new Error('no such cell')
  return centre
}

describe('frames', () => {
  it('adds a frame from its template at a place, with the template size', () => {
    const doc = board()
    const id = addFrame(doc, 'riskMatrix', { x: 100, y: 200 })
    expect(getFrame(doc, id)).toMatchObject({
      id,
      kind: 'riskMatrix',
      x: 100,
      y: 200,
      ...frameTemplates.riskMatrix.size,
    })
    expect(listFrames(doc).map((frame) => frame.id)).toEqual([id])
  })

  it('takes a chosen id, size and title, and refuses one that is too small', () => {
    const doc = board()
    const id = addFrame(
      doc,
      'noteGrid',
      { x: 0, y: 0 },
      { id: 'grille', w: 2000, h: 1200, title: 'Groupe A' },
    )
    expect(getFrame(doc, id)).toMatchObject({ id: 'grille', w: 2000, h: 1200, title: 'Groupe A' })
    expectRefused(doc, ModelErrorCode.ID_TAKEN, () =>
      addFrame(doc, 'noteGrid', { x: 0, y: 0 }, { id: 'grille' }),
    )
    const min = minFrameSize('actionMatrix')
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addFrame(doc, 'actionMatrix', { x: 0, y: 0 }, { w: min.w - 1, h: min.h }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addFrame(doc, 'kanban' as 'noteGrid', { x: 0, y: 0 }),
    )
  })

  it('renames a frame and goes back to the template title when the name is emptied', () => {
    const doc = board()
    const id = addFrame(doc, 'actionMatrix', { x: 0, y: 0 })
    renameFrame(doc, id, 'Actions EMI')
    expect(getFrame(doc, id)?.title).toBe('Actions EMI')
    renameFrame(doc, id, '  ')
    expect(getFrame(doc, id)).not.toHaveProperty('title')
  })

  it('moves a frame with the notes on it, so their scores stay', () => {
    const doc = board()
    const frameId = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const onIt = addNote(doc, { category: 'risk', x: 0, y: 0 })
    const beside = addNote(doc, { category: 'risk', x: 5000, y: 5000 })
    placeNoteInCell(doc, onIt, frameId, { kind: 'riskMatrix', likelihood: 4, impact: 2 })
    const before = getNote(doc, onIt)!
    moveFrame(doc, frameId, { x: 300, y: -50 })
    expect(getNote(doc, onIt)).toMatchObject({ x: before.x + 300, y: before.y - 50 })
    expect(getNote(doc, beside)).toMatchObject({ x: 5000, y: 5000 })
    expect(placementOf(doc, onIt)).toEqual({
      frameId,
      cell: { kind: 'riskMatrix', likelihood: 4, impact: 2 },
    })
  })

  it('resizes a frame and rescales the notes in its cells so they keep their cells', () => {
    const doc = board()
    const frameId = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const ids = [
      [1, 1],
      [5, 5],
      [3, 4],
    ].map(([likelihood, impact]) => {
      const id = addNote(doc, { category: 'risk', x: 0, y: 0 })
      placeNoteInCell(doc, id, frameId, {
        kind: 'riskMatrix',
        likelihood: likelihood!,
        impact: impact!,
      })
      return id
    })
    const before = ids.map((id) => placementOf(doc, id))
    resizeFrame(doc, frameId, { x: -200, y: 40, w: 2000, h: 1500 })
    expect(getFrame(doc, frameId)).toMatchObject({ x: -200, y: 40, w: 2000, h: 1500 })
    expect(ids.map((id) => placementOf(doc, id))).toEqual(before)
    resizeFrame(doc, frameId, minFrameSize('riskMatrix'))
    expect(ids.map((id) => placementOf(doc, id))).toEqual(before)
  })

  it('deletes a frame and leaves its notes where they were, now on no frame', () => {
    const doc = board()
    const frameId = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const noteId = addNote(doc, { category: 'risk', x: 0, y: 0 })
    placeNoteInCell(doc, noteId, frameId, { kind: 'riskMatrix', likelihood: 3, impact: 3 })
    const at = getNote(doc, noteId)!
    expect(deleteFrame(doc, frameId)).toBe(true)
    expect(deleteFrame(doc, frameId)).toBe(false)
    expect(getNote(doc, noteId)).toMatchObject({ x: at.x, y: at.y })
    expect(placementOf(doc, noteId)).toBeNull()
    expectRefused(doc, ModelErrorCode.FRAME_NOT_FOUND, () =>
      moveFrame(doc, frameId, { x: 0, y: 0 }),
    )
  })
})

describe('placement', () => {
  it("derives a note's scores from where it stands, for everyone, as it moves", () => {
    const a = board(1)
    const b = board(2)
    const frameId = addFrame(a, 'riskMatrix', { x: 0, y: 0 })
    const frame = getFrame(a, frameId)!
    const noteId = addNote(a, { category: 'risk', x: 0, y: 0, w: 100, h: 80 })
    const centre = centreIn(frame, 2, 3)
    moveNote(a, noteId, { x: centre.x - 50, y: centre.y - 40 })
    sync(a, b)
    expect(placementOf(b, noteId)).toEqual({
      frameId,
      cell: { kind: 'riskMatrix', likelihood: 2, impact: 3 },
    })
    const moved = centreIn(frame, 5, 5)
    moveNote(b, noteId, { x: moved.x - 50, y: moved.y - 40 })
    sync(a, b)
    expect(placementOf(a, noteId)?.cell).toEqual({ kind: 'riskMatrix', likelihood: 5, impact: 5 })
  })

  it("says a note on a frame's title stands on the frame but in no cell, and off frames on none", () => {
    const doc = board()
    const frameId = addFrame(doc, 'noteGrid', { x: 0, y: 0 })
    const onTitle = addNote(doc, { category: 'need', x: 300, y: 0, w: 40, h: 40 })
    const away = addNote(doc, { category: 'need', x: -500, y: 0 })
    expect(placementOf(doc, onTitle)).toEqual({ frameId, cell: null })
    expect(placementOf(doc, away)).toBeNull()
    expect(placementOf(doc, 'missing')).toBeNull()
    expect(placementsOf(doc)).toEqual({ [onTitle]: { frameId, cell: null } })
  })

  it('uses the top-most frame where frames overlap', () => {
    const doc = board()
    addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const top = addFrame(doc, 'actionMatrix', { x: 0, y: 0 })
    const noteId = addNote(doc, { category: 'action', x: 500, y: 400 })
    expect(placementOf(doc, noteId)?.frameId).toBe(top)
  })

  it('places a note in a cell without dragging, next to the notes already there', () => {
    const doc = board()
    const frameId = addFrame(doc, 'noteGrid', { x: 40, y: 40 })
    const cell = { kind: 'noteGrid', lane: 'keyActors' } as const
    const ids = [1, 2, 3].map(() => addNote(doc, { category: 'actor', x: 0, y: 0 }))
    const spots = ids.map((id) => placeNoteInCell(doc, id, frameId, cell))
    for (const id of ids) expect(placementOf(doc, id)).toEqual({ frameId, cell })
    expect(new Set(spots.map((at) => `${at.x},${at.y}`)).size).toBe(3)
    // Placing a note again in the cell it already stands in leaves it there.
    expect(placeNoteInCell(doc, ids[0]!, frameId, cell)).toEqual(spots[0])
  })

  it('refuses a cell the frame does not have, and unknown notes and frames', () => {
    const doc = board()
    const frameId = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    const noteId = addNote(doc, { category: 'risk', x: -900, y: 0 })
    expectRefused(doc, ModelErrorCode.CELL_MISMATCH, () =>
      placeNoteInCell(doc, noteId, frameId, { kind: 'actionMatrix', urgency: 1, feasibility: 1 }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      placeNoteInCell(doc, noteId, frameId, { kind: 'riskMatrix', likelihood: 0, impact: 1 }),
    )
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () =>
      placeNoteInCell(doc, 'nope', frameId, { kind: 'riskMatrix', likelihood: 1, impact: 1 }),
    )
    expectRefused(doc, ModelErrorCode.FRAME_NOT_FOUND, () =>
      placeNoteInCell(doc, noteId, 'nope', { kind: 'riskMatrix', likelihood: 1, impact: 1 }),
    )
  })
})
