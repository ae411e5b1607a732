import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rootsChanged } from './update-scope.js'

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
