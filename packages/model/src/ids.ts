import type * as Y from 'yjs'

const counters = new WeakMap<Y.Doc, number>()

/**
 * A new id for a record in `map`: the prefix, this peer's client id and a per-document counter.
 * Yjs already relies on client ids being unique among a document's peers, so two peers never
 * mint the same id, and a seeded test gets the same ids on every run.
 */
export function newId(doc: Y.Doc, prefix: string, taken: (id: string) => boolean): string {
  let counter = counters.get(doc) ?? 0
  let id: string
  do {
    counter += 1
    id = `${prefix}${doc.clientID.toString(36)}-${counter.toString(36)}`
  } while (taken(id))
  counters.set(doc, counter)
  return id
}
