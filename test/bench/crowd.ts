/**
 * The clients of a benchmark's client process (`clients.ts`, `scale/clients.ts`): many stock
 * y-websocket clients, as browsers run them, in one process and so on one clock. Writers set
 * entries in the notes map at a fixed rate; readers record each entry's latency from its content,
 * counted only while the measured window is open. The orchestrator drives the process over IPC.
 */
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { ClientCommand, ClientReport } from './client-process.js'
import { Samples } from './stats.js'

const CONNECT_TIMEOUT_MS = 90_000
const LIFETIME_MS = 15 * 60_000

interface AwarenessChange {
  readonly added: readonly number[]
  readonly updated: readonly number[]
}

/** One client's place: the room it joins on which server, planned before the clock starts. */
export interface Seat {
  readonly serverUrl: string
  readonly room: string
  /** The client's number over the whole load. */
  readonly index: number
  /** Its place in its room: the first seats of each room write. */
  readonly seat: number
  /** The URL parameters of its connection (Atelier's token). */
  readonly params: Record<string, string>
}

export interface BenchClient {
  readonly index: number
  readonly seat: number
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly entries: Y.Map<{ t: number }>
}

/** What the readers saw during the measured window, before the caller picks its figures. */
export interface Window {
  readonly seconds: number
  readonly deliveries: number
  /** Entries written by the writers in the window times the readers of their room. */
  readonly expected: number
  /** Every delivery's latency in milliseconds, sorted. */
  readonly latencies: Float64Array
  /** The latencies of the deliveries the crowd's `picks` chose, sorted. */
  readonly picked: Float64Array
  /** Times a client lost its connection after its first sync. */
  readonly disconnects: number
  /** Awareness states received from the others, per client and per other client of its room. */
  readonly awarenessRounds: number
}

/** Whether a delivery, of the entry `key` (`<writer index>-<n>`) to `reader`, counts apart. */
export type Picks = (reader: BenchClient, key: string) => boolean

/** Wall-clock milliseconds with sub-millisecond precision; all clients share this clock. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

/** Sends a report to the orchestrator; resolves once it is on its way. */
export function report(message: ClientReport<unknown>): Promise<void> {
  return new Promise((done) => {
    if (!process.send) throw new Error('clients.ts runs as a child process with an IPC channel')
    process.send(message, undefined, {}, () => done())
  })
}

/** The clients of one process, their writers' timers and what their readers saw. */
export class Crowd {
  private clients: BenchClient[] = []
  private readonly timers: NodeJS.Timeout[] = []
  private lastClose = ''
  /** What the readers see, counted only while the measured window is open. */
  private readonly tally = {
    open: false,
    openedAt: 0,
    deliveries: 0,
    expected: 0,
    disconnects: 0,
    awarenessUpdates: 0,
    latencies: new Samples(),
    picked: new Samples(),
  }

  /** `picks` chooses the deliveries whose latencies are also kept apart (none without it). */
  constructor(private readonly picks?: Picks) {}

  get size(): number {
    return this.clients.length
  }

  /**
   * Creates every client at once and waits until each has synced; resolves with the seconds from
   * the first client's creation to the last one's first sync.
   */
  async connect(seats: readonly Seat[]): Promise<number> {
    const started = performance.now()
    this.clients = seats.map((seat) => this.connectClient(seat))
    await this.allSynced(CONNECT_TIMEOUT_MS)
    return (performance.now() - started) / 1000
  }

