import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docStore } from './doc-store.js'

const titleStore = (doc: Y.Doc) => {
  const meta = doc.getMap<string>('meta')
  return docStore(
    (listener) => {
      meta.observe(listener)
      return () => meta.unobserve(listener)
    },
    () => ({ title: meta.get('title') }),
  )
}

describe('docStore', () => {
  it('keeps one value between changes and reads again after one', () => {
    const doc = new Y.Doc()
    const store = titleStore(doc)
    let calls = 0
    const stop = store.subscribe(() => (calls += 1))
    const first = store.snapshot()
    expect(store.snapshot()).toBe(first)
    doc.getMap('meta').set('title', 'Gouvernance')
    expect(calls).toBe(1)
    expect(store.snapshot()).toEqual({ title: 'Gouvernance' })
    stop()
  })

  it('sees an update that arrived after the render read it and before the subscription', () => {
    const doc = new Y.Doc()
    const store = titleStore(doc)
    // The render reads the empty board; the first sync lands before React subscribes.
    expect(store.snapshot()).toEqual({ title: undefined })
    const remote = new Y.Doc()
    remote.getMap('meta').set('title', 'Feuille de route')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote))
    const stop = store.subscribe(() => undefined)
    expect(store.snapshot()).toEqual({ title: 'Feuille de route' })
    stop()
  })
})
