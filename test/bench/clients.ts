/**
 * The client process of the benchmark: many stock y-websocket clients, as browsers run them,
 * driven by the orchestrator (`run.ts`) over the IPC channel. It connects a load's clients,
 * writes at the load's rate, and reports what the readers saw during the measured tally.
 */
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { LoadKind, roomName, type Command, type Load, type Observed, type Report } from './loads.js'
import { serverNamed } from './servers.js'
import { quantile, Samples } from './stats.js'

const CONNECT_TIMEOUT_MS = 90_000
const LIFETIME_MS = 15 * 60_000

interface AwarenessChange {
  readonly added: readonly number[]
  readonly updated: readonly number[]
}

interface BenchClient {
  readonly index: number
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
}

let clients: BenchClient[] = []
const timers: NodeJS.Timeout[] = []
let lastClose = ''

/** Wall-clock milliseconds with sub-millisecond precision, comparable between clients. */
function now(): number {
  return performance.timeOrigin + performance.now()
}

function report(message: Report): Promise<void> {
  return new Promise((done) => {
    if (!process.send) throw new Error('clients.ts runs as a child process with an IPC channel')
    process.send(message, undefined, {}, () => done())
  })
}

function connectClient(
  serverUrl: string,
  room: string,
  index: number,
  params: Record<string, string>,
): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    // Clients of one process would otherwise sync through BroadcastChannel, bypassing the relay.
    disableBc: true,
  })
  provider.awareness.setLocalStateField('user', { name: `Participant ${index}`, color: '#2a9d8f' })
  // Written where a participant may write (the notes map), so Atelier checks each update's
  // scope as it would for a participant moving notes.
  const entries = doc.getMap<{ t: number }>('notes')
  entries.observe((event) => {
    if (event.transaction.local || !tally.open) return
    const received = now()
    event.changes.keys.forEach((change, key) => {
      if (change.action !== 'add') return
      const entry = entries.get(key)
      if (!entry) return
      tally.deliveries++
      tally.latencies.add(received - entry.t)
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
  return { index, doc, provider, entries }
}

async function connectAll(load: Load, serverName: string, port: number): Promise<void> {
  const server = serverNamed(serverName)
  const serverUrl = server.serverUrl(port)
  const plan: { room: string; index: number; params: Record<string, string> }[] = []
  for (let room = 0; room < load.rooms; room++) {
    for (let seat = 0; seat < load.clientsPerRoom; seat++) {
      const index = room * load.clientsPerRoom + seat
      plan.push({ room: roomName(room), index, params: await server.params(roomName(room), index) })
    }
  }
  const started = performance.now()
  clients = plan.map(({ room, index, params }) => connectClient(serverUrl, room, index, params))
  await allSynced(CONNECT_TIMEOUT_MS)
  const connectSeconds = (performance.now() - started) / 1000
  if (load.kind === LoadKind.traffic) startWriting(load)
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
function startWriting(load: Load): void {
  const period = 1000 / load.writesPerSecond
  const writers = clients.filter(
    (client) => client.index % load.clientsPerRoom < load.writersPerRoom,
  )
  writers.forEach((writer, order) => {
    let sequence = 0
    const write = () => {
      writer.entries.set(`${writer.index}-${sequence++}`, { t: now() })
      if (tally.open) tally.expected += load.clientsPerRoom - 1
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
  tally.openedAt = performance.now()
  tally.open = true
}

function closeWindow(load: Load): Observed {
  tally.open = false
  const peers = clients.length * (load.clientsPerRoom - 1)
  const sorted = tally.latencies.sorted()
  return {
    seconds: (performance.now() - tally.openedAt) / 1000,
    deliveries: tally.deliveries,
    expected: tally.expected,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
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

let running: Load | undefined

async function obey(command: Command): Promise<void> {
  if (command.type === 'start') {
    running = command.load
    await connectAll(command.load, command.server, command.port)
  } else if (command.type === 'measure') openWindow()
  else if (running) {
    await report({ type: 'observed', observed: closeWindow(running) })
    leave(0)
  }
}

// Every WebsocketProvider listens for the process's exit; a load holds up to 2000 of them.
process.setMaxListeners(0)
process.on('message', (command: Command) => {
  obey(command).catch(async (error: unknown) => {
    await report({ type: 'failed', message: (error as Error).message ?? String(error) })
    leave(1)
  })
})
process.on('disconnect', () => leave(0))
setTimeout(() => leave(2), LIFETIME_MS).unref()
