import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { addNote, listNotes, updateNote } from '@atelier/model'
import { startBalancer, type Balancer } from '../helpers/balancer.js'
import { connectClient, syncedClient, type Client } from '../helpers/clients.js'
import { adminQuery, freshDatabase } from '../helpers/postgres.js'
import { privatePostgres } from '../helpers/private-postgres.js'
import { freshPrefix, REDIS_URL } from '../helpers/redis.js'
import { spawnRelay, startRelay, tokenFor, waitFor, type RelayProcess } from '../helpers/relay.js'

/**
 * Issue 8, the faults of a scaled-out deployment: three relay processes on one Postgres and one
 * Redis, behind a non-sticky TCP load balancer, with clients writing through it while an instance
 * is killed or Postgres restarts. (Redis killed and started again empty, and its connections
 * killed, are in fanout.test.ts.)
 */

const WORKSHOP = 'tanger'
const BOARD = 'group-1'
const ROOM = `${WORKSHOP}/${BOARD}`
const DATA_KEY = randomBytes(32).toString('base64')

/** Three relay processes start in a few seconds, more on a loaded machine; each test < 90 s. */
const BOUND = 90_000

interface Named {
  readonly name: string
  readonly client: Client
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))
const note = (client: Client, text: string) =>
  addNote(client.doc, { category: 'finding', x: 0, y: 0, text })
const texts = (doc: Y.Doc) =>
  listNotes(doc)
    .map((each) => each.text)
    .sort()
const participant = (sub: string) => tokenFor({ sub, name: sub, role: 'participant' })

/** `count` relay processes on one database and one Redis prefix, as a scaled-out deployment. */
async function instances(count: number, databaseUrl: string, prefix: string) {
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    ATELIER_DATA_KEY: DATA_KEY,
  }
  // Started together: they take turns creating the schema.
  return Promise.all(Array.from({ length: count }, () => spawnRelay(env)))
}

/** `count` clients of the board, all given the balancer's one address. */
async function clientsThrough(balancer: Balancer, names: string[]): Promise<Named[]> {
  const clients: Named[] = []
  // One after the other, so that the balancer's turns spread them evenly.
  for (const name of names) {
    clients.push({
      name,
      client: await syncedClient(balancer.syncUrl, ROOM, await participant(name)),
    })
  }
  return clients
}

/**
 * Every client writes a note every `everyMs` until stopped, whatever the state of its
 * connection (a browser does not stop its users while it reconnects). Each note's text names its
 * writer, the phase it was written in, and a number.
 */
function startWriters(clients: Named[], everyMs: number) {
  const written: { readonly name: string; readonly text: string; readonly phase: string }[] = []
  const state = { phase: 'before', stopped: false }
  const loops = clients.map(async ({ name, client }, k) => {
    await pause((k * everyMs) / clients.length)
    for (let i = 0; !state.stopped; i++) {
      const text = `${name} ${state.phase} ${i}`
      note(client, text)
      written.push({ name, text, phase: state.phase })
      await pause(everyMs)
    }
  })
  return {
    written,
    setPhase: (phase: string) => {
      state.phase = phase
    },
    stop: async () => {
      state.stopped = true
      await Promise.all(loops)
      return written.map((each) => each.text)
    },
  }
}

/** Waits until every client holds exactly `expected`, with counts and the relays' logs on failure. */
async function converge(clients: Client[], expected: string[], relays: RelayProcess[]) {
  const sorted = JSON.stringify([...expected].sort())
  await waitFor(
    () => clients.every((client) => JSON.stringify(texts(client.doc)) === sorted),
    30_000,
    () =>
      `\nexpected ${expected.length}, clients hold ${JSON.stringify(clients.map((c) => texts(c.doc).length))}` +
      relays.map((relay) => `\n--- relay ${relay.port}\n${relay.output().slice(-2000)}`).join(''),
  )
}

/** The board as the store holds it: every stored update of its log, merged. */
async function storedBoard(databaseUrl: string): Promise<{ doc: Y.Doc; updates: Uint8Array[] }> {
  const rows = await adminQuery<{ doc_update: Buffer }>(
    `SELECT doc_update FROM board_updates WHERE workshop = '${WORKSHOP}' AND board = '${BOARD}' ORDER BY seq`,
    databaseUrl,
  )
  expect(rows.length).toBeGreaterThan(0)
  const updates = rows.map((row) => new Uint8Array(row.doc_update))
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return { doc, updates }
}

