import * as Y from 'yjs'
import { RelayError } from '../errors.js'
import type { AppendedUpdate, BoardKey, DocStore } from '../storage/types.js'
import type { Connection } from './connection.js'
import type { BoardFeed, FanoutRoom } from './fanout.js'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './messages.js'
import { encodePresence, RoomPresence, type PresenceChange } from './presence.js'
import { BoardHistory } from './history.js'
import { checkUpdate } from './update-guard.js'
import { refusedByLock } from './lock-guard.js'
import type { SyncLimits, SyncLog, SyncMetrics } from './types.js'

/** The transaction origin of what another relay instance stored: sent to clients, never stored again. */
const FROM_ANOTHER_INSTANCE = Symbol('another relay instance')

/** Below this many bytes appended, a board's log is not worth merging yet. */
const MIN_COMPACTION_BYTES = 64 * 1024

interface Queued extends AppendedUpdate {
  /** The connection it came from, which is not sent it back; none for the relay's own changes. */
  readonly from: Connection | undefined
}

export interface RoomContext {
  readonly store: DocStore
  readonly limits: SyncLimits
  readonly log: SyncLog
  readonly metrics: SyncMetrics
  /** Called when the room can no longer vouch for its document (a failed write). */
  readonly onBroken: (room: Room) => void
}

/**
 * One board's live document and the connections on it.
 *
 * An update is checked, applied to the document, appended to storage with the others that
 * arrived in the same event-loop turn (one transaction), and only then sent to the other
 * connections: nothing a client received can be missing after a crash. Presence changes of a
 * turn go out as one awareness message.
 */

/** Flushes a joining client's first answer waits for at most (see `answerStep1`). */
const MAX_FLUSHES_AWAITED = 20

export class Room implements FanoutRoom {
  readonly doc = new Y.Doc({ gc: true })
  readonly presence = new RoomPresence()
  readonly connections = new Set<Connection>()
  readonly history: BoardHistory
  private queue: Queued[] = []
  private flushing: Promise<void> = Promise.resolve()
  private flushScheduled = false
  private presenceQueue: PresenceChange[] = []
  private presenceOrigins = new Set<Connection | undefined>()
  private presenceScheduled = false
  private lastSeq: number
  private appendedSinceCompaction = 0
  private bytesSinceCompaction = 0
  /** Size of the last merged update: compacting again costs about that much. */
  private mergedBytes = 0
  private broken = false
  /** The link to the other relay instances, when there are any (`REDIS_URL`). */
  private feed: BoardFeed | undefined

  private constructor(
    readonly key: BoardKey,
    private readonly context: RoomContext,
    lastSeq: number,
  ) {
    this.lastSeq = lastSeq
    this.history = new BoardHistory(
      key,
      context.store,
      context.limits.versionIntervalMs,
      context.log,
    )
  }

  /** Loads a board from storage, replaying its stored updates into a fresh document. */
  static async load(key: BoardKey, context: RoomContext): Promise<Room> {
    const stored = await context.store.load(key)
    const room = new Room(key, context, stored.lastSeq)
    if (stored.updates.length > 0) {
      Y.applyUpdate(room.doc, Y.mergeUpdates(stored.updates))
    }
    room.appendedSinceCompaction = stored.updates.length > 1 ? stored.updates.length : 0
    room.bytesSinceCompaction = stored.updates.length > 1 ? stored.bytes : 0
    room.mergedBytes = stored.updates.length === 1 ? stored.bytes : 0
    return room
  }

  /** Links the room to the other relay instances: what it stores is published, theirs applied. */
  follow(feed: BoardFeed): void {
    this.feed = feed
    feed.attach(this)
  }

  /** Stops hearing from, and publishing to, the other instances (the room unloads). */
  unfollow(): void {
    this.feed?.close()
    this.feed = undefined
  }

  /** Adds a connection and opens the y-websocket handshake: our state vector, then presence. */
  join(connection: Connection): void {
    this.connections.add(connection)
    this.askForMissing(connection)
    const present = this.presence.snapshot()
    if (present.length > 0) connection.send(encodeAwareness(encodePresence(present)))
  }

  /**
   * Sends the board's state vector (sync step 1): the client answers with every edit the room
   * lacks. On joining, and when a reinstated person's connection may write again.
   */
  askForMissing(connection: Connection): void {
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
  }

