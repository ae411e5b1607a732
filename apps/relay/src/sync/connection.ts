import { RelayError, type RelayErrorKind } from '../errors.js'
import { decodeMessage, UnknownMessageError } from './messages.js'
import type { PresencePeer } from './presence.js'
import type { Room } from './room.js'
import type { SyncLimits, SyncLog, SyncMetrics, SyncSocket } from './types.js'

export interface ConnectionIdentity {
  readonly sub: string
  readonly name: string
  readonly role: string
  /** Whether this connection may change the document (observers and foreign boards may not). */
  readonly canWrite: boolean
  /** The board's top-level types this connection may change; undefined for all of them. */
  readonly scope?: ReadonlySet<string> | undefined
  /** When the token expires, in milliseconds since the epoch. */
  readonly expiresAt: number
}

export interface ConnectionContext {
  readonly limits: SyncLimits
  readonly log: SyncLog
  readonly metrics: SyncMetrics
}

/** setTimeout's largest delay; a token valid for longer is checked again on every message. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * One client on one room: it decodes the client's frames, holds it to its role, its token's
 * lifetime and its message rate, and closes it (and only it) with a logged reason on bad input.
 */
export class Connection implements PresencePeer {
  readonly sub: string
  readonly name: string
  readonly role: string
  private closed = false
  /** When a facilitator's demotion reached this connection (`performance.now()`); none while it may write. */
  private demotedAt: number | undefined
  private tokens: number
  private refilledAt = performance.now()
  private readonly expiryTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly socket: SyncSocket,
    private readonly identity: ConnectionIdentity,
    private readonly room: Room,
    private readonly context: ConnectionContext,
  ) {
    this.sub = identity.sub
    this.name = identity.name
    this.role = identity.role
    this.tokens = context.limits.messagesPerSecond * 2
    const untilExpiry = identity.expiresAt - Date.now()
    if (untilExpiry < MAX_TIMER_MS) {
      this.expiryTimer = setTimeout(
        () => this.fail(RelayError.TOKEN_EXPIRED, 'token expired'),
        untilExpiry,
      )
      this.expiryTimer.unref()
    }
  }

  /** The top-level types this connection may change (see `ConnectionIdentity.scope`). */
  get scope(): ReadonlySet<string> | undefined {
    return this.identity.scope
  }

  get canWrite(): boolean {
    return this.identity.canWrite && this.demotedAt === undefined
  }

  /** Since when a demotion has kept this connection from writing; undefined if none does. */
  get demotedSince(): number | undefined {
    return this.demotedAt
  }

  /** Makes this connection read-only from its next message on (a facilitator demoted its holder). */
  revokeWriting(): void {
    this.demotedAt ??= performance.now()
  }

  /**
   * Lets a demoted connection write again (its holder was reinstated): true if it was demoted.
   * The edits it made meanwhile are still on the client; `Room.askForMissing` fetches them.
   */
  restoreWriting(): boolean {
    if (this.demotedAt === undefined) return false
    this.demotedAt = undefined
    return true
  }

  /** Handles one binary frame from the client. Never throws. */
  receive(frame: Uint8Array): void {
    if (this.closed) return
    if (Date.now() >= this.identity.expiresAt) {
      this.fail(RelayError.TOKEN_EXPIRED, 'token expired')
      return
    }
    if (!this.takeToken()) {
      this.fail(RelayError.RATE_LIMITED, 'too many messages')
      return
    }
    try {
      this.dispatch(frame)
    } catch (error) {
      const kind =
        error instanceof UnknownMessageError
          ? RelayError.UNKNOWN_MESSAGE
          : RelayError.MALFORMED_MESSAGE
      this.fail(kind, (error as Error).message)
    }
  }

  /** Sends a frame, closing a client that stopped reading instead of queueing without bound. */
  send(data: Uint8Array): void {
    if (this.closed) return
    if (this.socket.bufferedAmount > this.context.limits.maxBufferedBytes) {
      this.fail(RelayError.SLOW_CONSUMER, 'client is not reading')
      return
    }
    this.socket.send(data)
  }

  /** Closes this connection with a code and logs why; the room and its other clients go on. */
  fail(kind: RelayErrorKind, reason: string): void {
    if (this.closed) return
    this.context.log.info(
      { code: kind.code, reason, room: this.room.key, sub: this.sub },
      'closing connection',
    )
    this.context.metrics.rejected(kind.code)
    this.socket.close(kind.close, kind.code)
    this.closed = true
    this.context.metrics.connectionClosed(kind.close)
    this.detach()
  }

  /** The socket closed (by the client, the network or us): leave the room. */
  detach(): void {
    this.closed = true
    if (this.expiryTimer) clearTimeout(this.expiryTimer)
    this.room.leave(this)
  }

  private dispatch(frame: Uint8Array): void {
    const message = decodeMessage(frame)
    switch (message.type) {
      case 'step1':
        void this.room.answerStep1(this, message.stateVector)
        return
      case 'update':
        if (!this.canWrite) {
          this.context.metrics.rejected(message.step2 ? 'read_only_step2' : 'read_only_update')
          return
        }
        this.room.applyUpdate(this, message.update)
        return
      case 'awareness':
        // An echo of presence the room already holds is cheap to drop: give its token back.
        if (this.room.applyPresence(this, message.update) === 'echo') this.tokens++
        return
      case 'queryAwareness':
        this.room.sendPresence(this)
        return
    }
  }

  private takeToken(): boolean {
    const now = performance.now()
    const rate = this.context.limits.messagesPerSecond
    this.tokens = Math.min(rate * 2, this.tokens + ((now - this.refilledAt) * rate) / 1000)
    this.refilledAt = now
    if (this.tokens < 1) return false
    this.tokens--
    return true
  }
}
