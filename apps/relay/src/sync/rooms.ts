import { roomName } from '../auth/room.js'
import { AtelierRelayError, RelayError } from '../errors.js'
import type { BoardKey, DocStore } from '../storage/types.js'
import { Connection, type ConnectionIdentity } from './connection.js'
import type { Fanout } from './fanout.js'
import { Room, type RoomContext } from './room.js'
import {
  DEFAULT_SYNC_LIMITS,
  silentMetrics,
  type SyncLimits,
  type SyncLog,
  type SyncMetrics,
  type SyncSocket,
} from './types.js'

export interface RoomsOptions {
  readonly store: DocStore
  readonly log: SyncLog
  readonly limits?: Partial<SyncLimits>
  readonly metrics?: SyncMetrics
  /** The other relay instances serving the same boards (`REDIS_URL`); none by default. */
  readonly fanout?: Fanout
  /**
   * With other instances, how often this one reads who was demoted in the workshops it serves
   * (`applyDemotions`); 2 s by default.
   */
  readonly demotionSweepMs?: number
}

/** A promise of a loaded room that stays loaded until `release` or a connection takes it over. */
export interface Reservation {
  readonly room: Room
  release(): void
}

/**
 * Every loaded room of the process. A room loads on its first reservation (made before the
 * WebSocket handshake, so a board that fails to load refuses the upgrade) and unloads, after
 * storing and compacting, when its last connection has been gone for `roomLingerMs`.
 */
export class Rooms {
  readonly limits: SyncLimits
  private readonly loaded = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly holds = new Map<Room, number>()
  private readonly lingering = new Map<Room, NodeJS.Timeout>()
  private readonly context: RoomContext
  private readonly demotionSweep: NodeJS.Timeout | undefined
  private sweeping = false
  private closing = false

  constructor(private readonly options: RoomsOptions) {
    this.limits = { ...DEFAULT_SYNC_LIMITS, ...options.limits }
    this.context = {
      store: options.store,
      limits: this.limits,
      log: options.log,
      metrics: options.metrics ?? silentMetrics,
      onBroken: (room) => this.forget(room),
    }
    // A facilitator's demotion reaches the instance that received it at once (`demote`); the
    // others read it from the shared store. Polling the store rather than fanning the demotion
    // out keeps one source of truth: a demotion made while Redis was away still arrives.
    if (options.fanout) {
      this.demotionSweep = setInterval(
        () => void this.applyDemotions(),
        options.demotionSweepMs ?? 2000,
      )
      this.demotionSweep.unref()
    }
  }

  get size(): number {
    return this.loaded.size
  }

  get(key: BoardKey): Room | undefined {
    return this.loaded.get(roomName(key))
  }

  /** Loads the board if needed and holds it loaded until the returned reservation is released. */
  async reserve(key: BoardKey): Promise<Reservation> {
    if (this.closing) throw new AtelierRelayError(RelayError.SHUTTING_DOWN, 'relay is stopping')
    const room = await this.open(key)
    this.hold(room)
    let released = false
    return {
      room,
      release: () => {
        if (released) return
        released = true
        this.drop(room)
      },
    }
  }

  /**
   * Runs `use` on a board's live room, loading it for the time of the call if no one is
   * connected: what the relay's own API changes reaches every connected client of the board.
   */
  async using<T>(key: BoardKey, use: (room: Room) => Promise<T> | T): Promise<T> {
    const reservation = await this.reserve(key)
    try {
      return await use(reservation.room)
    } finally {
      reservation.release()
    }
  }

  /** Attaches a socket to a reserved room; the reservation passes to the new connection. */
  connect(socket: SyncSocket, identity: ConnectionIdentity, reservation: Reservation): Connection {
    const { room } = reservation
    const connection = new Connection(socket, identity, room, this.context)
    this.hold(room)
    reservation.release()
    room.join(connection)
    this.context.metrics.connectionsChanged(1)
    return connection
  }

  /** The socket of a connection closed. */
  disconnect(connection: Connection, room: Room): void {
    connection.detach()
    this.context.metrics.connectionsChanged(-1)
    this.drop(room)
  }

  /**
   * Makes every live connection of `sub` in a workshop read-only, at once; returns how many
   * could still write.
   */
  demote(workshop: string, sub: string): number {
    let demoted = 0
    for (const room of this.loaded.values()) {
      if (room.key.workshop !== workshop) continue
      for (const connection of room.connections) {
        if (connection.sub !== sub) continue
        if (connection.canWrite) demoted++
        connection.revokeWriting()
      }
    }
    return demoted
  }

  /**
   * Lets every live connection of `sub` in a workshop write again, at once, and asks each for
   * the edits it made while demoted; returns how many were demoted.
   */
  reinstate(workshop: string, sub: string, demotedBefore = Infinity): number {
    let reinstated = 0
    for (const room of this.loaded.values()) {
      if (room.key.workshop !== workshop) continue
      for (const connection of room.connections) {
        if (connection.sub !== sub) continue
        if ((connection.demotedSince ?? Infinity) >= demotedBefore) continue
        if (connection.restoreWriting()) {
          room.askForMissing(connection)
          reinstated++
        }
      }
    }
    return reinstated
  }

