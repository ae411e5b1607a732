import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board, expectRefused } from '../testing/support.js'
import {
  CONTROL_FIELD,
  ModelErrorCode,
  boardProblems,
  observeControl,
  pausedAt,
  readControl,
  remainingOf,
  resumedAt,
  runningFor,
  scenarioInjectShown,
  setControl,
  writeScopeOf,
} from './index.js'

const T0 = Date.UTC(2026, 10, 29, 9, 0)

describe('session controls', () => {
  it('reads as an idle session until the facilitator sets it', () => {
    expect(readControl(board())).toEqual({
      session: undefined,
      phase: undefined,
      timer: undefined,
      locked: false,
      voting: 'none',
      writing: 'open',
    })
  })

  it('moves to a phase with its countdown, in one change every peer reads alike', () => {
    const doc = board()
    const seen: number[] = []
    observeControl(doc, () => seen.push(1))
    setControl(doc, {
      session: 'governance',
      phase: { id: 'brainstorm', index: 2, startedAt: T0 },
      timer: runningFor(T0, 15 * 60_000),
    })
    expect(seen).toHaveLength(1)
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    expect(readControl(peer)).toEqual(readControl(doc))
    const control = readControl(peer)
    expect(control.phase).toEqual({ id: 'brainstorm', index: 2, startedAt: T0 })
    expect(remainingOf(control.timer!, T0 + 60_000)).toBe(14 * 60_000)
    expect(remainingOf(control.timer!, T0 + 3_600_000)).toBe(0)
  })

  it('pauses and resumes the countdown without losing time', () => {
    const running = runningFor(T0, 10 * 60_000)
    const paused = pausedAt(running, T0 + 4 * 60_000)
    expect(paused).toEqual({ state: 'paused', remainingMs: 6 * 60_000, durationMs: 10 * 60_000 })
    expect(remainingOf(paused, T0 + 50 * 60_000)).toBe(6 * 60_000)
    const resumed = resumedAt(paused, T0 + 20 * 60_000)
    expect(remainingOf(resumed, T0 + 21 * 60_000)).toBe(5 * 60_000)
    expect(pausedAt(paused, T0)).toBe(paused)
    expect(resumedAt(resumed, T0)).toBe(resumed)
  })

  it('clears the timer with null, and locks and opens voting', () => {
    const doc = board()
    setControl(doc, { timer: runningFor(T0, 1000), locked: true, voting: 'open' })
    setControl(doc, { timer: null })
    expect(readControl(doc)).toMatchObject({ timer: undefined, locked: true, voting: 'open' })
  })

  it('refuses a malformed change and changes nothing', () => {
    const doc = board()
    setControl(doc, { voting: 'open' })
    const before = Y.encodeStateAsUpdate(doc)
    const bad: unknown[] = [
      { voting: 'maybe' },
      { phase: { id: 'Brainstorm!', index: 0, startedAt: T0 } },
      { timer: { state: 'running', endsAt: -1, durationMs: 0 } },
      { locked: 'yes' },
      { extra: true },
    ]
    for (const patch of bad) {
      expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => setControl(doc, patch as never))
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('reads garbage a peer wrote as unset, and the audit reports it', () => {
    const doc = board()
    const map = doc.getMap(CONTROL_FIELD)
    map.set('locked', 'yes')
    map.set('timer', { state: 'running' })
    map.set('__proto__', 1)
    expect(readControl(doc)).toMatchObject({ locked: false, timer: undefined })
    expect(
      boardProblems(doc)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['control/__proto__', 'control/locked', 'control/timer'])
  })

  it('is written by the facilitator only', () => {
    for (const role of ['rapporteur', 'participant']) {
      const scope = writeScopeOf(role)
      expect(scope.kind === 'roots' && scope.roots.has(CONTROL_FIELD)).toBe(false)
    }
    expect(writeScopeOf('facilitator').kind).toBe('all')
  })
})

describe('a scenario round', () => {
  const round = { id: 'deepfake-announcement', inject: 0, startedAt: T0, injectAt: T0 }
  const offsets = [0, 10, 20, 30].map((minutes) => minutes * 60_000)

  it('is set, read alike by a peer, and ended with null', () => {
    const doc = board()
    setControl(doc, { scenario: round })
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    expect(readControl(peer).scenario).toEqual(round)
    setControl(doc, { scenario: null })
    expect(readControl(doc).scenario).toBeUndefined()
  })

  it('refuses a malformed round and reads a garbled one as none', () => {
    const doc = board()
    for (const scenario of [{ ...round, inject: -1 }, { ...round, id: 'No Id' }, { id: 'x' }]) {
      expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => setControl(doc, { scenario } as never))
    }
    doc.getMap(CONTROL_FIELD).set('scenario', { id: 'x', inject: 'one' })
    expect(readControl(doc).scenario).toBeUndefined()
    expect(boardProblems(doc).map((p) => p.path)).toEqual(['control/scenario'])
  })

  it('shows the injects whose time has come on the relay clock', () => {
    expect(scenarioInjectShown(round, offsets, T0)).toEqual({ index: 0, at: T0 })
    expect(scenarioInjectShown(round, offsets, T0 + 9 * 60_000)?.index).toBe(0)
    expect(scenarioInjectShown(round, offsets, T0 + 10 * 60_000)).toEqual({
      index: 1,
      at: T0 + 10 * 60_000,
    })
    expect(scenarioInjectShown(round, offsets, T0 + 5 * 3_600_000)?.index).toBe(3)
  })

  it('shows an inject the facilitator advanced to early, and time never hides it', () => {
    const early = { ...round, inject: 2, injectAt: T0 + 60_000 }
    expect(scenarioInjectShown(early, offsets, T0 + 2 * 60_000)).toEqual({
      index: 2,
      at: T0 + 60_000,
    })
    expect(scenarioInjectShown(early, offsets, T0 + 30 * 60_000)).toEqual({
      index: 3,
      at: T0 + 30 * 60_000,
    })
    expect(scenarioInjectShown({ ...round, inject: 9 }, offsets, T0)?.index).toBe(3)
    expect(scenarioInjectShown(round, [], T0)).toBeUndefined()
  })
})
