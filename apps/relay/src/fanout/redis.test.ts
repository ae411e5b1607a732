import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import type { FanoutRoom } from '../sync/fanout.js'
import { RedisFanout } from './redis.js'
import { entryFields, EntryKind, streamKey } from './stream.js'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const BOARD = { workshop: 'tanger', board: 'group-1' }
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** A room that records what the fan-out hands it. */
class RecordingRoom implements FanoutRoom {
  readonly updates: number[][] = []
  readonly presence: string[] = []
  catchUps = 0
  receiveUpdate(update: Uint8Array): void {
    this.updates.push([...update])
  }
  receivePresence(_update: Uint8Array, instance: string): void {
    this.presence.push(instance)
  }
  catchUp(): Promise<void> {
    this.catchUps++
    return Promise.resolve()
  }
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function setUp() {
  const prefix = `atelier-test-${randomBytes(6).toString('hex')}:`
  const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 0, retryStrategy: () => null })
  admin.on('error', () => undefined)
  await admin.ping().catch((error: unknown) => {
    admin.disconnect()
    throw new Error(`Redis is unreachable at ${REDIS_URL}: ${String(error)}`)
  })
  const fanout = new RedisFanout({ url: REDIS_URL, prefix, log: silent, blockMs: 1000 })
  cleanups.push(async () => {
    await fanout.close()
    const keys = await admin.keys(`${prefix}*`)
    if (keys.length > 0) await admin.del(...keys)
    admin.disconnect()
  })
  const deadline = Date.now() + 5000
  // The feed takes its position only once the fan-out is connected.
  for (;;) {
    const feed = await fanout.follow(BOARD)
    if ((feed as unknown as { position?: string }).position !== undefined) {
      const room = new RecordingRoom()
      feed.attach(room)
      return { admin, fanout, feed, room, key: streamKey(prefix, BOARD) }
    }
    feed.close()
    if (Date.now() > deadline) throw new Error('the fan-out did not connect to Redis')
    await new Promise((done) => setTimeout(done, 20))
  }
}

const waitUntil = async (check: () => boolean) => {
  const deadline = Date.now() + 5000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((done) => setTimeout(done, 10))
  }
}

describe('the Redis fan-out of one instance', () => {
  it('hands the room what other instances publish, skipping its own entries', async () => {
    const { admin, fanout, feed, room, key } = await setUp()
    feed.publishUpdate(new Uint8Array([1, 2, 3]))
    await admin.xadd(key, '*', ...entryFields('other', 1, EntryKind.update, new Uint8Array([9])))
    await admin.xadd(key, '*', ...entryFields('other', 2, EntryKind.presence, new Uint8Array([0])))
    await waitUntil(() => room.presence.length === 1)
    expect(room.updates).toEqual([[9]])
    expect(room.presence).toEqual(['other'])
    expect(room.catchUps).toBe(0)
    // Its own entry is in the stream, tagged with its instance id, for the others.
    const entries = await admin.xrange(key, '-', '+')
    expect(entries.map(([, fields]) => fields[1])).toEqual([fanout.instance, 'other', 'other'])
  })

  it('reads storage again when entries of another instance were trimmed before it read them', async () => {
    const { admin, room, key } = await setUp()
    await admin.xadd(key, '*', ...entryFields('other', 1, EntryKind.update, new Uint8Array([1])))
    await waitUntil(() => room.updates.length === 1)
    // 300 entries in one transaction, the stream capped at about 10: the reader, blocked, is
    // served after the trimming and never sees most of them.
    const burst = admin.multi()
    for (let seq = 2; seq <= 301; seq++) {
      const fields = entryFields('other', seq, EntryKind.update, new Uint8Array([seq % 256]))
      burst.xadd(key, 'MAXLEN', '~', 10, '*', ...fields)
    }
    await burst.exec()
    expect(await admin.xlen(key)).toBeLessThan(300)
    await waitUntil(() => room.catchUps === 1)
    expect(room.updates.length).toBeLessThan(301)
  })

  it('does not read storage again for entries it read twice', async () => {
    const { admin, room, key } = await setUp()
    const entry = entryFields('other', 1, EntryKind.update, new Uint8Array([1]))
    await admin.xadd(key, '*', ...entry)
    await admin.xadd(key, '*', ...entry)
    await admin.xadd(key, '*', ...entryFields('other', 2, EntryKind.update, new Uint8Array([2])))
    await waitUntil(() => room.updates.length === 3)
    expect(room.catchUps).toBe(0)
  })
})
