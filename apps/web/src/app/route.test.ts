import { describe, expect, it } from 'vitest'
import { chooseView, parseRoute } from './route.js'

describe('the page routes', () => {
  it('opens a board from /w/<workshop>/<board>, with the view asked for', () => {
    expect(parseRoute('/w/tanger/g1', '')).toEqual({
      kind: 'board',
      workshop: 'tanger',
      board: 'g1',
    })
    expect(parseRoute('/w/tanger/g1', '?view=projector')).toEqual({
      kind: 'board',
      workshop: 'tanger',
      board: 'g1',
      view: 'projector',
    })
    expect(parseRoute('/w/tanger/g1/', '?view=nonsense')).toEqual({
      kind: 'board',
      workshop: 'tanger',
      board: 'g1',
    })
  })

  it('opens the printable toolkit at /toolkit, and with the participant list at /w/<w>/toolkit', () => {
    expect(parseRoute('/toolkit', '')).toEqual({ kind: 'toolkit' })
    expect(parseRoute('/w/tanger/toolkit', '')).toEqual({ kind: 'toolkit', workshop: 'tanger' })
    expect(parseRoute('/toolkit/more', '')).toEqual({ kind: 'notFound' })
  })

  it('opens the facilitator console at /w/<workshop>/console', () => {
    expect(parseRoute('/w/tanger/console', '')).toEqual({ kind: 'console', workshop: 'tanger' })
    expect(parseRoute('/w/tanger/console', '?view=projector')).toEqual({
      kind: 'console',
      workshop: 'tanger',
    })
  })

  it('opens the printable report at /w/<workshop>/report', () => {
    expect(parseRoute('/w/tanger/report', '')).toEqual({ kind: 'report', workshop: 'tanger' })
    expect(parseRoute('/w/tanger/report/extra', '').kind).toBe('notFound')
  })

  it('refuses ids the relay would refuse', () => {
    expect(parseRoute('/w/Tanger/g1', '').kind).toBe('notFound')
    expect(parseRoute('/w/tanger', '').kind).toBe('notFound')
    expect(parseRoute('/w/tanger/g1/extra', '').kind).toBe('notFound')
    expect(parseRoute('/', '').kind).toBe('home')
  })
})

describe('choosing the view', () => {
  it('gives phones the phone view unless the board is asked for', () => {
    expect(chooseView(undefined, true, 390)).toBe('phone')
    expect(chooseView('board', true, 390)).toBe('board')
    expect(chooseView(undefined, true, 1280)).toBe('board')
  })

  it('never gives the editing board to someone who may not write', () => {
    expect(chooseView(undefined, false, 1280)).toBe('observer')
    expect(chooseView('board', false, 1280)).toBe('observer')
    expect(chooseView('projector', false, 1280)).toBe('projector')
  })
})
