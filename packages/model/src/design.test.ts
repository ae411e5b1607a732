import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { board } from '../testing/support.js'
import * as model from './index.js'

// Choices other code relies on. Changing one of these is changing the contract.

function transactionsOf(doc: Y.Doc, change: () => unknown): number {
  let count = 0
  const listen = () => (count += 1)
  doc.on('afterTransaction', listen)
  change()
  doc.off('afterTransaction', listen)
  return count
}

function populated(): { doc: Y.Doc; note: string; other: string; frame: string } {
  const doc = board()
  model.initBoard(doc, { kind: 'subgroup' })
  const frame = model.addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
  const note = model.addNote(doc, { category: 'risk', x: 0, y: 0, text: 'a' })
  const other = model.addNote(doc, { category: 'need', x: 2000, y: 0 })
  return { doc, note, other, frame }
}

describe('design decisions', () => {
  it('makes every write exactly one transaction, with the origin given', () => {
    const { doc, note, other, frame } = populated()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    const o = 'origin'
    const writes: (() => unknown)[] = [
      () => model.initBoard(doc, { kind: 'plenary' }, o),
      () => model.updateBoardMeta(doc, { title: 'T' }, o),
      () => model.addNote(doc, { category: 'actor', x: 5, y: 5 }, o),
      () => model.updateNote(doc, note, { tags: ['a'], priority: 'low', risk: { gaps: 'g' } }, o),
      () => model.setNoteText(doc, note, 'abc', o),
      () => model.moveNote(doc, note, { x: 9, y: 9 }, o),
      () =>
        model.moveNotes(
          doc,
          [
            { id: note, x: 1, y: 1 },
            { id: other, x: 2, y: 2 },
          ],
          o,
        ),
      () => model.addFrame(doc, 'noteGrid', { x: 5000, y: 0 }, {}, o),
      () => model.moveFrame(doc, frame, { x: 10, y: 10 }, o),
      () => model.resizeFrame(doc, frame, { w: 2000, h: 1600 }, o),
      () => model.renameFrame(doc, frame, 'R', o),
      () =>
        model.placeNoteInCell(
          doc,
          note,
          frame,
          { kind: 'riskMatrix', likelihood: 1, impact: 1 },
          o,
        ),
      () => model.castVote(doc, 'p-1', note, 5, o),
      () => model.retractVote(doc, 'p-1', note, o),
      () => model.deleteNote(doc, other, o),
      () => model.deleteNotes(doc, [note], o),
      () => model.deleteFrame(doc, frame, o),
    ]
    for (const write of writes) {
      origins.length = 0
      expect(transactionsOf(doc, write)).toBe(1)
      expect(origins).toEqual([o])
    }
  })

  it('never writes when reading', () => {
    const { doc, note, frame } = populated()
    model.castVote(doc, 'p-1', note)
    doc.getMap('notes').set('junk', 1)
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    model.listNotes(doc)
    model.getNote(doc, note)
    model.getNoteText(doc, note)
    model.getNoteTextY(doc, note)
    model.listFrames(doc)
    model.getFrame(doc, frame)
    model.placementOf(doc, note)
    model.placementsOf(doc)
    model.voteCounts(doc)
    model.votesFor(doc, note)
    model.getBoardMeta(doc)
    model.recommendationsText(doc)
    model.snapshotBoard(doc)
    model.boardProblems(doc)
    model.migrate(doc)
    expect(updates).toEqual([])
  })

  it('stores no scores and no labels: both are derived from positions and templates', () => {
    const { doc, note, frame } = populated()
    model.placeNoteInCell(doc, note, frame, { kind: 'riskMatrix', likelihood: 5, impact: 4 })
    const stored = JSON.stringify(doc.toJSON())
    for (const word of ['likelihood', 'impact', 'Probabilité', 'Likelihood', 'lane']) {
      expect(stored).not.toContain(word)
    }
  })

  it('keeps the top-level names and the schema version other code and stored boards rely on', () => {
    expect(model.SCHEMA_VERSION).toBe(1)
    const { doc } = populated()
    model.getRecommendationsFragment(doc)
    model.castVote(doc, 'p', model.listNotes(doc)[0]!.id)
    expect([...doc.share.keys()].sort()).toEqual([
      'frames',
      'meta',
      'notes',
      'recommendations',
      'votes',
    ])
  })
})