/** Fails if any piece of any client's changes was stored twice in the board's log. */
function expectStoredOnce(updates: Uint8Array[]) {
  const ranges = new Map<number, [number, number][]>()
  for (const update of updates) {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (struct.constructor.name === 'Skip') continue
      const list = ranges.get(struct.id.client) ?? []
      list.push([struct.id.clock, struct.id.clock + struct.length])
      ranges.set(struct.id.client, list)
    }
  }
  for (const [client, list] of ranges) {
    list.sort((a, b) => a[0] - b[0])
    for (let i = 1; i < list.length; i++) {
      expect(list[i]![0], `client ${client} stored twice at ${list[i]![0]}`).toBeGreaterThanOrEqual(
        list[i - 1]![1],
      )
    }
  }
}

const names = ['amina', 'youssef', 'karim', 'leila', 'omar', 'salma']

describe('three relay instances behind a non-sticky load balancer, one Postgres, one Redis', () => {
  it(
    'brings clients spread over the three instances to the same board, each update stored once',
    async () => {
      const databaseUrl = await freshDatabase()
      const relays = await instances(3, databaseUrl, await freshPrefix())
      const balancer = await startBalancer(relays.map((relay) => relay.port))
      const clients = await clientsThrough(balancer, names)
      // Round robin: two clients on each instance.
      expect([...balancer.open().values()]).toEqual([2, 2, 2])

      const writers = startWriters(clients, 40)
      await pause(1500)
      const written = await writers.stop()
      expect(written.length).toBeGreaterThan(30)
      // Each client moves its own notes: changes to existing notes cross instances as well.
      for (const [k, { name, client }] of clients.entries()) {
        for (const each of listNotes(client.doc).filter((n) => n.text.startsWith(`${name} `))) {
          updateNote(client.doc, each.id, { x: 100 + k, y: 7 })
        }
      }
      const all = clients.map((each) => each.client)
      await converge(all, written, relays)
      const placed = (doc: Y.Doc) =>
        JSON.stringify(listNotes(doc).map((each) => [each.text, each.x, each.y]))
      await waitFor(() => all.every((client) => placed(client.doc) === placed(all[0]!.doc)), 15_000)
      expect(listNotes(all[0]!.doc).every((each) => each.x >= 100 && each.y === 7)).toBe(true)

      // A newcomer gets the whole board from whichever instance the balancer gives it.
      const [newcomer] = await clientsThrough(balancer, ['nadia'])
      expect(placed(newcomer!.client.doc)).toBe(placed(all[0]!.doc))
      const stored = await storedBoard(databaseUrl)
      expect(placed(stored.doc)).toBe(placed(all[0]!.doc))
      expectStoredOnce(stored.updates)
    },
    BOUND,
  )

  it(
    'moves the clients of an instance killed with SIGKILL to the others, losing no edit',
    async () => {
      const databaseUrl = await freshDatabase()
      const relays = await instances(3, databaseUrl, await freshPrefix())
      const balancer = await startBalancer(relays.map((relay) => relay.port))
      const clients = await clientsThrough(balancer, names)
      const [victim, ...survivors] = relays as [RelayProcess, ...RelayProcess[]]
      expect(balancer.open().get(victim.port)).toBe(2)

      const writers = startWriters(clients, 50)
      await pause(1000)
      // Killed mid-stream: no goodbye, no flush of what it held.
      await victim.kill('SIGKILL')
      writers.setPhase('after-kill')
      await pause(1500)
      // Its two clients came back through the balancer, to the other instances.
      await waitFor(
        () => clients.every(({ client }) => client.provider.wsconnected && client.provider.synced),
        15_000,
      )
      expect(balancer.open().get(victim.port) ?? 0).toBe(0)
      expect(
        survivors.reduce((sum, relay) => sum + (balancer.open().get(relay.port) ?? 0), 0),
      ).toBe(clients.length)
      writers.setPhase('reconnected')
      await pause(1000)
      const written = await writers.stop()
      expect(written.filter((text) => text.includes(' after-kill ')).length).toBeGreaterThan(10)

      // Every client, a newcomer and the store hold every note, each once.
      const all = clients.map((each) => each.client)
      await converge(all, written, survivors)
      const [newcomer] = await clientsThrough(balancer, ['nadia'])
      expect(texts(newcomer!.client.doc)).toEqual([...written].sort())
      expect(texts((await storedBoard(databaseUrl)).doc)).toEqual([...written].sort())
      for (const relay of survivors) expect(relay.child.exitCode).toBeNull()
    },
    BOUND,
  )

  it(
    'neither acknowledges nor loses what clients write while Postgres restarts',
    async () => {
      // A cluster of the test's own: the Postgres other tests share is never restarted.
      const postgres = await privatePostgres()
      const relays = await instances(3, postgres.url, await freshPrefix())
      const balancer = await startBalancer(relays.map((relay) => relay.port))
      const clients = await clientsThrough(balancer, names)
      const all = clients.map((each) => each.client)

      const writers = startWriters(clients, 60)
      await pause(1000)
      await postgres.stop()
      writers.setPhase('down')
      await pause(2500)
      // Nothing written while the store is down reaches anyone else: it was not stored, so not
      // acknowledged. Each client holds only its own.
      for (const { name, client } of clients) {
        const others = texts(client.doc).filter(
          (text) => text.includes(' down ') && !text.startsWith(`${name} `),
        )
        expect(others, `${name} holds others' unstored notes`).toEqual([])
      }
      const downCount = writers.written.filter((each) => each.phase === 'down').length
      expect(downCount).toBeGreaterThan(20)

      await postgres.start()
      writers.setPhase('back')
      await pause(1500)
      const written = await writers.stop()

      // Afterwards every client, a newcomer and the store hold every note, each once.
      await converge(all, written, relays)
      const [newcomer] = await clientsThrough(balancer, ['nadia'])
      expect(texts(newcomer!.client.doc)).toEqual([...written].sort())
      expect(texts((await storedBoard(postgres.url)).doc)).toEqual([...written].sort())
      // No instance died of it, and they counted the refused writes.
      let refused = 0
      for (const relay of relays) {
        expect(relay.child.exitCode, relay.output().slice(-2000)).toBeNull()
        const metrics = await (await fetch(`${relay.httpUrl}/metrics`)).text()
        const match = /atelier_rejected_total\{reason="storage_failed"\} (\d+)/.exec(metrics)
        refused += Number(match?.[1] ?? 0)
      }
      expect(refused).toBeGreaterThan(0)
    },
    BOUND,
  )
})

