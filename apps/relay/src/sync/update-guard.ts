import { NOTES_ROOT, decidesNotes } from '@atelier/model'
import * as Y from 'yjs'
import { refuseNoteChanges } from './note-guard.js'
import { reachOf } from './update-scope.js'

/**
 * Clocks count the structs one Yjs client has made: a person typing for years stays far below
 * 2^32. Past it, an update is an attack (a GC struct of length 2^52 pushes a clock to 4.5e15).
 */
export const MAX_CLOCK = 2 ** 32

export interface UpdateLimits {
  /** Bytes a document may hold in structs whose dependencies have not arrived. */
  readonly maxPendingBytes: number
}

/**
 * Why an update was refused: it is `invalid` (it does not decode, or would harm the relay) or
 * `out-of-scope` (valid, but it changes a part of the board its sender's role may not write).
 */
export type UpdateVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly refusal: 'invalid' | 'out-of-scope'; readonly reason: string }

const invalid = (reason: string): UpdateVerdict => ({ ok: false, refusal: 'invalid', reason })
const outOfScope = (reason: string): UpdateVerdict => ({
  ok: false,
  refusal: 'out-of-scope',
  reason,
})

/** Who sends an update: their role, and the top-level types it may change (undefined: all). */
export interface UpdateWriter {
  readonly role: string
  readonly scope?: ReadonlySet<string> | undefined
}

/**
 * Checks an update from a client before it reaches the room's document: it must decode fully
 * (structs and delete set), keep every clock bounded, and not push the document's pending
 * structs past the limit; and, when the sender may write only some of the board's top-level
 * types (`writer.scope`), change nothing outside them, nor, unless the sender is the facilitator,
 * a note's moderation and decision keys or (outside open writing) add a note straight to the
 * board (see `note-guard.ts`). Decoding first matters: y-protocols' `readSyncStep2` swallows
 * `applyUpdate` errors, and a delete set that fails to decode only does so after the structs
 * before it were integrated.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  limits: UpdateLimits,
  writer?: UpdateWriter,
): UpdateVerdict {
  if (update.length === 0) return invalid('empty update')
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch (error) {
    return invalid(`update does not decode: ${(error as Error).message}`)
  }
  const firstClock = new Map<number, number>()
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id
    if (clock + struct.length > MAX_CLOCK) return invalid('struct clock out of bounds')
    if (!firstClock.has(client)) firstClock.set(client, clock)
  }
  for (const deletes of decoded.ds.clients.values()) {
    for (const item of deletes) {
      if (item.clock + item.len > MAX_CLOCK) return invalid('delete out of bounds')
    }
  }
  if (leavesGap(doc, firstClock) && pendingBytes(doc) + update.length > limits.maxPendingBytes) {
    return invalid('too many structs with missing dependencies')
  }
  if (writer && (writer.scope || !decidesNotes(writer.role))) {
    return checkScope(doc, decoded, writer)
  }
  return { ok: true }
}

/** Bytes the document keeps for structs and deletes still waiting for their dependencies. */
export function pendingBytes(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store
  return (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0)
}

function leavesGap(doc: Y.Doc, firstClock: Map<number, number>): boolean {
  for (const [client, clock] of firstClock) {
    if (clock > Y.getState(doc.store, client)) return true
  }
  return false
}

function checkScope(
  doc: Y.Doc,
  decoded: ReturnType<typeof Y.decodeUpdate>,
  writer: UpdateWriter,
): UpdateVerdict {
  const reach = reachOf(doc, decoded, NOTES_ROOT)
  if (reach === undefined) return outOfScope('update depends on content the board lacks')
  for (const root of reach.roots) {
    if (writer.scope && !writer.scope.has(root)) return outOfScope(`role may not change "${root}"`)
  }
  const refusal = refuseNoteChanges(doc, reach.entries, writer.role)
  return refusal === undefined ? { ok: true } : outOfScope(refusal)
}
