import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board } from '../testing/support.js'
import {
  CATEGORY_COLOURS,
  NOTE_SIZE,
  addNote,
  castVote,
  frameTemplates,
  getBoardMeta,
  getNote,
  getNoteTextY,
  listFrames,
  listNotes,
  listVotes,
  moveNotes,
  placementsOf,
  recommendationsText,
  snapshotBoard,
  updateNote,
  voteCounts,
  votesFor,
} from './index.js'

// These tests write to the document with raw Yjs, as a careless or hostile peer could: the
// package's reads must survive whatever arrives.

function fill(map: Y.Map<unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) map.set(key, value)
}

describe('reading a malformed board', () => {
  it('repairs each bad field of a note on its own and keeps the good ones', () => {
    const doc = board()
    const notes = doc.getMap('notes')
    const map = new Y.Map<unknown>()
    notes.set('bad', map)
    const tags = new Y.Array<unknown>()
    fill(map, {
      text: 42,
      category: 'gossip',
      colour: 'red',
      x: 'left',
      y: Number.POSITIVE_INFINITY,
      w: -5,
      h: 1e12,
      author: { id: 7, name: 'x' },
      createdAt: 'yesterday',
      tags,
      hidden: 'yes',
      priority: 'urgent',
      'risk.gaps': 12,
    })
    tags.push([1, '', 'EMI', 'EMI', { tag: 'x' }, 'jeunes'])
    expect(getNote(doc, 'bad')).toEqual({
      id: 'bad',
      text: '',
      category: 'finding',
      colour: CATEGORY_COLOURS.finding,
      x: 0,
      y: 0,
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      createdAt: 0,
      tags: ['EMI', 'jeunes'],
      hidden: false,
    })
  })

  it('reads a text stored as a plain string, and repairs it into a Y.Text on the next edit', () => {
    const doc = board()
    const map = new Y.Map<unknown>()
    doc.getMap('notes').set('plain', map)
    fill(map, { text: 'écrit à la main', category: 'risk', 'risk.gaps': 'aucun relais' })
    expect(getNote(doc, 'plain')).toMatchObject({
      text: 'écrit à la main',
      risk: { gaps: 'aucun relais' },
    })
    expect(getNoteTextY(doc, 'plain')).toBeUndefined()
    updateNote(doc, 'plain', { text: 'réécrit', tags: ['ok'] })
    expect(getNoteTextY(doc, 'plain')?.toString()).toBe('réécrit')
    expect(getNote(doc, 'plain')?.tags).toEqual(['ok'])
  })

  it('skips records that are not maps, frames of unknown kinds and forged votes', () => {
    const doc = board()
    const good = addNote(doc, { id: 'good', category: 'need', x: 0, y: 0 })
    doc.getMap('notes').set('junk', 'not a note')
    doc.getMap('notes').set('array', new Y.Array())
    const frames = doc.getMap('frames')
    frames.set('junk', 12)
    const unknown = new Y.Map<unknown>()
    frames.set('kanban', unknown)
    unknown.set('kind', 'kanban')
    const squashed = new Y.Map<unknown>()
    frames.set('squashed', squashed)
    fill(squashed, { kind: 'riskMatrix', x: 10, y: 'top', w: 0, h: Number.NaN, title: 5 })
    castVote(doc, 'p-1', good)
    const votes = doc.getMap('votes')
    votes.set('good/p-2', { noteId: 'good', voter: 'p-3', castAt: 1 })
    votes.set('good/p-4', 'yes')
    votes.set('ghost/p-1', { noteId: 'ghost', voter: 'p-1', castAt: 1 })
    votes.set('nonsense', null)

    expect(listNotes(doc).map((note) => note.id)).toEqual(['good'])
    expect(getNote(doc, 'junk')).toBeUndefined()
    expect(listFrames(doc)).toEqual([
      {
        id: 'squashed',
        kind: 'riskMatrix',
        x: 10,
        y: 0,
        ...frameTemplates.riskMatrix.size,
        createdAt: 0,
      },
    ])
    expect(listVotes(doc)).toHaveLength(1)
    expect(votesFor(doc, 'good')).toBe(1)
    expect(voteCounts(doc)).toEqual({ good: 1 })
    expect(moveNotes(doc, [{ id: 'junk', x: 1, y: 1 }])).toEqual([])
  })

  it('reads garbage meta as defaults', () => {
    const doc = board()
    fill(doc.getMap('meta'), { schemaVersion: 'one', kind: 5, title: { t: 1 }, locale: 'xx' })
    expect(getBoardMeta(doc)).toEqual({
      schemaVersion: 1,
      kind: 'subgroup',
      title: '',
      locale: 'fr',
    })
  })

  it('survives recommendations nested past any real document', () => {
    const doc = board()
    let inner = new Y.XmlElement('blockquote')
    const outer = inner
    for (let depth = 0; depth < 100; depth += 1) {
      const next = new Y.XmlElement('blockquote')
      inner.insert(0, [next])
      inner = next
    }
    doc.getXmlFragment('recommendations').insert(0, [outer])
    expect(() => recommendationsText(doc)).not.toThrow()
  })

  it('snapshots a board full of junk without throwing', () => {
    const doc = board()
    addNote(doc, { id: 'ok', category: 'finding', x: 0, y: 0 })
    doc.getMap('notes').set('x', new Uint8Array([1, 2, 3]))
    doc.getMap('frames').set('f', new Y.Text('frame?'))
    doc.getMap('votes').set('ok/p', { noteId: 'ok', voter: 'p', castAt: 'soon' })
    const snapshot = snapshotBoard(doc)
    expect(snapshot.notes.map((note) => note.id)).toEqual(['ok'])
    expect(snapshot.votes).toEqual([{ noteId: 'ok', voter: 'p', castAt: 0 }])
    expect(placementsOf(doc)).toEqual({})
  })
})
