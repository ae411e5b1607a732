import { isLocked } from '@atelier/model'
import * as Y from 'yjs'

/**
 * Whether an update from a connection with this role must be refused because the facilitator
 * locked the board. Only an update that would change something is refused: the empty sync step
 * 2 every client sends on connecting, or structs the board already holds, pass, so that a
 * participant can still open a locked board and follow it.
 */
export function refusedByLock(doc: Y.Doc, role: string, update: Uint8Array): boolean {
  if (role === 'facilitator' || !isLocked(doc)) return false
  return changesBoard(doc, Y.decodeUpdate(update))
}

/** Whether applying the (already checked) update would add a struct or delete an item. */
function changesBoard(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>): boolean {
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  for (const [client, deletes] of decoded.ds.clients) {
    const known = Y.getState(doc.store, client)
    const structs = doc.store.clients.get(client) ?? []
    for (const { clock, len } of deletes) {
      // A deletion of what the board has not received yet would apply once it arrives.
      if (clock + len > known) return true
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index]!
        if (struct.id.clock >= clock + len) break
        if (struct instanceof Y.Item && !struct.deleted) return true
      }
    }
  }
  return false
}
