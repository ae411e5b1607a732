import * as prng from 'lib0/prng'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { awarenessFrame, awarenessUpdateFrame, syncFrame } from '../helpers/frames.js'

/**
 * Real frames of the y-websocket protocol, made by real Yjs documents and awareness: the
 * seeds that the fuzzer mutates.
 */
export function buildCorpus(gen: prng.PRNG, size = 200): Uint8Array[] {
  const frames: Uint8Array[] = []
  const doc = new Y.Doc()
  doc.clientID = prng.uint32(gen, 1, 2 ** 31)
  const awareness = new Awareness(doc)
  doc.on('update', (update: Uint8Array) => frames.push(syncFrame(2, update)))
  while (frames.length < size) {
    const before = Y.encodeStateVector(doc)
    edit(gen, doc)
    frames.push(syncFrame(0, Y.encodeStateVector(doc)))
    frames.push(syncFrame(1, Y.encodeStateAsUpdate(doc, before)))
    awareness.setLocalStateField('cursor', {
      x: prng.int32(gen, 0, 2000),
      y: prng.int32(gen, 0, 2000),
    })
    frames.push(awarenessUpdateFrame(encodeAwarenessUpdate(awareness, [doc.clientID])))
    frames.push(new Uint8Array([3]))
  }
  frames.push(awarenessFrame([[doc.clientID, 1, 'null']]))
  awareness.destroy()
  doc.destroy()
  return frames
}

function edit(gen: prng.PRNG, doc: Y.Doc): void {
  const choice = prng.int32(gen, 0, 5)
  const text = doc.getText('text')
  const map = doc.getMap('map')
  const array = doc.getArray('array')
  if (choice === 0) text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 12))
  else if (choice === 1 && text.length > 0) text.delete(prng.int32(gen, 0, text.length - 1), 1)
  else if (choice === 2) map.set(prng.word(gen, 1, 4), prng.int32(gen, 0, 1000))
  else if (choice === 3) array.insert(0, [prng.word(gen, 1, 8)])
  else if (choice === 4) map.set(prng.word(gen, 1, 4), new Y.Map([['x', prng.real53(gen)]]))
  else doc.getXmlFragment('recommendations').insert(0, [new Y.XmlText(prng.word(gen, 1, 20))])
}
