import { randomBytes } from 'node:crypto'
import { Redis, type RedisOptions } from 'ioredis'
import type { BoardKey } from '../storage/types.js'
import type { BoardFeed, Fanout, FanoutRoom, FanoutStats } from '../sync/fanout.js'
import type { SyncLog } from '../sync/types.js'
import { Unpublished } from './unpublished.js'
import { EntryKind, entryFields, readStreams, streamKey, type RawStreams } from './stream.js'

export interface RedisFanoutOptions {
  /** `REDIS_URL`. */
  readonly url: string
  /** `REDIS_PREFIX`: every key this relay writes starts with it. */
  readonly prefix: string
  readonly log: SyncLog
  /** Entries a board's stream keeps (approximately): how far a reader may lag behind. */
  readonly streamLength?: number
  /** A board's stream disappears after this long without a message. */
  readonly streamTtlMs?: number
  /** How long one blocking read waits before it is renewed. */
  readonly blockMs?: number
}

const CONNECTION_DEFAULTS: RedisOptions = {
  // Nothing waits for Redis: a command while it is away fails at once and the fan-out keeps
  // what it could not publish, instead of ioredis queueing it for ever.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  connectTimeout: 5000,
}

/** Entries read in one go per stream. */
const READ_COUNT = 500

/**
 * Fan-out between relay instances through Redis Streams, one stream per board.
 *
 * Each instance appends (XADD) to a board's stream what it stored from its own clients and its
 * clients' presence, tagged with its instance id, and reads (XREAD BLOCK, on a connection of its
 * own) the streams of the boards it has loaded from the last id it saw. A stream keeps a few
 * thousand entries, so an instance that joins a board or whose connection dropped reads on from
 * where it was. Each instance numbers its entries per stream: a gap in the numbers (the stream
 * trimmed past a lagging reader, a Redis that restarted empty), a reading connection that dropped
 * or a board loaded while Redis was away make the board read storage again.
 * Applying a Yjs update twice changes nothing, so reading something twice is harmless.
 */
export class RedisFanout implements Fanout {
  /** This process among the relay instances; its own entries are skipped when read back. */
  readonly instance = randomBytes(6).toString('hex')
  private readonly commands: Redis
  private readonly reader: Redis
  private readonly feeds = new Map<string, Feed>()
  private readonly unpublished: Unpublished
  /** The number of the last entry this instance appended to each stream (every attempt counts). */
  private readonly sequences = new Map<string, number>()
  private readonly streamLength: number
  private readonly streamTtlMs: number
  private readonly blockMs: number
  /** The reader's CLIENT ID, to unblock its XREAD when the set of boards changes. */
  private readerId: number | undefined
  private reading = false
  /** Counts the reads, so that a late unblock does not cut a later one short. */
  private reads = 0
  private wakeUp: (() => void) | undefined
  private running: Promise<void> = Promise.resolve()
  private closed = false
  private readerWasReady = false
  private away = false
  /** After a failed catch-up (storage away too), the next waits a moment. */
  private catchUpAfter = 0
  private readonly counts = { published: 0, received: 0, catchUps: 0 }

  constructor(private readonly options: RedisFanoutOptions) {
    this.streamLength = options.streamLength ?? 2000
    this.streamTtlMs = options.streamTtlMs ?? 60 * 60 * 1000
    this.blockMs = options.blockMs ?? 5000
    const name = `atelier-${this.instance}`
    this.commands = new Redis(options.url, {
      ...CONNECTION_DEFAULTS,
      connectionName: `${name}-commands`,
      commandTimeout: 2000,
    })
    this.reader = new Redis(options.url, {
      ...CONNECTION_DEFAULTS,
      connectionName: `${name}-reader`,
    })
    this.unpublished = new Unpublished((key, kind, data) => this.append(key, kind, data))
    for (const connection of [this.commands, this.reader]) {
      connection.on('error', (error: Error) => this.lost(error))
      connection.on('close', () => this.lost(undefined))
      connection.on('ready', () => this.back())
    }
    this.commands.on('ready', () => void this.unpublished.flush())
    this.reader.on('ready', () => (this.readerWasReady = true))
    this.reader.on('close', () => this.readerLost())
    this.running = this.run()
  }

