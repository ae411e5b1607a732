import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board } from '../testing/support.js'
import {
  addFrame,
  addNote,
  boardProblems,
  castVote,
  getNoteTextY,
  initBoard,
  observeBoard,
  updateNote,
} from './index.js'
import type { BoardChange } from './index.js'

function fullBoard(): Y.Doc {
  const doc = board()
  initBoard(doc, { kind: 'subgroup', title: 'Gouvernance', locale: 'fr' })
  const id = addNote(doc, {
    id: 'n-1',
    category: 'risk',
    text: 'Désinformation 😀',
    x: 1,
    y: 2,
    author: { id: 'p-1', name: 'Salma' },
    tags: ['EMI'],
    colour: '#abcdef',
    priority: 'high',
    risk: { gaps: 'Pas de relais' },
  })
  updateNote(doc, id, { tags: ['EMI', 'jeunes'], hidden: true })
  addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { title: 'Risques' })
  updateNote(doc, id, { hidden: false })
  castVote(doc, 'p-2', id)
  return doc
}

describe('boardProblems', () => {
  it('finds nothing wrong with a board written through this package', () => {
    expect(boardProblems(fullBoard())).toEqual([])
  })

  it('names what a careless or hostile peer wrote', () => {
    const doc = fullBoard()
    doc.getMap('junk').set('a', 1)
    doc.getMap('notes').set('Bad Id', new Y.Map())
    doc.getMap('notes').set('n-2', 'text')
    const note = doc.getMap('notes').get('n-1') as Y.Map<unknown>
    note.set('x', Number.NaN)
    note.set('author', { id: 'p-1', name: 'Salma', phone: '+212…' })
    note.set('extra', true)
    getNoteTextY(doc, 'n-1')?.format(0, 3, { bold: true })
    doc.getMap('votes').set('n-1/p-9', { noteId: 'n-1', voter: 'p-8', castAt: 1 })
    doc.getMap('meta').set('locale', 'de')
    expect(
      boardProblems(doc)
        .map((problem) => problem.path)
        .sort(),
    ).toEqual(
      [
        'junk',
        'meta/locale',
        'notes/Bad Id',
        'notes/n-1/author',
        'notes/n-1/extra',
        'notes/n-1/text',
        'notes/n-1/x',
        'notes/n-2',
        'votes/n-1/p-9',
      ].sort(),
    )
  })

  it('looks only at the records a change names, for the relay to check one update', () => {
    const doc = fullBoard()
    ;(doc.getMap('notes').get('n-1') as Y.Map<unknown>).set('hidden', 'maybe')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    let change: BoardChange | undefined
    observeBoard(copy, (seen) => (change = seen))
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(peer)
    const frame = addFrame(peer, 'noteGrid', { x: 0, y: 0 })
    ;(peer.getMap('frames').get(frame) as Y.Map<unknown>).set('w', -1)
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(peer, before))
    expect(boardProblems(copy, change)).toEqual([
      { path: `frames/${frame}/w`, problem: 'invalid value' },
    ])
  })
})
