import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import * as Y from 'yjs'
import { closed, mapContent, openRaw, syncedClient, type Client } from '../helpers/clients.js'
import { gcUpdate, syncFrame, updateWithMissingParent } from '../helpers/frames.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

interface Scene {
  relay: RunningRelay
  writer: Client
  reader: Client
  attacker: WebSocket
}

/** A room with one writer, one reader and some content, plus an attacker's raw socket. */
async function scene(env: Record<string, string> = {}): Promise<Scene> {
  const relay = await startRelay(env)
  const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'writer' }))
  const reader = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'reader' }))
  writer.doc.getMap('test').set('before', 'intact')
  await waitFor(() => mapContent(reader.doc).before === 'intact')
  const { socket } = await openRaw(
    `${relay.syncUrl}/${ROOM}?token=${await tokenFor({ sub: 'attacker' })}`,
  )
  if (!socket) throw new Error('attacker could not connect')
  return { relay, writer, reader, attacker: socket }
}

/** The room goes on: a new write reaches the reader, and the store holds both writes. */
async function roomIsIntact({ relay, writer, reader }: Scene): Promise<void> {
  writer.doc.getMap('test').set('after', 'intact')
  await waitFor(() => mapContent(reader.doc).after === 'intact')
  expect(mapContent(reader.doc)).toEqual({ before: 'intact', after: 'intact' })
  await relay.close()
  expect((await storedDoc(relay.dataDir, ROOM)).getMap('test').toJSON()).toEqual({
    before: 'intact',
    after: 'intact',
  })
}

describe('relay hazards: bytes from a client', () => {
  const badFrames: Array<[string, () => Uint8Array, number]> = [
    ['a garbage update', () => syncFrame(2, new Uint8Array([9, 200, 3, 44, 1, 0, 77, 12])), 1007],
    ['a zero-length update', () => new Uint8Array([0, 2, 0]), 1007],
    ['a garbage sync step 2', () => syncFrame(1, new Uint8Array([255, 255, 255, 255, 1])), 1007],
    ['a truncated varint', () => new Uint8Array([0x80]), 1007],
    ['an empty frame', () => new Uint8Array([]), 1007],
    ['an unknown message type', () => new Uint8Array([7, 0]), 1003],
    ['an unknown sync message type', () => new Uint8Array([0, 9, 0]), 1003],
    ['a message with trailing bytes', () => new Uint8Array([0, 0, 0, 1, 2, 3]), 1007],
    ['a state vector that does not decode', () => syncFrame(0, new Uint8Array([5, 0x80])), 1007],
    ['a struct of absurd length', () => syncFrame(2, gcUpdate(4242, 0, 2 ** 52)), 1007],
    ['a delete set of absurd length', () => absurdDeleteSet(), 1007],
  ]
  for (const [name, frame, code] of badFrames) {
    it(`closes the sender of ${name} and leaves the room intact`, async () => {
      const room = await scene()
      room.attacker.send(frame())
      expect((await closed(room.attacker)).code).toBe(code)
      await roomIsIntact(room)
    })
  }

  it('refuses a flood of updates whose dependencies never arrive, past the pending limit', async () => {
    const room = await scene({ MAX_PENDING_BYTES: String(256 * 1024) })
    const closing = closed(room.attacker)
    let sent = 0
    for (let i = 0; i < 400 && room.attacker.readyState === room.attacker.OPEN; i++) {
      room.attacker.send(syncFrame(2, updateWithMissingParent(10_000 + i, 50_000)))
      sent++
      await new Promise((done) => setImmediate(done))
    }
    expect((await closing).code).toBe(1007)
    expect(sent).toBeLessThan(400)
    await roomIsIntact(room)
  })

  it('closes a client that sends more than its message rate', async () => {
    const room = await scene({ MAX_MESSAGES_PER_SECOND: '50' })
    const query = new Uint8Array([3])
    for (let i = 0; i < 500; i++) room.attacker.send(query)
    expect((await closed(room.attacker)).code).toBe(1008)
    await roomIsIntact(room)
  })

  it('closes a client whose message is larger than the limit', async () => {
    const room = await scene({ MAX_MESSAGE_BYTES: String(64 * 1024) })
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'x'.repeat(100_000))
    room.attacker.send(syncFrame(2, Y.encodeStateAsUpdate(doc)))
    expect((await closed(room.attacker)).code).toBe(1009)
    await roomIsIntact(room)
  })
})

describe('relay hazards: WebSocket frames', () => {
  it('survives a frame with reserved bits set, closing only that socket', async () => {
    const room = await scene()
    const raw = await rawUpgrade(
      room.relay.port,
      `/sync/${ROOM}?token=${await tokenFor({ sub: 'raw' })}`,
    )
    const ended = new Promise<void>((done) => raw.once('close', () => done()))
    raw.write(Buffer.from([0xf2, 0x82, 0, 0, 0, 0, 0, 0])) // FIN + RSV1-3, binary, masked, 2 bytes
    await ended
    await roomIsIntact(room)
  })
})

/** A TCP socket that completed a WebSocket handshake by hand, to send frames `ws` never would. */
async function rawUpgrade(port: number, path: string): Promise<Socket> {
  const socket = connect(port, '127.0.0.1')
  await new Promise<void>((done) => socket.once('connect', () => done()))
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  )
  const head = await new Promise<string>((done) =>
    socket.once('data', (chunk) => done(String(chunk))),
  )
  expect(head).toMatch(/^HTTP\/1.1 101/)
  return socket
}

function absurdDeleteSet(): Uint8Array {
  const update = new Uint8Array([
    0, 1, 0xd2, 0x09, 1, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x08,
  ])
  return syncFrame(2, update)
}
