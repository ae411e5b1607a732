import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** A y-websocket sync frame: `[0, syncType, payload]`. */
export function syncFrame(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** A y-websocket awareness frame carrying the given entries. */
export function awarenessFrame(
  entries: Array<[clientId: number, clock: number, state: string]>,
): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, state)
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
  return encoding.toUint8Array(encoder)
}

/** A y-websocket awareness frame around an encoded awareness update. */
export function awarenessUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A tiny, well-formed update holding one GC struct of the given length (2^52 is the attack). */
export function gcUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 1) // one struct
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
  encoding.writeUint8(encoder, 0) // GC struct
  encoding.writeVarUint(encoder, length)
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}

/**
 * An update whose structs depend on an earlier update of the same client that is never sent:
 * a relay would keep it pending forever.
 */
export function updateWithMissingParent(clientId: number, bytes: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = clientId
  doc.getText('t').insert(0, 'x')
  const before = Y.encodeStateVector(doc)
  doc.getText('t').insert(1, 'y'.repeat(bytes))
  return Y.encodeStateAsUpdate(doc, before)
}
