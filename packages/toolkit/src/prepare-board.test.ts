import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  frameTemplates,
  isModelError,
  listFrames,
  placeNoteInCell,
  addNote,
  snapshotBoard,
} from '@atelier/model'
import { boardTitle, getSessionTemplate, prepareBoard, sessionTemplates } from './index.js'
import type { BoardSetup, SessionTemplate } from './index.js'

/** A deep copy of plain data, to break on purpose. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function board(): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = 1
  return doc
}

/** Runs `change`, expects an AtelierModelError with `code`, and the document unchanged. */
function expectRefused(doc: Y.Doc, code: string, change: () => unknown): void {
  const before = Y.encodeStateAsUpdate(doc)
  let refusal: unknown
  try {
    change()
  } catch (error) {
    refusal = error
  }
  expect(isModelError(refusal) ? refusal.code : refusal).toBe(code)
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
}

const governance = getSessionTemplate('governance')!

describe('prepareBoard', () => {
  const boards = sessionTemplates.flatMap((session) =>
    (['subgroup', 'plenary'] as const).map((kind) => [session.id, kind] as const),
  )

  it.each(boards)('builds the %s %s board with the frames of its layout', (id, kind) => {
    const session: SessionTemplate = getSessionTemplate(id)!
    const doc = board()
    const ids = prepareBoard(doc, session, { kind, locale: 'fr' })
    const layout = session.layout[kind]
    expect(ids).toEqual(layout.map((frame) => frame.id))
    const snapshot = snapshotBoard(doc)
    expect(snapshot.meta.kind).toBe(kind)
    expect(snapshot.meta.locale).toBe('fr')
    expect(snapshot.frames.map(({ id, kind, x, y, w, h }) => ({ id, kind, x, y, w, h }))).toEqual(
      expect.arrayContaining(
        layout.map((frame) => ({
          id: frame.id,
          kind: frame.kind,
          ...frame.at,
          ...frameTemplates[frame.kind].size,
        })),
      ),
    )
    expect(snapshot.frames).toHaveLength(layout.length)
    expect(snapshot.notes).toEqual([])
  })

  it('sends the prepared board to peers as one update', () => {
    const doc = board()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    prepareBoard(doc, governance, { kind: 'subgroup', locale: 'en', theme: 'coordination' }, 'me')
    expect(updates).toHaveLength(1)
    const peer = board()
    Y.applyUpdate(peer, updates[0]!)
    expect(snapshotBoard(peer)).toEqual(snapshotBoard(doc))
  })

  it('titles a sub-group board by session and theme, in the chosen language', () => {
    const doc = board()
    prepareBoard(doc, governance, { kind: 'subgroup', locale: 'ar', theme: 'ai-ethics' })
    expect(snapshotBoard(doc).meta).toMatchObject({
      title: 'الحكامة — أخلاقيات الذكاء الاصطناعي',
      locale: 'ar',
      kind: 'subgroup',
    })
  })

  it('titles a plenary board with the session and the word plenary', () => {
    const setup: BoardSetup = { kind: 'plenary', locale: 'fr' }
    expect(boardTitle(getSessionTemplate('inclusion-resilience')!, setup)).toBe(
      'Inclusion et résilience collective — Plénière',
    )
    expect(boardTitle(governance, { kind: 'subgroup', locale: 'en', number: 3 })).toBe(
      'Governance — Sub-group 3',
    )
    expect(boardTitle(governance, { kind: 'subgroup', locale: 'en', title: 'Table A' })).toBe(
      'Table A',
    )
  })

  it('stores no frame titles, so everyone reads them in their own language', () => {
    const doc = board()
    prepareBoard(doc, governance, { kind: 'subgroup', locale: 'ar' })
    expect(snapshotBoard(doc).frames.map((frame) => frame.title)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('leaves frames ready for notes: a note placed in a cell reads back in that cell', () => {
    const doc = board()
    prepareBoard(doc, governance, { kind: 'subgroup', locale: 'fr' })
    const note = addNote(doc, { text: 'Hypertrucage d’un élu', category: 'risk', x: 0, y: 0 })
    placeNoteInCell(doc, note, 'risks', { kind: 'riskMatrix', likelihood: 3, impact: 5 })
    expect(snapshotBoard(doc).placements[note]).toEqual({
      frameId: 'risks',
      cell: { kind: 'riskMatrix', likelihood: 3, impact: 5 },
    })
  })

  it('refuses a board that already has a frame of the layout, and changes nothing', () => {
    const doc = board()
    prepareBoard(doc, governance, { kind: 'subgroup', locale: 'fr' })
    expectRefused(doc, 'ATELIER_ERR_ID_TAKEN', () =>
      prepareBoard(doc, governance, { kind: 'subgroup', locale: 'en' }),
    )
    expect(listFrames(doc)).toHaveLength(3)
  })

  it('refuses a theme the session does not have, and changes nothing', () => {
    const doc = board()
    expectRefused(doc, 'ATELIER_ERR_INVALID_INPUT', () =>
      prepareBoard(doc, governance, { kind: 'subgroup', locale: 'fr', theme: 'reporting' }),
    )
  })

  it('refuses a locale it does not speak, and a broken template, changing nothing', () => {
    const doc = board()
    expectRefused(doc, 'ATELIER_ERR_INVALID_INPUT', () =>
      prepareBoard(doc, governance, { kind: 'subgroup', locale: 'es' as 'fr' }),
    )
    const broken = clone(governance)
    broken.scenarios = []
    expectRefused(doc, 'ATELIER_ERR_INVALID_INPUT', () =>
      prepareBoard(doc, broken, { kind: 'plenary', locale: 'fr' }),
    )
  })
})
