import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, listNotes } from '@atelier/model'
import { loadConfig } from '@atelier/relay'
import { syncedClient, type Client } from '../helpers/clients.js'
import { adminQuery, freshDatabase } from '../helpers/postgres.js'
import { freshPrefix, privateRedis, REDIS_URL, redisClient } from '../helpers/redis.js'
import { spawnRelay, tokenFor, waitFor, type RelayProcess } from '../helpers/relay.js'

const ROOM = 'tanger/group-1'
const DATA_KEY = randomBytes(32).toString('base64')

const note = (client: Client, text: string) =>
  addNote(client.doc, { category: 'finding', x: 0, y: 0, text })
const texts = (client: Client) =>
  listNotes(client.doc)
    .map((each) => each.text)
    .sort()
const participant = (sub: string, name = sub) => tokenFor({ sub, name, role: 'participant' })
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** One series of a relay's `/metrics`, as a number (undefined when the relay has none). */
async function metric(relay: RelayProcess, name: string): Promise<number | undefined> {
  const text = await (await fetch(`${relay.httpUrl}/metrics`)).text()
  const line = text.split('\n').find((each) => each.startsWith(`${name} `))
  return line === undefined ? undefined : Number(line.split(' ')[1])
}

/** Two relay processes on one Postgres database and one Redis, as a scaled-out deployment runs. */
async function twoInstances(redisUrl: string, prefix: string) {
  const databaseUrl = await freshDatabase()
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    ATELIER_DATA_KEY: DATA_KEY,
  }
  // Started together: they take turns creating the schema.
  const [first, second] = await Promise.all([spawnRelay(env), spawnRelay(env)])
  return { databaseUrl, first, second }
}

/** Waits until every client holds exactly `expected` (sorted), with the relays' logs on failure. */
async function converge(clients: Client[], expected: string[], relays: RelayProcess[]) {
  const sorted = [...expected].sort()
  await waitFor(
    () => clients.every((client) => JSON.stringify(texts(client)) === JSON.stringify(sorted)),
    20_000,
    () =>
      `\nclients: ${JSON.stringify(clients.map((client) => texts(client).length))}` +
      relays.map((relay) => `\n--- relay ${relay.port}\n${relay.output().slice(-3000)}`).join(''),
  )
}

/**
 * Reads the board's stored log and checks that no piece of it was stored twice (each update is
 * stored by the instance its client sent it to, never again by the instances it was fanned out
 * to); returns the notes of the stored board.
 */
async function storedOnce(databaseUrl: string): Promise<string[]> {
  const rows = await adminQuery<{ doc_update: Buffer }>(
    "SELECT doc_update FROM board_updates WHERE workshop = 'tanger' AND board = 'group-1' ORDER BY seq",
    databaseUrl,
  )
  expect(rows.length).toBeGreaterThan(0)
  const ranges = new Map<number, [number, number][]>()
  const updates = rows.map((row) => new Uint8Array(row.doc_update))
  for (const update of updates) {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (struct.constructor.name === 'Skip') continue
      const { client, clock } = struct.id
      const list = ranges.get(client) ?? []
      list.push([clock, clock + struct.length])
      ranges.set(client, list)
    }
  }
  for (const [client, list] of ranges) {
    list.sort((a, b) => a[0] - b[0])
    for (let i = 1; i < list.length; i++) {
      expect(
        list[i]![0],
        `client ${client} stored twice at clock ${list[i]![0]}`,
      ).toBeGreaterThanOrEqual(list[i - 1]![1])
    }
  }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return listNotes(doc)
    .map((each) => each.text)
    .sort()
}

/** Two relay processes start in a few seconds, more on a loaded machine. */
const PROCESSES = 60_000