  async follow(key: BoardKey): Promise<BoardFeed> {
    const feed = new Feed(this, streamKey(this.options.prefix, key))
    this.feeds.get(feed.key)?.close()
    this.feeds.set(feed.key, feed)
    feed.position = await this.streamEnd(feed.key)
    return feed
  }

  stats(): FanoutStats {
    return {
      connected: this.commands.status === 'ready' && this.reader.status === 'ready',
      ...this.counts,
      unpublished: this.unpublished.size,
    }
  }

  /** Publishes what is still unpublished (briefly), then closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.feeds.clear()
    await this.unpublished.flush(1000)
    this.unpublished.stop()
    this.wake()
    this.reader.disconnect()
    await this.running
    await this.commands.quit().catch(() => this.commands.disconnect())
  }

  publish(key: string, kind: EntryKind, data: Uint8Array): void {
    if (this.closed) return
    if (this.commands.status !== 'ready') {
      this.unpublished.keep(key, kind, data)
      return
    }
    this.append(key, kind, data).catch(() => this.unpublished.keep(key, kind, data))
  }

  forget(feed: Feed): void {
    if (this.feeds.get(feed.key) !== feed) return
    this.feeds.delete(feed.key)
  }

  /** Reads a newly attached board's stream without waiting for the current read to end. */
  wake(): void {
    if (this.wakeUp) {
      this.wakeUp()
      return
    }
    this.unblock(this.reads, 0)
  }

  /** CLIENT UNBLOCK may reach Redis before the XREAD it targets: then it tries again. */
  private unblock(read: number, attempt: number): void {
    const id = this.readerId
    if (!this.reading || read !== this.reads || id === undefined || attempt > 20) return
    if (this.commands.status !== 'ready') return
    this.commands
      .client('UNBLOCK', id)
      .then((unblocked) => {
        if (Number(unblocked) === 0) setTimeout(() => this.unblock(read, attempt + 1), 5)
      })
      .catch(() => undefined)
  }

  private async append(key: string, kind: EntryKind, data: Uint8Array): Promise<void> {
    const seq = (this.sequences.get(key) ?? 0) + 1
    this.sequences.set(key, seq)
    const fields = entryFields(this.instance, seq, kind, data)
    const [[added], [expiry]] = (await this.commands
      .pipeline()
      .xadd(key, 'MAXLEN', '~', this.streamLength, '*', ...fields)
      .pexpire(key, this.streamTtlMs)
      .exec()) as [[Error | null, unknown], [Error | null, unknown]]
    if (added ?? expiry) throw added ?? expiry
    this.counts.published++
  }

