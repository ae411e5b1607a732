import { expect } from 'vitest'
import * as Y from 'yjs'
import { AtelierModelError } from '../src/errors.js'

/** A fresh board document with a fixed client id, so generated ids repeat from run to run. */
export function board(clientID = 1): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

/** Exchanges everything two documents know, both ways. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

/** Runs `change`, expects it to throw an AtelierModelError with `code`, and the doc unchanged. */
export function expectRefused(doc: Y.Doc, code: string, change: () => unknown): AtelierModelError {
  const before = Y.encodeStateVector(doc)
  let updates = 0
  const count = () => (updates += 1)
  doc.on('update', count)
  try {
    change()
  } catch (error) {
    expect(error).toBeInstanceOf(AtelierModelError)
    expect((error as AtelierModelError).code).toBe(code)
    expect(updates).toBe(0)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    return error as AtelierModelError
  } finally {
    doc.off('update', count)
  }
  throw new Error(`expected ${code}, but the change went through`)
}
