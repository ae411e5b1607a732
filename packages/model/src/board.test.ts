import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board, expectRefused } from '../testing/support.js'
import {
  ModelErrorCode,
  SCHEMA_VERSION,
  addFrame,
  addNote,
  castVote,
  getBoardMeta,
  getRecommendationsFragment,
  initBoard,
  isBoardInitialised,
  migrate,
  placeNoteInCell,
  snapshotBoard,
  updateBoardMeta,
} from './index.js'
import type { Migration } from './index.js'

describe('board meta', () => {
  it('stamps a new board with the schema version, kind, title and locale', () => {
    const doc = board()
    expect(isBoardInitialised(doc)).toBe(false)
    initBoard(doc, { kind: 'subgroup', title: 'Session 2 — groupe B', locale: 'ar' })
    expect(isBoardInitialised(doc)).toBe(true)
    expect(getBoardMeta(doc)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      kind: 'subgroup',
      title: 'Session 2 — groupe B',
      locale: 'ar',
    })
    updateBoardMeta(doc, { kind: 'plenary', title: 'Plénière' })
    expect(getBoardMeta(doc)).toMatchObject({ kind: 'plenary', title: 'Plénière', locale: 'ar' })
  })

  it('reads a board with no meta as a French sub-group board of this version', () => {
    expect(getBoardMeta(board())).toEqual({
      schemaVersion: SCHEMA_VERSION,
      kind: 'subgroup',
      title: '',
      locale: 'fr',
    })
  })

  it('refuses an unknown board kind or locale', () => {
    const doc = board()
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      initBoard(doc, { kind: 'room' as 'plenary' }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateBoardMeta(doc, { locale: 'de' as 'fr' }),
    )
  })
})

describe('migrate', () => {
  it('changes nothing on a version 1 board, nor on a board without a version', () => {
    const fresh = board()
    expect(migrate(fresh)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] })
    const doc = board()
    initBoard(doc, { kind: 'roadmap' })
    const before = Y.encodeStateAsUpdate(doc)
    expect(migrate(doc)).toEqual({ from: 1, to: 1, applied: [] })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('refuses to touch a board written by a newer version', () => {
    const doc = board()
    initBoard(doc, { kind: 'roadmap' })
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    expectRefused(doc, ModelErrorCode.SCHEMA_TOO_NEW, () => migrate(doc))
  })

  it('runs the steps above the stored version in one transaction and stamps the new version', () => {
    const doc = board()
    initBoard(doc, { kind: 'synthesis', title: 'old' })
    const steps: Migration[] = [
      { to: 2, describe: 'upper-case titles', up: (d) => d.getMap('meta').set('title', 'OLD') },
      { to: 3, describe: 'mark', up: (d) => d.getMap('meta').set('mark', true) },
    ]
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    expect(migrate(doc, 'load', steps, 3)).toEqual({ from: 1, to: 3, applied: [2, 3] })
    expect(transactions).toBe(1)
    expect(doc.getMap('meta').toJSON()).toMatchObject({
      schemaVersion: 3,
      title: 'OLD',
      mark: true,
    })
    expect(migrate(doc, 'load', steps, 3)).toEqual({ from: 3, to: 3, applied: [] })
  })
})

describe('snapshotBoard', () => {
  it('gives the whole board as plain JSON', () => {
    const doc = board()
    initBoard(doc, { kind: 'subgroup', title: 'Inclusion', locale: 'fr' })
    const frameId = addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { id: 'risques' })
    const noteId = addNote(doc, {
      id: 'n-1',
      category: 'risk',
      text: 'Discours haineux',
      x: 0,
      y: 0,
      createdAt: 1,
    })
    placeNoteInCell(doc, noteId, frameId, { kind: 'riskMatrix', likelihood: 4, impact: 5 })
    castVote(doc, 'p-1', noteId)
    getRecommendationsFragment(doc).insert(0, [new Y.XmlText('Former les modérateurs')])
    const snapshot = snapshotBoard(doc)
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot)
    expect(snapshot).toMatchObject({
      meta: { kind: 'subgroup', title: 'Inclusion' },
      notes: [{ id: 'n-1', text: 'Discours haineux', category: 'risk' }],
      frames: [{ id: 'risques', kind: 'riskMatrix' }],
      votes: [{ noteId: 'n-1', voter: 'p-1' }],
      voteCounts: { 'n-1': 1 },
      placements: {
        'n-1': { frameId: 'risques', cell: { kind: 'riskMatrix', likelihood: 4, impact: 5 } },
      },
      recommendations: 'Former les modérateurs',
    })
  })
})