  /** The id of the last entry of a stream (`0-0` when it has none), or undefined when Redis is away. */
  private async streamEnd(key: string): Promise<string | undefined> {
    if (this.commands.status !== 'ready') return undefined
    try {
      const [last] = await this.commands.xrevrange(key, '+', '-', 'COUNT', 1)
      return last?.[0] ?? '0-0'
    } catch {
      return undefined
    }
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      if (this.mayCatchUp()) await this.catchUp()
      const following = [...this.feeds.values()].filter((feed) => feed.readable)
      if (following.length === 0 || this.reader.status !== 'ready') {
        await this.pause(this.blockMs)
        continue
      }
      try {
        this.readerId ??= Number(await this.reader.client('ID'))
        this.reading = true
        this.reads++
        // A connection that died without a word (a cable pulled) would block the read for ever:
        // past its BLOCK time and a margin, the reader reconnects.
        const watchdog = setTimeout(() => this.reader.disconnect(true), this.blockMs + 5000)
        const reply = (await this.reader
          .xreadBuffer(
            'COUNT',
            READ_COUNT,
            'BLOCK',
            this.blockMs,
            'STREAMS',
            ...following.map((feed) => feed.key),
            ...following.map((feed) => feed.position!),
          )
          .finally(() => clearTimeout(watchdog))) as RawStreams | null
        this.reading = false
        if (reply) this.deliver(reply)
      } catch (error) {
        this.reading = false
        if (!this.closed && this.reader.status === 'ready') {
          this.options.log.warn({ err: error }, 'fan-out: reading the streams failed')
          await this.pause(500)
        }
      }
    }
  }

  private deliver(reply: RawStreams): void {
    for (const [key, batch] of readStreams(reply)) {
      const feed = this.feeds.get(key)
      if (!feed?.readable) continue
      feed.position = batch.last
      for (const entry of batch.entries) {
        if (entry.instance === this.instance) continue
        feed.count(entry.instance, entry.seq)
        this.counts.received++
        if (entry.kind === EntryKind.update) feed.room!.receiveUpdate(entry.data)
        else feed.room!.receivePresence(entry.data, entry.instance)
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        if (this.wakeUp === done) this.wakeUp = undefined
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.wakeUp = done
    })
  }

  /** A connection closed or failed: said once per outage, not at every reconnection attempt. */
  private lost(error: Error | undefined): void {
    if (this.away || this.closed) return
    this.away = true
    this.options.log.warn(
      { err: error, instance: this.instance },
      'fan-out: Redis is unreachable; serving local clients only until it returns',
    )
  }

  private back(): void {
    if (this.commands.status !== 'ready' || this.reader.status !== 'ready') return
    if (this.away) {
      this.away = false
      this.options.log.info({ instance: this.instance }, 'fan-out: Redis is back; catching up')
    }
    this.wake()
  }

  private readerLost(): void {
    this.readerId = undefined
    this.reading = false
    // What was published while this connection was down may be gone (a restarted Redis keeps
    // nothing): every followed board reads storage again once Redis is back.
    if (this.readerWasReady) for (const feed of this.feeds.values()) feed.stale = true
  }

  private mayCatchUp(): boolean {
    if (Date.now() < this.catchUpAfter) return false
    if (this.reader.status !== 'ready' || this.commands.status !== 'ready') return false
    for (const feed of this.feeds.values()) if (feed.stale && feed.room) return true
    return false
  }

  /** Boards that may have missed something read storage again, from a stream position taken first. */
  private async catchUp(): Promise<void> {
    for (const feed of [...this.feeds.values()]) {
      if (!feed.stale || !feed.room || this.closed) continue
      if (feed.position === undefined) {
        feed.position = await this.streamEnd(feed.key)
        if (feed.position === undefined) return
      }
      if (!feed.room) continue
      feed.stale = false
      this.counts.catchUps++
      try {
        await feed.room.catchUp()
      } catch (error) {
        feed.stale = true
        this.catchUpAfter = Date.now() + 1000
        this.options.log.warn({ err: error, stream: feed.key }, 'fan-out: catching up failed')
        return
      }
    }
  }
}

/** One loaded board's link to the others, from the stream position taken before it loaded. */
class Feed implements BoardFeed {
  /** The last entry read (or the stream's end before the storage read); unknown while Redis is away. */
  position: string | undefined
  room: FanoutRoom | undefined
  /** The board must read storage again: it may have missed entries. */
  stale = false
  /** The last entry number read from each other instance. */
  private readonly counted = new Map<string, number>()

  constructor(
    private readonly fanout: RedisFanout,
    readonly key: string,
  ) {}

  get readable(): boolean {
    return this.room !== undefined && this.position !== undefined
  }

  /**
   * Notes an entry's number: a gap means entries of that instance were lost (trimmed from the
   * stream while this instance lagged behind, or gone with a Redis that restarted).
   */
  count(instance: string, seq: number): void {
    const last = this.counted.get(instance)
    if (last !== undefined && seq > last + 1) this.stale = true
    if (last === undefined || seq > last) this.counted.set(instance, seq)
  }

  attach(room: FanoutRoom): void {
    this.room = room
    if (this.position === undefined) this.stale = true
    this.fanout.wake()
  }

  publishUpdate(update: Uint8Array): void {
    this.fanout.publish(this.key, EntryKind.update, update)
  }

  publishPresence(update: Uint8Array): void {
    this.fanout.publish(this.key, EntryKind.presence, update)
  }

  close(): void {
    this.room = undefined
    this.fanout.forget(this)
  }
}
