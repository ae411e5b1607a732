import type { BoardKey } from '../storage/types.js'

/**
 * What the sync core needs from a fan-out between relay instances (Redis when `REDIS_URL` is
 * set; none otherwise). The core knows nothing of Redis: a room publishes what its own clients
 * changed and receives what reached the other instances through a `BoardFeed`.
 */
export interface Fanout {
  /**
   * Starts following a board, just before the room reads it from storage: the feed remembers
   * where the board's stream stood, so nothing published between the storage read and `attach`
   * is missed. Never throws: with Redis away it returns a feed that catches up when it returns.
   */
  follow(key: BoardKey): Promise<BoardFeed>
  /** What the fan-out did since the process started, for `/metrics`. */
  stats(): FanoutStats
}

/** The fan-out's counts, read when Prometheus scrapes. */
export interface FanoutStats {
  /** Whether it can publish and read now (Redis reachable on both connections). */
  readonly connected: boolean
  /** Entries (updates and presence) this instance appended to the boards' streams. */
  readonly published: number
  /** Entries of other instances applied to this instance's rooms. */
  readonly received: number
  /** Boards with changes stored here that wait to be published (Redis away). */
  readonly unpublished: number
  /** Times a board was read again from storage because it may have missed entries. */
  readonly catchUps: number
}

/** One board's link to the other instances. */
export interface BoardFeed {
  /** Delivers the other instances' messages to the loaded room, from the position `follow` took. */
  attach(room: FanoutRoom): void
  /** Sends an update this instance stored (from its client or its own API) to the others. */
  publishUpdate(update: Uint8Array): void
  /** Sends presence changes of this instance's clients (an encoded awareness update). */
  publishPresence(update: Uint8Array): void
  /** Stops following the board (the room unloaded). */
  close(): void
}

/** What a room offers the fan-out. */
export interface FanoutRoom {
  /** An update another instance stored: applied and sent to local clients, never stored again. */
  receiveUpdate(update: Uint8Array): void
  /** Presence changes of another instance's clients, which that instance checked and stamped. */
  receivePresence(update: Uint8Array, instance: string): void
  /** Reads the board from storage again and sends local clients what they missed. */
  catchUp(): Promise<void>
}
