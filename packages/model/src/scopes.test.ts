import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addComment,
  addFrame,
  addNote,
  addRecommendation,
  castVote,
  initBoard,
  updateNote,
  validateNote,
} from './index.js'
import {
  FACILITATOR_NOTE_KEYS,
  isNoteCreationDefault,
  noteCarriesDecision,
  writeScopeOf,
} from './scopes.js'
import { board } from '../testing/support.js'

/** The top-level types a model operation writes, read from the update it produces. */
function rootsWrittenBy(doc: Y.Doc, operation: (doc: Y.Doc) => void): string[] {
  const written = new Set<string>()
  const record = (transaction: Y.Transaction) => {
    for (const type of transaction.changedParentTypes.keys()) {
      let root = type
      while (root._item !== null) root = root._item.parent as typeof root
      written.add(Y.findRootTypeKey(root))
    }
  }
  doc.on('afterTransaction', record)
  operation(doc)
  doc.off('afterTransaction', record)
  return [...written].sort()
}

const may = (role: string, root: string) => {
  const scope = writeScopeOf(role)
  return scope.kind === 'all' || (scope.kind === 'roots' && scope.roots.has(root))
}

describe('write scopes', () => {
  it("covers every top-level type a participant's own operations write", () => {
    const doc = board()
    const recommendation = addRecommendation(doc, { title: 'Former les agents' })
    const written = rootsWrittenBy(doc, (d) => {
      addNote(d, { category: 'risk', x: 0, y: 0, text: 'Hameçonnage' })
      addComment(d, recommendation, { id: 'p-1', name: 'Amina' }, 'Et les jeunes ?')
    })
    expect(written).toEqual(['comments', 'notes'])
    for (const root of written) expect(may('participant', root)).toBe(true)
  })

  it('keeps the votes to the facilitator: others vote through the relay, in secret', () => {
    const doc = board()
    const note = addNote(doc, { category: 'risk', x: 0, y: 0 })
    expect(rootsWrittenBy(doc, (d) => castVote(d, 'p-1', note))).toEqual(['votes'])
    expect(may('facilitator', 'votes')).toBe(true)
    expect(may('rapporteur', 'votes')).toBe(false)
    expect(may('participant', 'votes')).toBe(false)
  })

  it('keeps the recommendations to rapporteurs and the facilitator', () => {
    const written = rootsWrittenBy(board(), (d) => addRecommendation(d, { title: 'Former' }))
    expect(written).toEqual(['recommendations'])
    expect(may('rapporteur', 'recommendations')).toBe(true)
    expect(may('facilitator', 'recommendations')).toBe(true)
    expect(may('participant', 'recommendations')).toBe(false)
  })

  it("keeps the board's frames and meta to the facilitator", () => {
    const doc = new Y.Doc()
    const written = rootsWrittenBy(doc, (d) => {
      initBoard(d, { kind: 'subgroup', title: 'Gouvernance 1' })
      addFrame(d, 'riskMatrix', { x: 0, y: 0 })
    })
    expect(written).toEqual(['frames', 'meta'])
    for (const root of written) {
      expect(may('facilitator', root)).toBe(true)
      expect(may('rapporteur', root)).toBe(false)
      expect(may('participant', root)).toBe(false)
    }
  })

  it('lets an observer, or a role it does not know, write nothing', () => {
    expect(writeScopeOf('observer')).toEqual({ kind: 'none' })
    expect(writeScopeOf('admin')).toEqual({ kind: 'none' })
    expect(writeScopeOf('__proto__')).toEqual({ kind: 'none' })
  })
})

describe("a note's facilitator keys", () => {
  it('lists the keys of moderation and decisions, and no key a participant edits', () => {
    expect([...FACILITATOR_NOTE_KEYS].sort()).toEqual([
      'hidden',
      'origin',
      'priority',
      'validation',
    ])
    for (const key of ['text', 'category', 'x', 'y', 'w', 'h', 'tags', 'colour', 'author']) {
      expect(FACILITATOR_NOTE_KEYS.has(key)).toBe(false)
    }
  })

  it("allows exactly what addNote writes under them by default on a participant's note", () => {
    const doc = board()
    const id = addNote(doc, {
      category: 'finding',
      x: 0,
      y: 0,
      author: { id: 'p-1', name: 'Amina' },
    })
    const map = doc.getMap('notes').get(id) as Y.Map<unknown>
    for (const key of FACILITATOR_NOTE_KEYS) {
      if (map.has(key)) expect(isNoteCreationDefault(key, map.get(key))).toBe(true)
    }
    expect(map.get('hidden')).toBe(false)
    expect(isNoteCreationDefault('hidden', true)).toBe(false)
    expect(isNoteCreationDefault('priority', 'high')).toBe(false)
    expect(isNoteCreationDefault('text', false)).toBe(false)
  })

  it('says which notes hold a decision', () => {
    const doc = board()
    const plain = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const hidden = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const agreed = addNote(doc, { category: 'finding', x: 0, y: 0 })
    updateNote(doc, hidden, { hidden: true })
    validateNote(doc, agreed, { verdict: 'agreed', priority: 'high' })
    expect(noteCarriesDecision(doc, plain)).toBe(false)
    expect(noteCarriesDecision(doc, hidden)).toBe(true)
    expect(noteCarriesDecision(doc, agreed)).toBe(true)
    expect(noteCarriesDecision(doc, 'n-missing')).toBe(false)
  })
})
