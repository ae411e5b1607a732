import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { covers } from './coverage.js'

function twins(): [Y.Doc, Y.Doc] {
  const venue = new Y.Doc()
  const upstream = new Y.Doc()
  venue.getMap('notes').set('a', 'Coupures de réseau')
  venue.getMap('notes').set('b', 'Rumeurs')
  Y.applyUpdate(upstream, Y.encodeStateAsUpdate(venue))
  return [venue, upstream]
}

describe('covers', () => {
  it('says a copy holding the same document covers it', () => {
    const [venue, upstream] = twins()
    expect(covers(Y.snapshot(upstream), Y.snapshot(venue))).toBe(true)
  })

  it('sees an insertion the other side lacks', () => {
    const [venue, upstream] = twins()
    venue.getMap('notes').set('c', 'Groupes de quartier')
    expect(covers(Y.snapshot(upstream), Y.snapshot(venue))).toBe(false)
    expect(covers(Y.snapshot(venue), Y.snapshot(upstream))).toBe(true)
  })

  it('sees a deletion the other side lacks, though the state vectors are equal', () => {
    const [venue, upstream] = twins()
    venue.getMap('notes').delete('a')
    expect(Y.encodeStateVector(venue)).toEqual(Y.encodeStateVector(upstream))
    expect(covers(Y.snapshot(upstream), Y.snapshot(venue))).toBe(false)
    Y.applyUpdate(upstream, Y.encodeStateAsUpdate(venue))
    expect(covers(Y.snapshot(upstream), Y.snapshot(venue))).toBe(true)
  })

  it('survives an encoded round trip, as the snapshot crosses the network', () => {
    const [venue, upstream] = twins()
    venue.getText('t').insert(0, 'abc')
    venue.getText('t').delete(1, 1)
    Y.applyUpdate(upstream, Y.encodeStateAsUpdate(venue))
    const remote = Y.decodeSnapshot(Y.encodeSnapshot(Y.snapshot(upstream)))
    expect(covers(remote, Y.snapshot(venue))).toBe(true)
  })
})
