/**
 * What the sync core needs from the outside world. It knows nothing of Fastify or `ws`: the
 * route adapts a WebSocket to `SyncSocket`, the app passes a pino logger and its metrics.
 */

/** The smallest socket the core can serve, as Hocuspocus's `WebSocketLike`. */
export interface SyncSocket {
  send(data: Uint8Array): void
  close(code: number, reason: string): void
  /** Bytes queued in user space and not yet handed to the kernel. */
  readonly bufferedAmount: number
}

/** The subset of pino the core logs through. */
export interface SyncLog {
  debug(obj: object, msg: string): void
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/** Counters the core reports to; the metrics plugin turns them into Prometheus series. */
export interface SyncMetrics {
  updateReceived(bytes: number): void
  updatesDelivered(count: number): void
  appendSeconds(seconds: number): void
  rejected(reason: string): void
  connectionClosed(code: number): void
  roomsChanged(count: number): void
  connectionsChanged(delta: number): void
}

export const silentMetrics: SyncMetrics = {
  updateReceived: () => {},
  updatesDelivered: () => {},
  appendSeconds: () => {},
  rejected: () => {},
  connectionClosed: () => {},
  roomsChanged: () => {},
  connectionsChanged: () => {},
}

export interface SyncLimits {
  /** Frames per second one connection may send, with twice that as a burst. */
  readonly messagesPerSecond: number
  /** Bytes of pending (dependency-less) structs one document may hold. */
  readonly maxPendingBytes: number
  /** Appended updates after which a room merges its stored updates into one. */
  readonly compactAfterUpdates: number
  /** Bytes queued for one socket after which it is closed as too slow. */
  readonly maxBufferedBytes: number
  /** How long an empty room stays loaded, so a reconnecting room does not reload from storage. */
  readonly roomLingerMs: number
  /** Rooms one process keeps loaded. */
  readonly maxRooms: number
  /** A board that keeps changing gets an automatic version at least this often. */
  readonly versionIntervalMs: number
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  messagesPerSecond: 1000,
  maxPendingBytes: 1024 * 1024,
  compactAfterUpdates: 10_000,
  maxBufferedBytes: 32 * 1024 * 1024,
  roomLingerMs: 2000,
  maxRooms: 5000,
  versionIntervalMs: 3 * 60 * 1000,
}