describe('fan-out between relay instances through Redis (REDIS_URL)', () => {
  it('refuses a REDIS_PREFIX with spaces, and REDIS_URL without a shared Postgres', () => {
    expect(() => loadConfig({ REDIS_PREFIX: 'my prefix' })).toThrow(/REDIS_PREFIX/)
    expect(() => loadConfig({ REDIS_URL: REDIS_URL })).toThrow(/REDIS_URL needs DATABASE_URL/)
    const config = loadConfig({ REDIS_URL, DATABASE_URL: 'postgres://db/atelier' })
    expect(config.REDIS_PREFIX).toBe('atelier:')
  })

  it(
    'brings clients of one board on two instances to the same notes, each update stored once',
    async () => {
      const prefix = await freshPrefix()
      const { databaseUrl, first, second } = await twoInstances(REDIS_URL, prefix)
      const amina = await syncedClient(first.syncUrl, ROOM, await participant('amina'))
      const written: string[] = []
      for (let i = 0; i < 5; i++) {
        note(amina, `amina ${i}`)
        written.push(`amina ${i}`)
      }
      await pause(300)
      // The second instance opens the board after those were written: it reads them from storage.
      const youssef = await syncedClient(second.syncUrl, ROOM, await participant('youssef'))
      expect(texts(youssef)).toEqual([...written].sort())

      const karim = await syncedClient(first.syncUrl, ROOM, await participant('karim'))
      const leila = await syncedClient(second.syncUrl, ROOM, await participant('leila'))
      const clients = [amina, youssef, karim, leila]
      const names = ['amina', 'youssef', 'karim', 'leila']
      for (let round = 0; round < 10; round++) {
        clients.forEach((client, i) => {
          const text = `${names[i]} round ${round}`
          note(client, text)
          written.push(text)
        })
        await pause(10)
      }
      await converge(clients, written, [first, second])
      expect(await storedOnce(databaseUrl)).toEqual([...written].sort())
      // Each instance counts the entries it published and applied (a flush of updates is one).
      for (const relay of [first, second]) {
        expect(await metric(relay, 'atelier_fanout_connected')).toBe(1)
        expect(await metric(relay, 'atelier_fanout_published_total')).toBeGreaterThanOrEqual(1)
        expect(await metric(relay, 'atelier_fanout_received_total')).toBeGreaterThanOrEqual(1)
        expect(await metric(relay, 'atelier_fanout_unpublished_boards')).toBe(0)
      }
      // The stream of the board is under the deployment's prefix.
      const redis = await redisClient()
      expect(await redis.exists(`${prefix}board:${ROOM}`)).toBe(1)
    },
    PROCESSES,
  )

  it(
    "shows a client's presence to the other instance's clients, with its token's name, until it leaves",
    async () => {
      const prefix = await freshPrefix()
      const { first, second } = await twoInstances(REDIS_URL, prefix)
      const amina = await syncedClient(first.syncUrl, ROOM, await participant('amina', 'Amina'))
      const youssef = await syncedClient(
        second.syncUrl,
        ROOM,
        await participant('youssef', 'Youssef'),
      )
      amina.provider.awareness.setLocalStateField('cursor', { x: 12, y: 34 })
      amina.provider.awareness.setLocalStateField('user', {
        name: 'Someone else',
        color: '#123456',
      })
      const aminaId = amina.doc.clientID
      const seen = () =>
        youssef.provider.awareness.getStates().get(aminaId) as
          { cursor?: { x: number }; user?: { name?: string; color?: string } } | undefined
      await waitFor(() => seen()?.cursor?.x === 12, 10_000)
      // The name comes from amina's token, stamped by the instance she is connected to.
      expect(seen()?.user?.name).toBe('Amina')
      expect(seen()?.user?.color).toBe('#123456')

      // A client that joins the other instance later gets her presence with the handshake.
      const karim = await syncedClient(second.syncUrl, ROOM, await participant('karim'))
      await waitFor(() => karim.provider.awareness.getStates().has(aminaId), 5000)

      amina.destroy()
      await waitFor(() => !youssef.provider.awareness.getStates().has(aminaId), 10_000)
      await waitFor(() => !karim.provider.awareness.getStates().has(aminaId), 10_000)
    },
    PROCESSES,
  )

  it(
    'keeps serving each instance’s clients while Redis is away, and converges when it returns',
    async () => {
      const redis = await privateRedis()
      const { databaseUrl, first, second } = await twoInstances(redis.url, 'atelier:')
      const a1 = await syncedClient(first.syncUrl, ROOM, await participant('a1'))
      const a2 = await syncedClient(first.syncUrl, ROOM, await participant('a2'))
      const b1 = await syncedClient(second.syncUrl, ROOM, await participant('b1'))
      const b2 = await syncedClient(second.syncUrl, ROOM, await participant('b2'))
      const all = [a1, a2, b1, b2]
      const written = ['before']
      note(a1, 'before')
      await converge(all, written, [first, second])

      await redis.stop()
      for (let i = 0; i < 5; i++) {
        note(a1, `a while away ${i}`)
        note(b1, `b while away ${i}`)
        written.push(`a while away ${i}`, `b while away ${i}`)
        await pause(20)
      }
      // Each instance still serves its own clients...
      await waitFor(
        () => texts(a2).includes('a while away 4') && texts(b2).includes('b while away 4'),
      )
      expect((await fetch(`${first.httpUrl}/healthz`)).status).toBe(200)
      // ...and a board opened now, on an instance cut off from the other, is served from storage.
      const c1 = await syncedClient(second.syncUrl, 'tanger/group-2', await participant('c1'))
      note(c1, 'elsewhere')
      // Nothing crosses between the instances meanwhile.
      await pause(500)
      expect(texts(a2).some((text) => text.startsWith('b while away'))).toBe(false)
      for (const relay of [first, second]) {
        expect(await metric(relay, 'atelier_fanout_connected')).toBe(0)
        expect(await metric(relay, 'atelier_fanout_unpublished_boards')).toBeGreaterThanOrEqual(1)
      }

      await redis.start()
      await converge(all, written, [first, second])
      for (const relay of [first, second]) {
        expect(relay.output()).toContain('fan-out: Redis is unreachable')
        await waitFor(() => relay.output().includes('fan-out: Redis is back'), 5000, relay.output)
        // Its boards were read again from storage, in case they missed something.
        expect(await metric(relay, 'atelier_fanout_catch_ups_total')).toBeGreaterThanOrEqual(1)
      }
      // And live again afterwards, both ways.
      note(a2, 'after, from a')
      note(b2, 'after, from b')
      written.push('after, from a', 'after, from b')
      await converge(all, written, [first, second])
      const c2 = await syncedClient(first.syncUrl, 'tanger/group-2', await participant('c2'))
      expect(listNotes(c2.doc).map((each) => each.text)).toEqual(['elsewhere'])
      note(c2, 'elsewhere too')
      await waitFor(() => listNotes(c1.doc).length === 2, 10_000)
      expect(await storedOnce(databaseUrl)).toEqual([...written].sort())
    },
    PROCESSES,
  )

  it(
    'recovers from its Redis connections being killed (CLIENT KILL) while clients write',
    async () => {
      const prefix = await freshPrefix()
      const { databaseUrl, first, second } = await twoInstances(REDIS_URL, prefix)
      const instance = /"instance":"([0-9a-f]{12})"/.exec(first.output())?.[1]
      expect(instance, first.output()).toBeDefined()
      const admin = await redisClient()
      const a = await syncedClient(first.syncUrl, ROOM, await participant('a'))
      const b = await syncedClient(second.syncUrl, ROOM, await participant('b'))
      const written: string[] = []
      let killed = 0
      for (let round = 0; round < 20; round++) {
        note(a, `a ${round}`)
        note(b, `b ${round}`)
        written.push(`a ${round}`, `b ${round}`)
        if (round % 4 === 0) {
          const list = (await admin.client('LIST')) as string
          for (const line of list.split('\n')) {
            if (!line.includes(`name=atelier-${instance}-`)) continue
            const id = /\bid=(\d+)/.exec(line)?.[1]
            if (id) killed += Number(await admin.client('KILL', 'ID', id))
          }
        }
        await pause(50)
      }
      expect(killed).toBeGreaterThanOrEqual(2)
      await converge([a, b], written, [first, second])
      await waitFor(() => first.output().includes('fan-out: Redis is back'), 5000, first.output)
      expect(second.output()).not.toContain('fan-out: Redis is unreachable')
      expect(await storedOnce(databaseUrl)).toEqual([...written].sort())
    },
    PROCESSES,
  )

  it(
    'stops a person demoted through one instance from writing through the other, within a sweep, and lets them write again once reinstated',
    async () => {
      const prefix = await freshPrefix()
      const { first, second } = await twoInstances(REDIS_URL, prefix)
      const watcher = await syncedClient(first.syncUrl, ROOM, await participant('watcher'))
      const neighbour = await syncedClient(second.syncUrl, ROOM, await participant('neighbour'))
      const karim = await syncedClient(second.syncUrl, ROOM, await participant('karim'))
      note(karim, 'before')
      await converge([watcher, neighbour, karim], ['before'], [first, second])

      // The facilitator demotes Karim through the first instance; his connection is on the second.
      const facilitator = await tokenFor({ sub: 'fac', role: 'facilitator' })
      const demoted = await fetch(`${first.httpUrl}/api/workshops/tanger/people/karim/demote`, {
        method: 'POST',
        headers: { authorization: `Bearer ${facilitator}` },
      })
      expect(await demoted.json()).toMatchObject({ connections: 0 })
      await waitFor(
        () => second.output().includes('demotions from other instances applied'),
        10_000,
        second.output,
      )
      note(karim, 'while demoted')
      note(neighbour, 'marker')
      await waitFor(() => texts(karim).includes('marker') && texts(watcher).includes('marker'))
      expect(texts(watcher)).toEqual(['before', 'marker'])
      expect(texts(neighbour)).toEqual(['before', 'marker'])

      // Reinstated through the first instance, he writes again through the second within a
      // sweep, and what he wrote while demoted arrives, with no reconnection.
      const reinstated = await fetch(
        `${first.httpUrl}/api/workshops/tanger/people/karim/reinstate`,
        { method: 'POST', headers: { authorization: `Bearer ${facilitator}` } },
      )
      expect(await reinstated.json()).toMatchObject({ writing: true, connections: 0 })
      await waitFor(() => texts(watcher).includes('while demoted'), 10_000, second.output)
      note(karim, 'after')
      await converge(
        [watcher, neighbour, karim],
        ['before', 'marker', 'while demoted', 'after'],
        [first, second],
      )
    },
    PROCESSES,
  )
})
