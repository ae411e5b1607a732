import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** The y-websocket wire tags (y-websocket's `messageSync`, `messageAwareness`, ...). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
/** The y-protocols sync sub-tags. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const

/** Increments when the relay's own additions to the protocol change (close codes, limits). */
export const PROTOCOL_VERSION = 1

export type IncomingMessage =
  | { readonly type: 'step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'update'; readonly update: Uint8Array; readonly step2: boolean }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'queryAwareness' }

/**
 * Decodes one frame from a client. Throws (with a reason fit for a log line) on an unknown
 * message type, a truncated varint, trailing bytes or any other malformation: the caller closes
 * that one connection.
 */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame)
  const type = decoding.readVarUint(decoder)
  let message: IncomingMessage
  if (type === MessageType.sync) {
    const syncType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (syncType === SyncType.step1) message = { type: 'step1', stateVector: payload }
    else if (syncType === SyncType.step2) message = { type: 'update', update: payload, step2: true }
    else if (syncType === SyncType.update)
      message = { type: 'update', update: payload, step2: false }
    else throw new UnknownMessageError(`unknown sync message type ${syncType}`)
  } else if (type === MessageType.awareness) {
    message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
  } else if (type === MessageType.queryAwareness) {
    message = { type: 'queryAwareness' }
  } else {
    throw new UnknownMessageError(`unknown message type ${type}`)
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the message')
  return message
}

export class UnknownMessageError extends Error {
  override readonly name = 'UnknownMessageError'
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step1, stateVector)
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step2, update)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.update, update)
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