describe('a relay whose store is slow', () => {
  it(
    'sends a joining client nothing that is still waiting to be stored',
    async () => {
      const databaseUrl = await freshDatabase()
      const relay = await startRelay({ DATABASE_URL: databaseUrl })
      const writer = await syncedClient(relay.syncUrl, ROOM, await participant('amina'))
      // Two transactions of the test's own hold the board's write lock in turn, as a slow or
      // stalled Postgres would: the relay's appends wait behind them.
      const holder = async () => {
        const client = new pg.Client({ connectionString: databaseUrl })
        client.on('error', () => undefined)
        await client.connect()
        onTestFinished(() => client.end())
        return client
      }
      const lock = `SELECT pg_advisory_xact_lock(hashtextextended('board:${ROOM}', 0))`
      const first = await holder()
      const second = await holder()
      await first.query('BEGIN')
      await first.query(lock)
      note(writer, 'one')
      await pause(200)
      // A newcomer asks for the board while "one" is being stored...
      const newcomer = connectClient(relay.syncUrl, ROOM, await participant('youssef'))
      await pause(500)
      // ...the second holder queues for the lock before the relay's next append...
      await second.query('BEGIN')
      const queued = second.query(lock)
      await pause(200)
      // ...and "two" is applied meanwhile: its append waits for the second holder.
      note(writer, 'two')
      await pause(200)
      await first.query('COMMIT')
      await waitFor(() => texts(newcomer.doc).includes('one'), 10_000)
      await queued
      await pause(500)
      expect(texts((await storedBoard(databaseUrl)).doc)).toEqual(['one'])
      // "two" is not stored yet, so the newcomer must not have it.
      expect(texts(newcomer.doc)).toEqual(['one'])
      await second.query('COMMIT')
      await waitFor(() => texts(newcomer.doc).length === 2, 10_000)
      expect(texts((await storedBoard(databaseUrl)).doc)).toEqual(['one', 'two'])
    },
    BOUND,
  )
})
