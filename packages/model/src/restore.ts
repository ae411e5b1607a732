import * as Y from 'yjs'
import { COMMENTS_FIELD } from './comments.js'
import { DocKey } from './schema.js'

/**
 * The board's top-level maps. Every map a future field adds to the document belongs here too,
 * so that restoring a version brings it back (`restore.test.ts` fails on a forgotten one).
 */
export const RESTORED_MAPS = [
  DocKey.meta,
  DocKey.notes,
  DocKey.frames,
  DocKey.votes,
  COMMENTS_FIELD,
] as const
export const RESTORED_FRAGMENTS = [DocKey.recommendations] as const

/**
 * Brings a board back to a saved version (a whole-board Yjs update), as one new change that every
 * client receives: what the version lacks is deleted, what differs is written again, and
 * nothing is removed from the document's history. Records equal in both are left untouched, so a
 * restore after an accidental wipe rewrites only what the wipe removed.
 *
 * @example restoreBoard(room.doc, await store.loadVersion(key, id), 'restore')
 */
export function restoreBoard(doc: Y.Doc, version: Uint8Array, origin?: unknown): void {
  const saved = new Y.Doc()
  Y.applyUpdate(saved, version)
  doc.transact(() => {
    for (const name of RESTORED_MAPS) restoreMap(doc.getMap(name), saved.getMap(name))
    for (const name of RESTORED_FRAGMENTS) {
      restoreFragment(doc.getXmlFragment(name), saved.getXmlFragment(name))
    }
  }, origin)
  saved.destroy()
}

function restoreMap(live: Y.Map<unknown>, saved: Y.Map<unknown>): void {
  for (const key of [...live.keys()]) if (!saved.has(key)) live.delete(key)
  for (const [key, value] of saved) {
    const current = live.get(key)
    if (sameValue(current, value)) continue
    live.set(key, copyOf(value))
  }
}

function restoreFragment(live: Y.XmlFragment, saved: Y.XmlFragment): void {
  if (live.toString() === saved.toString()) return
  live.delete(0, live.length)
  // The board's schema has no XML hooks; a peer's stray hook is not brought back.
  const nodes = saved.toArray().filter((node) => !(node instanceof Y.XmlHook))
  live.insert(
    0,
    nodes.map((node) => (node as Y.XmlElement | Y.XmlText).clone()),
  )
}

/** A value ready to be integrated into another document: Yjs types are cloned, plain values kept. */
function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value
}

function sameValue(live: unknown, saved: unknown): boolean {
  if (live instanceof Y.AbstractType || saved instanceof Y.AbstractType) {
    if (!(live instanceof Y.AbstractType) || !(saved instanceof Y.AbstractType)) return false
    if (live.constructor !== saved.constructor) return false
    return JSON.stringify(live.toJSON()) === JSON.stringify(saved.toJSON())
  }
  return JSON.stringify(live) === JSON.stringify(saved)
}
