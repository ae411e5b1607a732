import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Room } from '../sync/room.js'
import type { Reservation, Rooms } from '../sync/rooms.js'
import type { SyncLog } from '../sync/types.js'
import type { BoardKey } from '../storage/types.js'
import { UpstreamRefusal, type UpstreamClient } from './client.js'
import { covers } from './coverage.js'
import type { UpstreamTarget } from './target.js'

/** Where one board stands with the upstream, as the facilitator's console shows it. */
export const BoardSyncState = {
  /** The upstream cannot be reached: the room works on, its changes wait. */
  offline: 'offline',
  /** Connected; the upstream has not yet confirmed holding everything the venue has. */
  syncing: 'syncing',
  /** Connected, and the upstream holds everything the venue has, and the venue everything it has. */
  inSync: 'in-sync',
  /** The upstream closed the connection for good (token expired, board deleted there). */
  refused: 'refused',
} as const
export type BoardSyncState = (typeof BoardSyncState)[keyof typeof BoardSyncState]

export interface BoardUpstreamStatus {
  readonly board: string
  readonly state: BoardSyncState
  /** Local changes the upstream has not confirmed holding yet (at least 1 when unknown). */
  readonly pendingChanges: number
  /** When the upstream last answered anything about this board (ms since the epoch). */
  readonly lastContact: number | null
  readonly error: string | null
}

/** How often the bridge asks and retries; tests and deployments share the same values. */
export interface BridgeTiming {
  /** Delay between a local change and asking the upstream whether it holds it. */
  readonly confirmAfterMs: number
  /** How often a bridge asks again while the upstream has not confirmed. */
  readonly retryMs: number
  /** How often a quiet, connected board is checked, which keeps its last contact fresh. */
  readonly heartbeatMs: number
  /** Longest wait between two reconnection attempts. */
  readonly maxBackoffMs: number
}

/** Changes that came from the upstream, applied into the local room: never sent back up. */
const FROM_UPSTREAM = Symbol('atelier:upstream')
/** Changes of the local room, applied into the mirror: the provider sends them up. */
const FROM_VENUE = Symbol('atelier:venue')
/** The author the local store records for changes that came from the upstream. */
export const UPSTREAM_AUTHOR = 'atelier:upstream'

interface BridgeDeps {
  readonly rooms: Rooms
  readonly target: UpstreamTarget
  readonly client: UpstreamClient
  readonly log: SyncLog
  readonly timing: BridgeTiming
  /** Called when the upstream has just confirmed holding everything the venue has. */
  readonly onConfirmed?: () => void
}

/**
 * Replicates one board between the local room and the upstream, through a mirror document that
 * a stock y-websocket client keeps in sync with the upstream. The local room's changes go into
 * the mirror (and up); the upstream's come out of the mirror into the room through
 * `Room.change`, so they are stored, then broadcast, like the relay's own changes. Nothing here
 * waits on the network in a local client's path: the room never waits for the upstream.
 */
export class BoardBridge {
  private readonly mirror = new Y.Doc({ gc: true })
  private readonly provider: WebsocketProvider
  private reservation: Reservation | undefined
  private room: Room | undefined
  private pending = 0
  private confirmed = false
  private contact: number | null = null
  private error: string | null = null
  private refusal: string | null = null
  private probeTimer: NodeJS.Timeout | undefined
  private reattachTimer: NodeJS.Timeout | undefined
  private stopped = false

  constructor(
    readonly key: BoardKey,
    private readonly deps: BridgeDeps,
  ) {
    this.mirror.on('update', this.onMirrorUpdate)
    // In Node each provider listens to the process's exit: one listener per board is expected.
    process.setMaxListeners(process.getMaxListeners() + 1)
    this.provider = new WebsocketProvider(
      deps.target.syncUrl,
      `${key.workshop}/${key.board}`,
      this.mirror,
      {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params: { token: deps.target.token },
        disableBc: true,
        connect: false,
        maxBackoffTime: deps.timing.maxBackoffMs,
        // Asks the upstream again now and then: its answer keeps the connection from being
        // taken for dead, and the last contact fresh, on a board nobody writes on.
        resyncInterval: deps.timing.heartbeatMs,
      },
    )
    // The venue is not a person in the room: it shows no presence upstream.
    this.provider.awareness.setLocalState(null)
    this.provider.on('sync', (synced: boolean) => {
      if (!synced) return
      this.contact = Date.now()
      this.refusal = null
      this.error = null
      this.scheduleProbe(0)
    })
    this.provider.on('connection-error', (event: Event) => {
      // `ws` reports a refused handshake as "Unexpected server response: 401".
      const status = /server response: (\d+)/.exec(String((event as { message?: unknown }).message))
      if (status) this.error = `the upstream refused the connection (${status[1]})`
    })
    this.provider.on('closed', ({ code, reason }: { code: number; reason: string }) => {
      this.refusal = `the upstream closed the connection (${code} ${reason})`
      this.deps.log.warn({ room: key, code, reason }, 'upstream refused the board')
    })
  }

  /** Loads the local room, holds it loaded, and connects to the upstream. */
  async start(): Promise<void> {
    await this.attach()
    if (!this.stopped) this.provider.connect()
  }