  /** Removes a connection and tells the others that its presence is gone. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.queuePresence(this.presence.leave(connection), undefined, true)
  }

  /**
   * Answers a client's sync step 1 with what it lacks. Waits for updates still being stored,
   * so that no client receives anything the store does not hold yet.
   */
  async answerStep1(connection: Connection, stateVector: Uint8Array): Promise<void> {
    // Not only the flush under way when the request came: an update applied meanwhile is in the
    // document too, and queued behind it. Wait until no flush was chained during the wait, for a
    // bounded number of flushes, so that a board written to without pause still answers.
    let tail: Promise<void>
    let rounds = 0
    do {
      tail = this.flushing
      await tail
    } while (tail !== this.flushing && ++rounds < MAX_FLUSHES_AWAITED)
    // A failed write closed the connection and the room reloads: nothing to answer.
    if (this.broken) return
    let diff: Uint8Array
    try {
      diff = Y.encodeStateAsUpdate(this.doc, stateVector)
    } catch {
      connection.fail(RelayError.MALFORMED_MESSAGE, 'state vector does not decode')
      return
    }
    connection.send(encodeSyncStep2(diff))
  }

  /** Checks, applies and queues for storage an update a writer sent. */
  applyUpdate(connection: Connection, update: Uint8Array): void {
    if (this.broken) return
    const verdict = checkUpdate(this.doc, update, this.context.limits, {
      role: connection.role,
      scope: connection.scope,
    })
    if (!verdict.ok) {
      const kind =
        verdict.refusal === 'out-of-scope' ? RelayError.OUT_OF_SCOPE : RelayError.INVALID_UPDATE
      connection.fail(kind, verdict.reason)
      return
    }
    if (refusedByLock(this.doc, connection.role, update)) {
      connection.fail(RelayError.BOARD_LOCKED, 'the facilitator locked the board')
      return
    }
    try {
      Y.applyUpdate(this.doc, update, connection)
    } catch (error) {
      connection.fail(RelayError.INVALID_UPDATE, `update rejected: ${(error as Error).message}`)
      return
    }
    this.context.metrics.updateReceived(update.length)
    this.enqueue({ update, author: connection.sub, from: connection })
  }

  /**
   * Makes a change on the relay's side (a restore, later a facilitator's control) and stores and
   * sends it like any client's update. Resolves once it is stored and sent.
   */
  async change(author: string, edit: (doc: Y.Doc) => void): Promise<void> {
    if (this.broken) throw new Error('the room is reloading after a storage failure')
    const before = Y.encodeStateVector(this.doc)
    edit(this.doc)
    const update = Y.encodeStateAsUpdate(this.doc, before)
    this.enqueue({ update, author, from: undefined })
    await this.settled()
  }

  /** Resolves once everything queued so far is stored and sent. */
  async settled(): Promise<void> {
    while (this.flushScheduled || this.queue.length > 0) await this.flushing
    await this.flushing
  }

  private enqueue(item: Queued): void {
    this.queue.push(item)
    if (!this.flushScheduled) {
      this.flushScheduled = true
      // A microtask, not the next loop turn: the updates of one read from the network are
      // stored in one transaction, and none waits behind other sockets' reads.
      this.flushing = this.flushing.then(() => {
        this.flushScheduled = false
        return this.flush()
      })
    }
  }

  /** Applies a presence update and queues what changed for the others. */
  applyPresence(connection: Connection, update: Uint8Array): 'changed' | 'echo' {
    const result = this.presence.receive(connection, update)
    if (result.forged > 0) this.context.metrics.rejected('awareness_foreign_client')
    if (result.changes.length === 0) return 'echo'
    this.queuePresence(result.changes, connection, true)
    return 'changed'
  }

  /**
   * Applies an update another instance stored and sends what was new in it to every local
   * client. It is not stored again (its instance did), nor published again.
   */
  receiveUpdate(update: Uint8Array): void {
    if (this.broken) return
    const news = this.applyFromAnotherInstance(update)
    if (news) this.broadcast(news, undefined)
  }

  /** Applies presence changes of another instance's clients and passes them to local clients. */
  receivePresence(update: Uint8Array, instance: string): void {
    let changes: PresenceChange[]
    try {
      changes = this.presence.receiveRemote(instance, update)
    } catch (error) {
      this.context.log.warn({ err: error, room: this.key, instance }, 'bad presence from fan-out')
      return
    }
    this.queuePresence(changes, undefined, false)
  }

  /**
   * Reads the board from storage again and sends local clients whatever other instances stored
   * that this room never heard of (when the fan-out lost track: Redis away or its stream trimmed).
   */
  async catchUp(): Promise<void> {
    if (this.broken) return
    const stored = await this.context.store.load(this.key)
    if (this.broken || stored.updates.length === 0) return
    const news = this.applyFromAnotherInstance(Y.mergeUpdates(stored.updates))
    if (news) this.broadcast(news, undefined)
  }

  /** Sends every present entry to one connection (the answer to a query-awareness message). */
  sendPresence(connection: Connection): void {
    const present = this.presence.snapshot()
    if (present.length > 0) connection.send(encodeAwareness(encodePresence(present)))
  }

  /** Resolves once every queued update is stored and sent, and the log is compacted if due. */
  async settle(): Promise<void> {
    await this.flushing
    if (this.queue.length > 0) {
      this.flushing = this.flushing.then(() => this.flush())
      await this.flushing
    }
    if (this.broken) return
    await this.history.beforeUnload(this.doc)
    if (this.appendedSinceCompaction > 0) await this.compact()
  }