  private connectClient({ serverUrl, room, index, seat, params }: Seat): BenchClient {
    const { tally } = this
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(serverUrl, room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params,
      // Clients of one process would otherwise sync through BroadcastChannel, bypassing the relay.
      disableBc: true,
    })
    provider.awareness.setLocalStateField('user', {
      name: `Participant ${index}`,
      color: '#2a9d8f',
    })
    // Written where a participant may write (the notes map), so Atelier checks each update's
    // scope as it would for a participant moving notes.
    const entries = doc.getMap<{ t: number }>('notes')
    const client: BenchClient = { index, seat, doc, provider, entries }
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
        if (this.picks?.(client, key)) tally.picked.add(latency)
      })
    })
    provider.awareness.on('update', ({ added, updated }: AwarenessChange, origin: unknown) => {
      if (origin !== 'local' && tally.open) tally.awarenessUpdates += added.length + updated.length
    })
    provider.on('connection-close', (event) => {
      this.lastClose = event ? `${event.code} ${event.reason}` : 'closed'
    })
    provider.on('status', ({ status }) => {
      if (status === 'disconnected' && provider.synced) tally.disconnects++
    })
    return client
  }

  private allSynced(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs
    return new Promise((resolve, reject) => {
      const check = () => {
        const synced = this.clients.filter((client) => client.provider.synced).length
        if (synced === this.clients.length) return resolve()
        if (performance.now() > deadline) {
          const close = this.lastClose ? `; last close: ${this.lastClose}` : ''
          return reject(
            new Error(
              `only ${synced} of ${this.clients.length} clients synced in ${timeoutMs / 1000} s${close}`,
            ),
          )
        }
        setTimeout(check, 20)
      }
      check()
    })
  }

  /**
   * The first `writersPerRoom` seats of each room write `writesPerSecond` entries each, their
   * phases spread evenly over one period.
   */
  startWriting(writersPerRoom: number, clientsPerRoom: number, writesPerSecond: number): void {
    const period = 1000 / writesPerSecond
    const writers = this.clients.filter((client) => client.seat < writersPerRoom)
    writers.forEach((writer, order) => {
      let sequence = 0
      const write = () => {
        writer.entries.set(`${writer.index}-${sequence++}`, { t: now() })
        if (this.tally.open) this.tally.expected += clientsPerRoom - 1
      }
      const phase = (order / writers.length) * period
      this.timers.push(setTimeout(() => this.timers.push(setInterval(write, period)), phase))
    })
  }

  openWindow(): void {
    const { tally } = this
    tally.deliveries = 0
    tally.expected = 0
    tally.disconnects = 0
    tally.awarenessUpdates = 0
    tally.latencies.clear()
    tally.picked.clear()
    tally.openedAt = performance.now()
    tally.open = true
  }

  closeWindow(clientsPerRoom: number): Window {
    const { tally } = this
    tally.open = false
    const peers = this.clients.length * (clientsPerRoom - 1)
    return {
      latencies: tally.latencies.sorted(),
      picked: tally.picked.sorted(),
      seconds: (performance.now() - tally.openedAt) / 1000,
      deliveries: tally.deliveries,
      expected: tally.expected,
      disconnects: tally.disconnects,
      awarenessRounds: peers > 0 ? tally.awarenessUpdates / peers : 0,
    }
  }

  /** Stops writing, closes every client and ends the process with `code`. */
  leave(code: number): never {
    for (const timer of this.timers) clearTimeout(timer)
    for (const client of this.clients) {
      client.provider.destroy()
      client.doc.destroy()
    }
    process.exit(code)
  }
}

/**
 * Runs a client process: `start` connects the load and reports `connected`, `measure` opens the
 * window, `stop` reports what `observe` makes of the window and leaves. A failure is reported and the
 * process leaves with 1; it also leaves when the orchestrator goes away, and after 15 minutes.
 */
export function obeyOrchestrator<Start extends { readonly type: 'start' }>(
  crowd: Crowd,
  start: (command: Start) => Promise<void>,
  observe: (started: Start) => unknown,
): void {
  let started: Start | undefined
  const obey = async (command: ClientCommand<Start>) => {
    if (command.type === 'start') {
      started = command
      await start(command)
    } else if (command.type === 'measure') crowd.openWindow()
    else if (started) {
      await report({ type: 'observed', observed: observe(started) })
      crowd.leave(0)
    }
  }
  // Every WebsocketProvider listens for the process's exit; a load holds up to 2000 of them.
  process.setMaxListeners(0)
  process.on('message', (command: ClientCommand<Start>) => {
    obey(command).catch(async (error: unknown) => {
      await report({ type: 'failed', message: (error as Error).message ?? String(error) })
      crowd.leave(1)
    })
  })
  process.on('disconnect', () => crowd.leave(0))
  setTimeout(() => crowd.leave(2), LIFETIME_MS).unref()
}
