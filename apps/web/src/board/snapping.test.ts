import { describe, expect, it } from 'vitest'
import { cellRect, placementAmong } from '@atelier/model'
import type { Frame } from '@atelier/model'
import { snapNote, snapToGrid } from './snapping.js'

const matrix: Frame = { id: 'f1', kind: 'riskMatrix', x: 0, y: 0, w: 1036, h: 828, createdAt: 1 }
const cell = cellRect(matrix, { kind: 'riskMatrix', likelihood: 2, impact: 4 })!

describe('snapping a dropped note', () => {
  it('lines notes up on a 10-unit grid away from frames', () => {
    expect(snapToGrid({ x: 14, y: 26 })).toEqual({ x: 10, y: 30 })
    expect(snapNote({ x: 2003, y: 1996, w: 140, h: 100 }, [matrix])).toEqual({ x: 2000, y: 2000 })
  })

  it('pulls a note that overlaps a cell line wholly inside the cell that scores it', () => {
    const box = { x: cell.x - 20, y: cell.y + 10, w: 140, h: 100 }
    const centre = { ...box, x: cell.x + cell.w / 2 - 70 + 40 }
    const settled = snapNote(centre, [matrix])
    const moved = { ...centre, ...settled }
    expect(moved.x).toBeGreaterThanOrEqual(cell.x)
    expect(moved.x + moved.w).toBeLessThanOrEqual(cell.x + cell.w)
    expect(placementAmong([matrix], moved)?.cell).toEqual(placementAmong([matrix], centre)?.cell)
  })

  it('never changes the score a note was dropped on', () => {
    for (let x = cell.x - 60; x < cell.x + cell.w; x += 7) {
      for (let y = cell.y - 40; y < cell.y + cell.h; y += 11) {
        const box = { x, y, w: 140, h: 100 }
        const moved = { ...box, ...snapNote(box, [matrix]) }
        expect(placementAmong([matrix], moved)).toEqual(placementAmong([matrix], box))
      }
    }
  })
})
