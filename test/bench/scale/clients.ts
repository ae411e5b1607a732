/**
 * The client process of the scale-out benchmark: the relay benchmark's clients (`../clients.ts`:
 * stock y-websocket 3.1.0 providers with awareness on, latency read from the entries' content),
 * spread over one or more relay instances. Every board has clients on every instance, so part
 * of each board's deliveries cross from one instance to another.
 */
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { SignJWT } from 'jose'
import { quantile, Samples } from '../stats.js'
import {
  boardName,
  instanceOf,
  type ScaleCommand,
  type ScaleLoad,
  type ScaleObserved,
  type ScaleReport,
} from './settings.js'

const CONNECT_TIMEOUT_MS = 90_000
const LIFETIME_MS = 15 * 60_000

interface AwarenessChange {
  readonly added: readonly number[]
  readonly updated: readonly number[]
}

interface BenchClient {
  readonly index: number
  readonly seat: number
  readonly instance: number
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly entries: Y.Map<{ t: number }>
}

/** What the readers see, counted only while the measured window is open. */
const tally = {
  open: false,
  openedAt: 0,
  deliveries: 0,
  expected: 0,
  disconnects: 0,
  awarenessUpdates: 0,
  latencies: new Samples(),
  cross: new Samples(),
}

let clients: BenchClient[] = []
let instances = 1
let perBoard = 1
const timers: NodeJS.Timeout[] = []
let lastClose = ''

/** Wall-clock milliseconds with sub-millisecond precision; all clients share this clock. */
function now(): number {
  return performance.timeOrigin + performance.now()
}

function report(message: ScaleReport): Promise<void> {
  return new Promise((done) => {
    if (!process.send) throw new Error('clients.ts runs as a child process with an IPC channel')
    process.send(message, undefined, {}, () => done())
  })
}

/** A participant's token for the board's workshop, signed with the relays' secret. */
async function tokenFor(secret: Uint8Array, board: string, index: number): Promise<string> {
  const [workshop] = board.split('/')
  return new SignJWT({ name: `Participant ${index}`, role: 'participant', workshop })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`p-${index}`)
    .setExpirationTime('2h')
    .sign(secret)
}

function connectClient(
  serverUrl: string,
  board: string,
  index: number,
  seat: number,
  instance: number,
  token: string,
): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(serverUrl, board, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    // Clients of one process would otherwise sync through BroadcastChannel, bypassing the relay.
    disableBc: true,
  })
  provider.awareness.setLocalStateField('user', { name: `Participant ${index}`, color: '#2a9d8f' })
  const entries = doc.getMap<{ t: number }>('notes')
  entries.observe((event) => {
    if (event.transaction.local || !tally.open) return
    const received = now()
    event.changes.keys.forEach((change, key) => {
      if (change.action !== 'add') return
      const entry = entries.get(key)
      if (!entry) return
      const latency = received - entry.t
      tally.deliveries++
      tally.latencies.add(latency)
      // The key is `<writer index>-<n>`: the writer's seat says which instance it wrote to.
      const writer = Number(key.slice(0, key.indexOf('-')))
      if (instanceOf(writer % perBoard, instances) !== instance) tally.cross.add(latency)
    })
  })
  provider.awareness.on('update', ({ added, updated }: AwarenessChange, origin: unknown) => {
    if (origin !== 'local' && tally.open) tally.awarenessUpdates += added.length + updated.length
  })
  provider.on('connection-close', (event) => {
    lastClose = event ? `${event.code} ${event.reason}` : 'closed'
  })
  provider.on('status', ({ status }) => {
    if (status === 'disconnected' && provider.synced) tally.disconnects++
  })
  return { index, seat, instance, doc, provider, entries }
}

async function connectAll(load: ScaleLoad, urls: readonly string[], secret: string): Promise<void> {
  instances = urls.length
  perBoard = load.clientsPerBoard
  const key = new TextEncoder().encode(secret)
  const plan: { board: string; index: number; seat: number; token: string }[] = []
  for (let board = 0; board < load.boards; board++) {
    for (let seat = 0; seat < load.clientsPerBoard; seat++) {
      const index = board * load.clientsPerBoard + seat
      const name = boardName(board)
      plan.push({ board: name, index, seat, token: await tokenFor(key, name, index) })
    }
  }
  const started = performance.now()
  clients = plan.map(({ board, index, seat, token }) => {
    const instance = instanceOf(seat, instances)
    return connectClient(urls[instance] as string, board, index, seat, instance, token)
  })
  await allSynced(CONNECT_TIMEOUT_MS)
  const connectSeconds = (performance.now() - started) / 1000
  startWriting(load)
  await report({ type: 'connected', connectSeconds, connections: clients.length })
}

function allSynced(timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const check = () => {
      const synced = clients.filter((client) => client.provider.synced).length
      if (synced === clients.length) return resolve()
      if (performance.now() > deadline) {
        const close = lastClose ? `; last close: ${lastClose}` : ''
        return reject(
          new Error(
            `only ${synced} of ${clients.length} clients synced in ${timeoutMs / 1000} s${close}`,
          ),
        )
      }
      setTimeout(check, 20)
    }
    check()
  })
}

/** Writers write at the load's rate, their phases spread evenly over one period. */
function startWriting(load: ScaleLoad): void {
  const period = 1000 / load.writesPerSecond
  const writers = clients.filter((client) => client.seat < load.writersPerBoard)
  writers.forEach((writer, order) => {
    let sequence = 0
    const write = () => {
      writer.entries.set(`${writer.index}-${sequence++}`, { t: now() })
      if (tally.open) tally.expected += load.clientsPerBoard - 1
    }
    const phase = (order / writers.length) * period
    timers.push(setTimeout(() => timers.push(setInterval(write, period)), phase))
  })
}

function openWindow(): void {
  tally.deliveries = 0
  tally.expected = 0
  tally.disconnects = 0
  tally.awarenessUpdates = 0
  tally.latencies.clear()
  tally.cross.clear()
  tally.openedAt = performance.now()
  tally.open = true
}

function closeWindow(load: ScaleLoad): ScaleObserved {
  tally.open = false
  const peers = clients.length * (load.clientsPerBoard - 1)
  const sorted = tally.latencies.sorted()
  const cross = tally.cross.sorted()
  return {
    seconds: (performance.now() - tally.openedAt) / 1000,
    deliveries: tally.deliveries,
    expected: tally.expected,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    crossDeliveries: cross.length,
    crossP50: quantile(cross, 0.5),
    crossP99: quantile(cross, 0.99),
    disconnects: tally.disconnects,
    awarenessRounds: peers > 0 ? tally.awarenessUpdates / peers : 0,
  }
}

function leave(code: number): never {
  for (const timer of timers) clearTimeout(timer)
  for (const client of clients) {
    client.provider.destroy()
    client.doc.destroy()
  }
  process.exit(code)
}

let running: ScaleLoad | undefined

async function obey(command: ScaleCommand): Promise<void> {
  if (command.type === 'start') {
    running = command.load
    await connectAll(command.load, command.urls, command.secret)
  } else if (command.type === 'measure') openWindow()
  else if (running) {
    await report({ type: 'observed', observed: closeWindow(running) })
    leave(0)
  }
}

// Every WebsocketProvider listens for the process's exit; the load holds 2000 of them.
process.setMaxListeners(0)
process.on('message', (command: ScaleCommand) => {
  obey(command).catch(async (error: unknown) => {
    await report({ type: 'failed', message: (error as Error).message ?? String(error) })
    leave(1)
  })
})
process.on('disconnect', () => leave(0))
setTimeout(() => leave(2), LIFETIME_MS).unref()
