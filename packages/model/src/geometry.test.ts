import { describe, expect, it } from 'vitest'
import {
  cellCentre,
  cellRect,
  frameCells,
  frameGrid,
  frameTemplates,
  scoreAt,
  slotInCell,
} from './index.js'
import type { FrameCell, FrameShape } from './index.js'

// A risk matrix whose cells are 100 x 100, starting at (1000, 2000).
const { padding } = frameTemplates.riskMatrix
const risk: FrameShape = {
  kind: 'riskMatrix',
  x: 1000 - padding.left,
  y: 2000 - padding.top,
  w: 500 + padding.left + padding.right,
  h: 500 + padding.top + padding.bottom,
}
const action: FrameShape = { ...risk, kind: 'actionMatrix' }
const gridPadding = frameTemplates.noteGrid.padding
const grid: FrameShape = {
  kind: 'noteGrid',
  x: 0,
  y: 0,
  w: 600 + gridPadding.left + gridPadding.right,
  h: 800 + gridPadding.top + gridPadding.bottom,
}

describe('scoreAt', () => {
  it('finds the cells area inside the title and axis labels', () => {
    expect(frameGrid(risk)).toEqual({ x: 1000, y: 2000, w: 500, h: 500 })
  })

  it('scores the four corners of a risk matrix, likelihood rightwards and impact upwards', () => {
    expect(scoreAt(risk, { x: 1000, y: 2500 })).toEqual({
      kind: 'riskMatrix',
      likelihood: 1,
      impact: 1,
    })
    expect(scoreAt(risk, { x: 1500, y: 2500 })).toEqual({
      kind: 'riskMatrix',
      likelihood: 5,
      impact: 1,
    })
    expect(scoreAt(risk, { x: 1000, y: 2000 })).toEqual({
      kind: 'riskMatrix',
      likelihood: 1,
      impact: 5,
    })
    expect(scoreAt(risk, { x: 1500, y: 2000 })).toEqual({
      kind: 'riskMatrix',
      likelihood: 5,
      impact: 5,
    })
  })

  it('counts a point on a line between cells in the cell to its right and below', () => {
    expect(scoreAt(risk, { x: 1100, y: 2050 })).toMatchObject({ likelihood: 2, impact: 5 })
    expect(scoreAt(risk, { x: 1099.999, y: 2050 })).toMatchObject({ likelihood: 1 })
    expect(scoreAt(risk, { x: 1050, y: 2100 })).toMatchObject({ impact: 4 })
    expect(scoreAt(risk, { x: 1050, y: 2099.999 })).toMatchObject({ impact: 5 })
  })

  it('gives nothing outside the cells: off the frame, on its title or axis labels', () => {
    expect(scoreAt(risk, { x: 999.999, y: 2200 })).toBeNull()
    expect(scoreAt(risk, { x: 1500.001, y: 2200 })).toBeNull()
    expect(scoreAt(risk, { x: 1200, y: 1999.999 })).toBeNull()
    expect(scoreAt(risk, { x: 1200, y: 2500.001 })).toBeNull()
    expect(scoreAt(risk, { x: Number.NaN, y: 2200 })).toBeNull()
  })

  it('scores an action matrix by feasibility rightwards and urgency upwards', () => {
    expect(scoreAt(action, { x: 1450, y: 2050 })).toEqual({
      kind: 'actionMatrix',
      feasibility: 5,
      urgency: 5,
    })
    expect(scoreAt(action, { x: 1250, y: 2350 })).toEqual({
      kind: 'actionMatrix',
      feasibility: 3,
      urgency: 2,
    })
  })

  it('finds the lane of the note-taking grid, top to bottom of the lane alike', () => {
    const x = (lane: number) => gridPadding.left + lane * 100 + 50
    expect(scoreAt(grid, { x: x(0), y: gridPadding.top })).toEqual({
      kind: 'noteGrid',
      lane: 'findings',
    })
    expect(scoreAt(grid, { x: x(3), y: gridPadding.top + 800 })).toEqual({
      kind: 'noteGrid',
      lane: 'keyActors',
    })
    expect(scoreAt(grid, { x: x(5), y: 400 })).toEqual({ kind: 'noteGrid', lane: 'priorityLevel' })
  })

  it('answers nothing for a frame squashed to no cells', () => {
    expect(scoreAt({ ...risk, w: 10, h: 10 }, { x: risk.x + 5, y: risk.y + 5 })).toBeNull()
  })
})

describe('cells', () => {
  it('puts each cell centre back in that cell, for every cell of every kind', () => {
    for (const frame of [risk, action, grid]) {
      const cells = frameCells(frame.kind)
      expect(cells).toHaveLength(frame.kind === 'noteGrid' ? 6 : 25)
      for (const cell of cells) {
        const centre = cellCentre(frame, cell)
        expect(centre).toBeDefined()
        expect(scoreAt(frame, centre!)).toEqual(cell)
      }
    }
  })

  it('knows the box of a cell and refuses a cell of another kind or out of range', () => {
    expect(cellRect(risk, { kind: 'riskMatrix', likelihood: 2, impact: 5 })).toEqual({
      x: 1100,
      y: 2000,
      w: 100,
      h: 100,
    })
    expect(cellCentre(risk, { kind: 'noteGrid', lane: 'needs' })).toBeUndefined()
    expect(
      cellCentre(risk, { kind: 'riskMatrix', likelihood: 6, impact: 1 } as FrameCell),
    ).toBeUndefined()
    expect(
      cellCentre(risk, { kind: 'riskMatrix', likelihood: 1.5, impact: 1 } as FrameCell),
    ).toBeUndefined()
  })

  it('lists a matrix top row first, so the most severe row leads', () => {
    expect(frameCells('riskMatrix')[0]).toEqual({ kind: 'riskMatrix', likelihood: 1, impact: 5 })
    expect(
      frameCells('noteGrid').map((cell) => (cell.kind === 'noteGrid' ? cell.lane : '')),
    ).toEqual([
      'findings',
      'needs',
      'priorityActions',
      'keyActors',
      'recommendations',
      'priorityLevel',
    ])
  })
})

describe('slotInCell', () => {
  const cell = { x: 0, y: 0, w: 100, h: 100 }

  it('fills a roomy cell in rows before cascading', () => {
    const small = { w: 40, h: 40 }
    const corners = [0, 1, 2, 3].map((slot) => slotInCell(cell, small, slot))
    expect(new Set(corners.map((at) => `${at.x},${at.y}`)).size).toBe(4)
  })

  it('keeps the centre of any note, even one larger than the cell, inside the cell', () => {
    for (const size of [
      { w: 40, h: 40 },
      { w: 140, h: 100 },
      { w: 400, h: 300 },
    ]) {
      for (let slot = 0; slot < 30; slot += 1) {
        const at = slotInCell(cell, size, slot)
        const centre = { x: at.x + size.w / 2, y: at.y + size.h / 2 }
        expect(centre.x).toBeGreaterThan(0)
        expect(centre.x).toBeLessThan(100)
        expect(centre.y).toBeGreaterThan(0)
        expect(centre.y).toBeLessThan(100)
      }
    }
  })
})
