import {
  addNote,
  deleteNote,
  moveNote,
  setNoteText,
  updateNote,
  validateNote,
} from '@atelier/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { reachOf, rootsChanged, type EntryChange } from './update-scope.js'

/** Two replicas: `relay` holds what was synced, `client` makes the next change. */
function replicas() {
  const relay = new Y.Doc()
  const client = new Y.Doc()
  const sync = () => Y.applyUpdate(relay, Y.encodeStateAsUpdate(client, Y.encodeStateVector(relay)))
  const change = (edit: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client)
    edit(client)
    return Y.decodeUpdate(Y.encodeStateAsUpdate(client, before))
  }
  return { relay, client, sync, change }
}

const sorted = (roots: Set<string> | undefined) => (roots ? [...roots].sort() : roots)

describe('rootsChanged', () => {
  it('names the roots of new structs, nested types included', () => {
    const { relay, change } = replicas()
    const update = change((doc) => {
      const note = new Y.Map<unknown>()
      doc.getMap('notes').set('n1', note)
      note.set('text', new Y.Text('Désinformation'))
      doc.getMap('votes').set('v1', true)
    })
    expect(sorted(rootsChanged(relay, update))).toEqual(['notes', 'votes'])
  })

  it('finds the root of text typed into a nested type the relay already holds', () => {
    const { relay, client, sync, change } = replicas()
    const text = new Y.Text('Hameçonnage')
    client.getXmlFragment('recommendations').insert(0, [new Y.XmlText()])
    const note = new Y.Map<unknown>()
    client.getMap('notes').set('n1', note)
    note.set('text', text)
    sync()
    // Typed in the middle: the new struct carries only its neighbours, no parent.
    const middle = change(() => text.insert(4, ' ciblé'))
    expect(sorted(rootsChanged(relay, middle))).toEqual(['notes'])
    const paragraph = client.getXmlFragment('recommendations').get(0) as Y.XmlText
    const typed = change(() => {
      for (const letter of 'Former les agents') paragraph.insert(paragraph.length, letter)
    })
    expect(sorted(rootsChanged(relay, typed))).toEqual(['recommendations'])
  })

  it('names the roots of what an update deletes', () => {
    const { relay, client, sync, change } = replicas()
    client.getXmlFragment('recommendations').insert(0, [new Y.XmlText('Former les agents')])
    client.getMap('notes').set('n1', 'a')
    sync()
    const deletion = change((doc) => doc.getXmlFragment('recommendations').delete(0, 1))
    expect(sorted(rootsChanged(relay, deletion))).toEqual(['recommendations'])
  })

  it('ignores structs the relay already holds, as a client replays them from its cache', () => {
    const { relay, client, sync } = replicas()
    client.getMap('meta').set('title', 'Gouvernance 1')
    client.getMap('notes').set('n1', 'a')
    sync()
    const replay = Y.decodeUpdate(Y.encodeStateAsUpdate(client))
    expect(sorted(rootsChanged(relay, replay))).toEqual([])
    client.getMap('notes').set('n2', 'b')
    const more = Y.decodeUpdate(Y.encodeStateAsUpdate(client))
    expect(sorted(rootsChanged(relay, more))).toEqual(['notes'])
  })

  it('cannot place a struct whose neighbours the relay lacks', () => {
    const { relay, client, change } = replicas()
    client.getText('notes').insert(0, 'abc')
    // Never synced: the relay has not seen "abc", which the next insert sits beside.
    const orphan = change((doc) => doc.getText('notes').insert(1, 'x'))
    expect(rootsChanged(relay, orphan)).toBeUndefined()
  })
})

/** The changes inside the notes, keyed by where they fall, for comparing without order. */
const inNotes = (relay: Y.Doc, update: ReturnType<typeof Y.decodeUpdate>) =>
  reachOf(relay, update, 'notes')?.entries.map(describeChange).sort()

function describeChange(change: EntryChange): string {
  if (change.target === 'entry') return `${change.kind} ${change.entry}`
  const value = change.value ? `=${JSON.stringify(change.value.plain)}` : ''
  const flags = `${change.newEntry ? ' new' : ''}${change.withEntry ? ' with-note' : ''}`
  return `${change.kind} ${change.entry}.${change.key}${value}${flags}`
}

/** A relay that holds one note, n1, as a participant created it. */
function withNote() {
  const { relay, client, sync, change } = replicas()
  addNote(client, { id: 'n1', category: 'finding', x: 0, y: 0, text: 'Rumeurs' })
  sync()
  return { relay, client, sync, change }
}

