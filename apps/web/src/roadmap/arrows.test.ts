import { describe, expect, it } from 'vitest'
import { dependencyArrow, edgePoint } from './arrows.js'

const note = (x: number, y: number) => ({ x, y, w: 140, h: 100 })

describe('dependency arrows', () => {
  it('runs from the dependent action’s edge to the edge of the action it waits for', () => {
    // Side by side: from the right edge of the first to the left edge of the second.
    expect(dependencyArrow(note(0, 0), note(400, 0))).toEqual([146, 50, 394, 50])
    // One above the other: from the bottom edge up to the top edge.
    expect(dependencyArrow(note(0, 300), note(0, 0))).toEqual([70, 294, 70, 106])
  })

  it('leaves a box on the side its line crosses first', () => {
    const point = edgePoint({ x: 0, y: 0, w: 100, h: 100 }, { x: 1000, y: 100 }, 0)
    expect(point.x).toBe(100)
    expect(point.y).toBeCloseTo(50 + (50 * 50) / 950)
  })

  it('draws nothing between notes that overlap', () => {
    expect(dependencyArrow(note(0, 0), note(50, 20))).toBeUndefined()
  })
})