  status(): BoardUpstreamStatus {
    const lastMessage = this.provider.wsLastMessageReceived
    const lastContact =
      lastMessage > 0 || this.contact !== null ? Math.max(lastMessage, this.contact ?? 0) : null
    return {
      board: this.key.board,
      state: this.state(),
      pendingChanges: this.pending,
      lastContact,
      error: this.refusal ?? this.error,
    }
  }

  /** Whether the upstream confirmed holding everything the venue has, as of its last answer. */
  get isConfirmed(): boolean {
    return this.confirmed && this.pending === 0
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    clearTimeout(this.probeTimer)
    clearTimeout(this.reattachTimer)
    this.detach()
    this.provider.destroy()
    process.setMaxListeners(Math.max(10, process.getMaxListeners() - 1))
    this.mirror.destroy()
  }

  private state(): BoardSyncState {
    if (this.refusal !== null) return BoardSyncState.refused
    if (!this.provider.wsconnected) return BoardSyncState.offline
    if (!this.provider.synced || !this.isConfirmed) return BoardSyncState.syncing
    return BoardSyncState.inSync
  }

  /**
   * Takes the local room and reconciles it with the mirror: what the room has goes into the
   * mirror (and up), what the mirror holds from the upstream goes into the room.
   */
  private async attach(): Promise<void> {
    const reservation = await this.deps.rooms.reserve(this.key)
    if (this.stopped) {
      reservation.release()
      return
    }
    const { room } = reservation
    this.reservation = reservation
    this.room = room
    const fromRoom = Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(this.mirror))
    Y.applyUpdate(this.mirror, fromRoom, FROM_VENUE)
    if (this.mirror.store.clients.size > 0) {
      const fromMirror = Y.encodeStateAsUpdate(this.mirror, Y.encodeStateVector(room.doc))
      this.intoRoom(fromMirror)
    }
    room.doc.on('update', this.onRoomUpdate)
    room.doc.on('destroy', this.onRoomGone)
  }

  private detach(): void {
    const room = this.room
    if (!room) return
    room.doc.off('update', this.onRoomUpdate)
    room.doc.off('destroy', this.onRoomGone)
    this.room = undefined
    this.reservation?.release()
    this.reservation = undefined
  }

  private readonly onRoomUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_UPSTREAM) return
    Y.applyUpdate(this.mirror, update, FROM_VENUE)
  }

  private readonly onMirrorUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_VENUE) {
      this.pending++
      this.confirmed = false
      this.scheduleProbe(this.deps.timing.confirmAfterMs)
      return
    }
    if (origin === this.provider) {
      this.contact = Date.now()
      this.intoRoom(update)
    }
  }

  /** Stores and broadcasts an upstream change in the local room, as the relay's own change. */
  private intoRoom(update: Uint8Array): void {
    const room = this.room
    // Without a room (it is reloading), the mirror keeps the change until `attach` copies it.
    if (!room) return
    room
      .change(UPSTREAM_AUTHOR, (doc) => Y.applyUpdate(doc, update, FROM_UPSTREAM))
      .catch((error: unknown) => {
        this.deps.log.warn({ err: error, room: this.key }, 'storing an upstream change failed')
      })
  }

  /** The room was unloaded after a storage failure: take it again once it reloads. */
  private readonly onRoomGone = (): void => {
    this.detach()
    if (this.stopped) return
    this.reattachTimer = setTimeout(() => {
      this.attach().catch((error: unknown) => {
        this.deps.log.warn({ err: error, room: this.key }, 'upstream sync lost its room')
        if (!this.stopped) this.onRoomGone()
      })
    }, this.deps.timing.retryMs)
  }

  private scheduleProbe(delayMs: number): void {
    if (this.stopped) return
    clearTimeout(this.probeTimer)
    this.probeTimer = setTimeout(() => void this.probe(), delayMs)
  }

  /**
   * Asks the upstream what it has stored of the board and compares it with the mirror: when it
   * holds everything, the pending changes are confirmed. While disconnected nothing is asked;
   * the next sync asks again.
   */
  private async probe(): Promise<void> {
    this.probeTimer = undefined
    if (this.stopped || !this.provider.wsconnected || !this.provider.synced) return
    try {
      const remote = await this.deps.client.snapshot(this.key.board)
      if (this.stopped) return
      this.contact = Date.now()
      this.error = null
      // Compared with the mirror as it is now: a change made while the answer travelled
      // leaves the board unconfirmed.
      if (covers(remote, Y.snapshot(this.mirror))) {
        const was = this.isConfirmed
        this.pending = 0
        this.confirmed = true
        if (!was) this.deps.onConfirmed?.()
      } else {
        this.confirmed = false
        this.pending = Math.max(this.pending, 1)
      }
    } catch (error) {
      if (this.stopped) return
      this.error =
        error instanceof UpstreamRefusal ? error.message : 'the upstream did not answer in time'
    }
    const { retryMs, heartbeatMs } = this.deps.timing
    this.scheduleProbe(this.isConfirmed ? heartbeatMs : retryMs)
  }
}