describe('reachOf: the keys inside a note', () => {
  it('names the key a set writes on a note the relay holds, with its value', () => {
    const { relay, sync, change } = withNote()
    const hide = change((doc) => updateNote(doc, 'n1', { hidden: true }))
    // `hidden` exists already: the new value names no parent, only its neighbour, the old value.
    expect(hide.structs.every((s) => !(s instanceof Y.Item) || s.parent === null)).toBe(true)
    // Overwriting deletes the value it replaces.
    expect(inNotes(relay, hide)).toEqual(['delete n1.hidden', 'set n1.hidden=true'])
    sync()
    const priority = change((doc) => updateNote(doc, 'n1', { priority: 'high' }))
    expect(inNotes(relay, priority)).toEqual(['set n1.priority="high"'])
  })

  it('names a key set twice in one update, through a neighbour the update holds', () => {
    const { relay, change } = withNote()
    const twice = change((doc) =>
      doc.transact(() => {
        updateNote(doc, 'n1', { priority: 'low' })
        updateNote(doc, 'n1', { priority: 'high' })
      }),
    )
    // The first value, replaced within the transaction, travels without its content.
    expect(inNotes(relay, twice)).toEqual(['set n1.priority', 'set n1.priority="high"'])
  })

  it('names the key a deletion removes', () => {
    const { relay, client, sync, change } = withNote()
    updateNote(client, 'n1', { priority: 'medium' })
    sync()
    const cleared = change((doc) => updateNote(doc, 'n1', { priority: null }))
    expect(inNotes(relay, cleared)).toEqual(['delete n1.priority'])
  })

  it('names the key above a nested value, however deep, without a value of its own', () => {
    const { relay, client, sync, change } = withNote()
    const nested = change((doc) => {
      const map = doc.getMap('notes').get('n1') as Y.Map<unknown>
      const validation = new Y.Map<unknown>()
      map.set('validation', validation)
      validation.set('verdict', 'agreed')
      validation.set('detail', new Y.Map([['decidedAt', 1]]))
    })
    expect(inNotes(relay, nested)).toEqual([
      'set n1.validation',
      'set n1.validation',
      'set n1.validation',
      'set n1.validation',
    ])
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(client, Y.encodeStateVector(relay)))
    const deeper = change((doc) => {
      const map = doc.getMap('notes').get('n1') as Y.Map<unknown>
      const detail = (map.get('validation') as Y.Map<unknown>).get('detail') as Y.Map<unknown>
      detail.set('decidedAt', 2)
    })
    expect(inNotes(relay, deeper)).toEqual(['delete n1.validation', 'set n1.validation'])
    sync()
  })

  it("names a note's text and position as their own keys", () => {
    const { relay, change } = withNote()
    const typed = change((doc) => setNoteText(doc, 'n1', 'Rumeurs ciblées'))
    expect(inNotes(relay, typed)).toEqual(['set n1.text'])
    const moved = change((doc) => moveNote(doc, 'n1', { x: 300, y: 40 }))
    expect(inNotes(relay, moved)).toEqual([
      'delete n1.x',
      'delete n1.y',
      'set n1.x=300',
      'set n1.y=40',
    ])
  })

  it('marks the keys of a note created in the same update, with their values', () => {
    const { relay, change } = replicas()
    const created = change((doc) => addNote(doc, { id: 'n2', category: 'risk', x: 0, y: 0 }))
    const described = inNotes(relay, created)!
    expect(described).toContain('set n2')
    expect(described).toContain('set n2.hidden=false new')
    expect(described.filter((line) => /priority|validation|origin/.test(line))).toEqual([])
    const hidden = change((doc) =>
      addNote(doc, { id: 'n3', category: 'risk', x: 0, y: 0, hidden: true, priority: 'high' }),
    )
    expect(inNotes(relay, hidden)).toContain('set n3.hidden=true new')
    expect(inNotes(relay, hidden)).toContain('set n3.priority="high" new')
  })

  it("marks a verdict as a key of the note, and a deleted note's keys as going with it", () => {
    const { relay, sync, change } = withNote()
    const verdict = change((doc) =>
      validateNote(doc, 'n1', { verdict: 'agreed', priority: 'high' }),
    )
    const [priority, validation, ...rest] = inNotes(relay, verdict)!
    expect(priority).toBe('set n1.priority="high"')
    expect(validation).toMatch(/^set n1\.validation=\{"verdict":"agreed","decidedAt":\d+\}$/)
    expect(rest).toEqual([])
    sync()
    const removed = change((doc) => deleteNote(doc, 'n1'))
    const described = inNotes(relay, removed)!
    expect(described).toContain('delete n1')
    expect(described).toContain('delete n1.hidden with-note')
    expect(described).toContain('delete n1.validation with-note')
    expect(described.every((line) => line === 'delete n1' || line.endsWith('with-note'))).toBe(true)
  })
})
