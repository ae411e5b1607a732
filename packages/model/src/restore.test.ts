import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addFrame,
  addNote,
  castVote,
  deleteNotes,
  getRecommendationsFragment,
  initBoard,
  listNotes,
  setNoteText,
  snapshotBoard,
} from './index.js'
import { COMMENTS_FIELD } from './comments.js'
import { DocKey } from './schema.js'
import { RESTORED_FRAGMENTS, RESTORED_MAPS, restoreBoard } from './restore.js'
import { readControl, setControl } from './control.js'

function preparedBoard(): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { kind: 'subgroup', title: 'Gouvernance 1' })
  addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
  const a = addNote(doc, { category: 'risk', x: 100, y: 100, text: 'Désinformation' })
  addNote(doc, { category: 'need', x: 300, y: 100, text: 'Former les agents' })
  castVote(doc, 'p-1', a)
  getRecommendationsFragment(doc).insert(0, [new Y.XmlText('Créer une cellule')])
  return doc
}

describe('restoring a version', () => {
  it('brings back every note of a board one participant emptied, as a change others receive', () => {
    const doc = preparedBoard()
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    const version = Y.encodeStateAsUpdate(doc)
    const before = snapshotBoard(doc)
    deleteNotes(
      doc,
      listNotes(doc).map((note) => note.id),
    )
    getRecommendationsFragment(doc).delete(0, 1)
    expect(listNotes(doc)).toHaveLength(0)

    const beforeRestore = Y.encodeStateVector(doc)
    restoreBoard(doc, version)
    expect(snapshotBoard(doc)).toEqual(before)
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    expect(snapshotBoard(peer)).toEqual(before)
    // The restore is a new change on top of history, not a rewind: the clock moved forward.
    expect(Y.encodeStateVector(doc)).not.toEqual(beforeRestore)
  })

  it('undoes later edits and rewrites nothing that did not change', () => {
    const doc = preparedBoard()
    const version = Y.encodeStateAsUpdate(doc)
    const [first] = listNotes(doc)
    setNoteText(doc, first!.id, 'changé')
    addNote(doc, { category: 'action', x: 0, y: 0, text: 'ajoutée après' })
    let touched = 0
    doc.on('update', (update: Uint8Array) => (touched = update.length))
    restoreBoard(doc, version)
    expect(listNotes(doc).map((note) => note.text)).toEqual(['Désinformation', 'Former les agents'])
    const full = Y.encodeStateAsUpdate(doc).length
    expect(touched).toBeLessThan(full / 2)
  })

  it('restores every top-level type the board has (design decision: a new one must be listed)', () => {
    const known = [...RESTORED_MAPS, ...RESTORED_FRAGMENTS].sort()
    // The session's controls say where the session is now: a restore leaves them alone.
    expect(known).toEqual([...Object.values(DocKey), COMMENTS_FIELD].sort())
  })

  it("leaves the session's controls as they are", () => {
    const doc = preparedBoard()
    setControl(doc, { locked: false, voting: 'open' })
    const version = Y.encodeStateAsUpdate(doc)
    setControl(doc, { locked: true, voting: 'closed' })
    restoreBoard(doc, version)
    expect(readControl(doc)).toMatchObject({ locked: true, voting: 'closed' })
  })
})
