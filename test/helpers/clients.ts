import { onTestFinished } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { waitFor } from './relay.js'

export interface Client {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  destroy(): void
}

/**
 * A stock y-websocket client, as a browser would run it (with `ws` in Node, and without the
 * BroadcastChannel that would let clients of one process bypass the relay).
 */
export function connectClient(
  syncUrl: string,
  room: string,
  token: string,
  options: { doc?: Y.Doc; connect?: boolean } = {},
): Client {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  })
  const client = {
    doc,
    provider,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  onTestFinished(() => client.destroy())
  return client
}

/** Connects a client and waits until its first sync with the relay has completed. */
export async function syncedClient(syncUrl: string, room: string, token: string): Promise<Client> {
  const client = connectClient(syncUrl, room, token)
  await waitFor(() => client.provider.synced, 10_000)
  return client
}

/** The closing code and reason of a raw socket, or of its refused handshake (`status`). */
export interface RawOutcome {
  readonly status?: number
  readonly code?: number
  readonly reason?: string
}

/** Opens a raw WebSocket and reports whether the handshake was refused and with which status. */
export function openRaw(url: string): Promise<{ socket?: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url)
    socket.binaryType = 'nodebuffer'
    socket.once('open', () => resolve({ socket }))
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode })
      response.resume()
      socket.terminate()
    })
    socket.once('error', () => resolve({ status: -1 }))
    onTestFinished(() => socket.terminate())
  })
}

/** Resolves with the close code and reason when the relay closes the socket. */
export function closed(socket: WebSocket): Promise<RawOutcome> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve({ code: -1 })
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
}

/** Text of a Y.Map of strings, for convergence checks. */
export function mapContent(doc: Y.Doc, name = 'test'): Record<string, unknown> {
  return doc.getMap(name).toJSON()
}
