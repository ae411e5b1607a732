import { describe, expect, it } from 'vitest'
import {
  boundsOf,
  centreOn,
  minimapProjection,
  fitRect,
  MAX_SCALE,
  MIN_SCALE,
  revealRect,
  toBoard,
  toScreen,
  visibleRect,
  wheelZoomFactor,
  zoomAt,
} from './viewport.js'

const screen = { width: 1000, height: 600 }

describe('the board viewport', () => {
  it('maps screen and board points both ways', () => {
    const viewport = { x: 100, y: -50, scale: 2 }
    const board = toBoard(viewport, { x: 300, y: 150 })
    expect(board).toEqual({ x: 100, y: 100 })
    expect(toScreen(viewport, board)).toEqual({ x: 300, y: 150 })
  })

  it('zooms about the pointer, keeping the board point under it still', () => {
    const viewport = { x: 40, y: 20, scale: 1 }
    const pointer = { x: 400, y: 300 }
    const before = toBoard(viewport, pointer)
    const zoomed = zoomAt(viewport, pointer, 1.5)
    expect(zoomed.scale).toBe(1.5)
    const after = toBoard(zoomed, pointer)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('never zooms past its limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 3 }, { x: 0, y: 0 }, 10).scale).toBe(MAX_SCALE)
    expect(zoomAt({ x: 0, y: 0, scale: 0.1 }, { x: 0, y: 0 }, 0.01).scale).toBe(MIN_SCALE)
  })

  it('zooms in when the wheel rolls up and out when it rolls down, a line counting 16 pixels', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1)
    expect(wheelZoomFactor(100)).toBeLessThan(1)
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48))
    expect(wheelZoomFactor(10_000)).toBe(wheelZoomFactor(100))
  })

  it('fits all the content in view, centred, without magnifying a small board', () => {
    const content = boundsOf([
      { x: 0, y: 0, w: 100, h: 100 },
      { x: 1900, y: 900, w: 100, h: 100 },
    ])
    expect(content).toEqual({ x: 0, y: 0, w: 2000, h: 1000 })
    const fitted = fitRect(content!, screen, 0)
    expect(fitted.scale).toBeCloseTo(0.5)
    const shown = visibleRect(fitted, screen)
    expect(shown.x).toBeCloseTo(0)
    expect(shown.y).toBeCloseTo(-100)
    expect(fitRect({ x: 0, y: 0, w: 140, h: 100 }, screen).scale).toBe(1)
  })

  it('has no bounds for an empty board', () => {
    expect(boundsOf([])).toBeUndefined()
  })

  it('pans just enough to reveal a note reached with the keyboard', () => {
    const viewport = { x: 0, y: 0, scale: 1 }
    expect(revealRect(viewport, screen, { x: 10, y: 10, w: 50, h: 50 }, 0)).toEqual(viewport)
    const moved = revealRect(viewport, screen, { x: 1100, y: 100, w: 100, h: 100 }, 0)
    expect(moved).toEqual({ x: -200, y: 0, scale: 1 })
  })
})

describe('the minimap', () => {
  it('draws the whole world inside the map, centred', () => {
    const projection = minimapProjection(
      { x: -100, y: 0, w: 2000, h: 1000 },
      { width: 212, height: 112 },
      6,
    )
    expect(projection.scale).toBeCloseTo(0.1)
    expect(toScreen(projection, { x: -100, y: 0 })).toEqual({ x: 6, y: 6 })
    expect(toScreen(projection, { x: 1900, y: 1000 })).toEqual({ x: 206, y: 106 })
  })

  it('centres the view on the point clicked in the map', () => {
    const moved = centreOn({ x: 0, y: 0, scale: 2 }, screen, { x: 100, y: 50 })
    expect(toBoard(moved, { x: 500, y: 300 })).toEqual({ x: 100, y: 50 })
  })
})