  /**
   * Reads who is demoted in each workshop this instance has writers or demoted people in, and
   * brings its connections here in line: demotions and reinstatements made through another
   * instance, within one sweep. A store that cannot answer leaves things as they are until the
   * next sweep. Returns how many connections lost writing, and how many got it back.
   */
  async applyDemotions(): Promise<{ demoted: number; reinstated: number }> {
    const result = { demoted: 0, reinstated: 0 }
    if (this.sweeping || this.closing) return result
    this.sweeping = true
    try {
      const workshops = new Map<string, Set<string>>()
      for (const room of this.loaded.values()) {
        for (const connection of room.connections) {
          if (!connection.canWrite && connection.demotedSince === undefined) continue
          const demoted = workshops.get(room.key.workshop) ?? new Set()
          if (connection.demotedSince !== undefined) demoted.add(connection.sub)
          workshops.set(room.key.workshop, demoted)
        }
      }
      for (const [workshop, demotedHere] of workshops) {
        // A demotion that reaches this instance while the store is read is newer than the
        // answer: only connections demoted before the read may be reinstated by it.
        const asked = performance.now()
        const subs = await this.options.store.demotedIn(workshop).catch(() => undefined)
        if (!subs) continue
        for (const sub of subs) result.demoted += this.demote(workshop, sub)
        for (const sub of demotedHere) {
          if (!subs.includes(sub)) result.reinstated += this.reinstate(workshop, sub, asked)
        }
      }
      if (result.demoted > 0 || result.reinstated > 0)
        this.options.log.info(result, 'demotions from other instances applied')
      return result
    } finally {
      this.sweeping = false
    }
  }

  /** Stores every room, closes every connection with "going away", and unloads everything. */
  async close(): Promise<void> {
    this.closing = true
    clearInterval(this.demotionSweep)
    for (const timer of this.lingering.values()) clearTimeout(timer)
    const rooms = [...this.loaded.values()]
    await Promise.all(
      rooms.map(async (room) => {
        await room.settle()
        room.closeAll(RelayError.SHUTTING_DOWN, 'relay is stopping')
        room.destroy()
      }),
    )
    this.loaded.clear()
    this.context.metrics.roomsChanged(0)
  }

  private async open(key: BoardKey): Promise<Room> {
    const name = roomName(key)
    const room = this.loaded.get(name)
    if (room) return room
    const pending = this.loading.get(name)
    if (pending) return pending
    if (this.loaded.size + this.loading.size >= this.limits.maxRooms) {
      throw new AtelierRelayError(RelayError.TOO_MANY_ROOMS, 'relay holds its maximum of rooms')
    }
    const load = this.load(key)
      .then((loaded) => {
        this.loaded.set(name, loaded)
        this.context.metrics.roomsChanged(this.loaded.size)
        return loaded
      })
      .finally(() => this.loading.delete(name))
    this.loading.set(name, load)
    return load
  }

  /**
   * Loads a board, following it on the fan-out from just before the storage read: what other
   * instances store meanwhile arrives through the feed, the rest is in storage.
   */
  private async load(key: BoardKey): Promise<Room> {
    const feed = await this.options.fanout?.follow(key)
    let room: Room
    try {
      room = await Room.load(key, this.context)
    } catch (error) {
      feed?.close()
      throw error
    }
    if (feed) room.follow(feed)
    return room
  }

  private hold(room: Room): void {
    this.holds.set(room, (this.holds.get(room) ?? 0) + 1)
    const timer = this.lingering.get(room)
    if (timer) {
      clearTimeout(timer)
      this.lingering.delete(room)
    }
  }

  private drop(room: Room): void {
    if (!this.holds.has(room)) return
    const count = (this.holds.get(room) ?? 1) - 1
    this.holds.set(room, count)
    if (count > 0 || this.closing) return
    const timer = setTimeout(() => void this.unload(room), this.limits.roomLingerMs)
    this.lingering.set(room, timer)
  }

  private async unload(room: Room): Promise<void> {
    this.lingering.delete(room)
    await room.settle()
    if ((this.holds.get(room) ?? 0) > 0 || this.closing) return
    this.forget(room)
  }

  private forget(room: Room): void {
    const name = roomName(room.key)
    if (this.loaded.get(name) === room) this.loaded.delete(name)
    room.unfollow()
    this.holds.delete(room)
    const timer = this.lingering.get(room)
    if (timer) clearTimeout(timer)
    this.lingering.delete(room)
    this.context.metrics.roomsChanged(this.loaded.size)
    // Connections closing after a failed write still leave; destroy once they have.
    setImmediate(() => room.destroy())
  }
}