  /** Closes every connection with the given reason; the registry forgets the room afterwards. */
  closeAll(kind: (typeof RelayError)[keyof typeof RelayError], reason: string): void {
    for (const connection of [...this.connections]) connection.fail(kind, reason)
  }

  destroy(): void {
    this.unfollow()
    this.doc.destroy()
  }

  private async flush(): Promise<void> {
    const batch = this.queue
    if (batch.length === 0 || this.broken) return
    this.queue = []
    const started = performance.now()
    try {
      this.lastSeq = await this.context.store.append(this.key, batch)
    } catch (error) {
      this.breakDown(error as Error, batch.length)
      return
    }
    this.context.metrics.appendSeconds((performance.now() - started) / 1000)
    this.appendedSinceCompaction += batch.length
    for (const { update } of batch) this.bytesSinceCompaction += update.length
    for (const { update, from } of batch) this.broadcast(update, from)
    // Published once stored: an instance that loads the board after this append reads it from
    // storage, and one that loaded it before reads it from the stream.
    if (this.feed) {
      const updates = batch.map(({ update }) => update)
      this.feed.publishUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
    }
    await this.history.afterStored(this.doc)
    if (this.compactionDue()) await this.compact()
  }

  private broadcast(update: Uint8Array, from: Connection | undefined): void {
    const message = asBuffer(encodeUpdate(update))
    let delivered = 0
    for (const connection of this.connections) {
      if (connection === from) continue
      connection.send(message)
      delivered++
    }
    this.context.metrics.updatesDelivered(delivered)
  }

  /** Applies an update from elsewhere; returns what it changed in the document, or null. */
  private applyFromAnotherInstance(update: Uint8Array): Uint8Array | null {
    let news: Uint8Array | null = null
    const collect = (change: Uint8Array, origin: unknown) => {
      if (origin === FROM_ANOTHER_INSTANCE) news = change
    }
    this.doc.on('update', collect)
    try {
      Y.applyUpdate(this.doc, update, FROM_ANOTHER_INSTANCE)
    } catch (error) {
      this.context.log.warn({ err: error, room: this.key }, 'an update from fan-out did not apply')
    } finally {
      this.doc.off('update', collect)
    }
    return news
  }

  /**
   * Merging costs about the size of the document, so it waits until the updates appended since
   * the last merge weigh as much (the stored log stays under twice the document, at a constant
   * cost per byte written), or until there are so many that loading would slow down.
   */
  private compactionDue(): boolean {
    const { compactAfterUpdates } = this.context.limits
    if (this.appendedSinceCompaction >= compactAfterUpdates) return true
    return this.bytesSinceCompaction > Math.max(MIN_COMPACTION_BYTES, this.mergedBytes)
  }

  private async compact(): Promise<void> {
    const merged = Y.encodeStateAsUpdate(this.doc)
    const uptoSeq = this.lastSeq
    try {
      await this.context.store.compact(this.key, merged, uptoSeq)
      this.appendedSinceCompaction = 0
      this.bytesSinceCompaction = 0
      this.mergedBytes = merged.length
    } catch (error) {
      this.context.log.warn({ err: error, room: this.key }, 'compaction failed; will retry later')
    }
  }

  /**
   * A failed write leaves the document holding updates the store lacks. Nothing was sent, so
   * the safe way back is to drop the document and let every client resynchronise with a room
   * reloaded from storage: each resends what the store is missing.
   */
  private breakDown(error: Error, lost: number): void {
    this.broken = true
    this.context.log.error(
      { err: error, room: this.key, updates: lost },
      'storing updates failed; closing the room so its clients resend them',
    )
    this.context.metrics.rejected('storage_failed')
    this.closeAll(RelayError.STORAGE, 'storage failed, reconnect')
    this.context.onBroken(this)
  }

  private queuePresence(
    changes: PresenceChange[],
    from: Connection | undefined,
    publish: boolean,
  ): void {
    if (changes.length === 0) return
    if (publish) this.feed?.publishPresence(encodePresence(changes))
    this.presenceQueue.push(...changes)
    this.presenceOrigins.add(from)
    if (this.presenceScheduled) return
    this.presenceScheduled = true
    setImmediate(() => this.flushPresence())
  }

  private flushPresence(): void {
    this.presenceScheduled = false
    const changes = this.presenceQueue
    // A connection is not sent back its own presence when it alone changed something this turn.
    const [origin] = this.presenceOrigins.size === 1 ? this.presenceOrigins : [undefined]
    this.presenceQueue = []
    this.presenceOrigins = new Set()
    const message = asBuffer(encodeAwareness(encodePresence(changes)))
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message)
    }
  }
}

/** Wraps bytes as a Buffer once, so that `ws` does not wrap them again for every recipient. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
