import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Who sends presence: one connection, and the token identity it was opened with. */
export interface PresencePeer {
  readonly sub: string
  readonly name: string
  readonly role: string
}

export interface PresenceLimits {
  /** Entries one awareness message may carry (an echo carries every entry the client received). */
  readonly maxEntries: number
  /** Bytes of one entry's JSON state. */
  readonly maxStateBytes: number
  /** Yjs client ids one connection may introduce. */
  readonly maxIdsPerPeer: number
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = {
  maxEntries: 1000,
  maxStateBytes: 16 * 1024,
  maxIdsPerPeer: 4,
}

interface Entry {
  clock: number
  state: string
  owner: PresencePeer
  /** When another relay instance last renewed it (its entries only). */
  renewed?: number
}

/**
 * A client renews its presence every 15 s (y-protocols). An entry of another instance's client
 * not renewed for longer (that instance died without saying goodbye) is not handed to newcomers.
 */
const REMOTE_PRESENCE_TTL_MS = 35_000

export interface PresenceChange {
  readonly clientId: number
  readonly clock: number
  readonly state: string
}

export interface PresenceResult {
  readonly changes: PresenceChange[]
  /** Entries the room already held (the y-websocket client echoes every one it receives). */
  readonly echoes: number
  /** Entries for a client id that another connection introduced, dropped. */
  readonly forged: number
}

const decoder = new TextDecoder('utf-8', { fatal: true })
const MAX_DEPARTED = 10_000

/**
 * The awareness of one room, kept by the relay itself instead of y-protocols' `Awareness`:
 * that one accepts any entry with a higher clock for any client id, of any size and count, and
 * parses every state it sees. Here each client id belongs to the connection that introduced it,
 * echoes are recognised from two varints without parsing JSON, and the name and role that other
 * screens show come from the sender's token, not from what it wrote.
 */
export class RoomPresence {
  private readonly entries = new Map<number, Entry>()
  /** Last clocks of clients that left, so a late echo of their state does not bring them back. */
  private readonly departed = new Map<number, number>()
  /** The owner of the entries each other relay instance sent (fan-out). */
  private readonly remotePeers = new Map<string, PresencePeer>()

  constructor(private readonly limits: PresenceLimits = DEFAULT_PRESENCE_LIMITS) {}

  get size(): number {
    return this.entries.size
  }

  /** Applies an awareness update from a peer. Throws on a malformed or oversized message. */
  receive(peer: PresencePeer, update: Uint8Array): PresenceResult {
    const input = decoding.createDecoder(update)
    const count = decoding.readVarUint(input)
    if (count > this.limits.maxEntries) throw new Error(`awareness message has ${count} entries`)
    const changes: PresenceChange[] = []
    let echoes = 0
    let forged = 0
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(input)
      const clock = decoding.readVarUint(input)
      const bytes = decoding.readVarUint8Array(input)
      if (bytes.length > this.limits.maxStateBytes) {
        throw new Error(`awareness state of ${bytes.length} bytes`)
      }
      const verdict = this.judge(peer, clientId, clock, bytes)
      if (verdict === 'echo') echoes++
      else if (verdict === 'forged') forged++
      else changes.push(this.accept(peer, clientId, clock, verdict))
    }
    if (decoding.hasContent(input)) throw new Error('trailing bytes after the awareness update')
    return { changes, echoes, forged }
  }

  /**
   * Applies presence changes that another relay instance accepted from its own clients (already
   * checked and stamped with their tokens' identity), keeping those newer than what is held.
   * Entries are owned by that instance: a local connection cannot take them over.
   */
  receiveRemote(instance: string, update: Uint8Array): PresenceChange[] {
    const peer = this.remotePeer(instance)
    const changes: PresenceChange[] = []
    // Decoded whole before anything is applied: a malformed message changes nothing.
    for (const { clientId, clock, state } of decodeRemote(update)) {
      const held = this.entries.get(clientId)
      const removal = state === 'null'
      const known = held?.clock ?? this.departed.get(clientId) ?? -1
      if (clock < known || (clock === known && !(held && removal))) continue
      if (removal) {
        this.entries.delete(clientId)
        this.rememberDeparture(clientId, clock)
        if (!held) continue
      } else {
        // Taken as it is: the other instance stamped it with its sender's token identity.
        this.entries.set(clientId, { clock, state, owner: peer, renewed: Date.now() })
        this.departed.delete(clientId)
      }
      changes.push({ clientId, clock, state })
    }
    return changes
  }

  /** Removes every entry a peer introduced, returning the removals to broadcast. */
  leave(peer: PresencePeer): PresenceChange[] {
    const removals: PresenceChange[] = []
    for (const [clientId, entry] of this.entries) {
      if (entry.owner !== peer) continue
      this.entries.delete(clientId)
      this.rememberDeparture(clientId, entry.clock + 1)
      removals.push({ clientId, clock: entry.clock + 1, state: 'null' })
    }
    return removals
  }

  /** Every present entry, for a connection that just joined; null when the room is empty. */
  snapshot(): PresenceChange[] {
    const expired = Date.now() - REMOTE_PRESENCE_TTL_MS
    for (const [clientId, entry] of this.entries) {
      if (entry.renewed === undefined || entry.renewed >= expired) continue
      this.entries.delete(clientId)
      this.rememberDeparture(clientId, entry.clock)
    }
    return [...this.entries].map(([clientId, { clock, state }]) => ({ clientId, clock, state }))
  }

  private judge(
    peer: PresencePeer,
    clientId: number,
    clock: number,
    bytes: Uint8Array,
  ): 'echo' | 'forged' | string {
    const held = this.entries.get(clientId)
    if (!held) {
      const left = this.departed.get(clientId)
      if (left !== undefined && clock <= left) return 'echo'
      if (isNullState(bytes)) return 'echo'
      if (this.countOwned(peer) >= this.limits.maxIdsPerPeer) return 'forged'
      return decodeState(bytes)
    }
    if (held.owner !== peer) {
      if (clock <= held.clock) return 'echo'
      // The same person reconnecting before the relay noticed the old socket was gone.
      if (held.owner.sub !== peer.sub) return 'forged'
      held.owner = peer
    }
    if (clock > held.clock) return decodeState(bytes)
    if (clock === held.clock && isNullState(bytes) && held.state !== 'null') return 'null'
    return 'echo'
  }

  private accept(peer: PresencePeer, clientId: number, clock: number, raw: string): PresenceChange {
    const state = raw === 'null' ? 'null' : stampIdentity(raw, peer)
    if (state === 'null') {
      this.entries.delete(clientId)
      this.rememberDeparture(clientId, clock)
    } else {
      this.entries.set(clientId, { clock, state, owner: peer })
      this.departed.delete(clientId)
    }
    return { clientId, clock, state }
  }

  private remotePeer(instance: string): PresencePeer {
    let peer = this.remotePeers.get(instance)
    if (!peer) {
      peer = { sub: `atelier:instance:${instance}`, name: '', role: 'instance' }
      this.remotePeers.set(instance, peer)
    }
    return peer
  }

  private countOwned(peer: PresencePeer): number {
    let owned = 0
    for (const entry of this.entries.values()) if (entry.owner === peer) owned++
    return owned
  }

  private rememberDeparture(clientId: number, clock: number): void {
    this.departed.delete(clientId)
    this.departed.set(clientId, clock)
    if (this.departed.size > MAX_DEPARTED) {
      const oldest = this.departed.keys().next()
      if (!oldest.done) this.departed.delete(oldest.value)
    }
  }
}

/** Encodes presence changes as one y-protocols awareness update. */
export function encodePresence(changes: readonly PresenceChange[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, changes.length)
  for (const { clientId, clock, state } of changes) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, state)
  }
  return encoding.toUint8Array(encoder)
}

function decodeRemote(update: Uint8Array): PresenceChange[] {
  const input = decoding.createDecoder(update)
  const count = decoding.readVarUint(input)
  const entries: PresenceChange[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(input)
    const clock = decoding.readVarUint(input)
    const bytes = decoding.readVarUint8Array(input)
    entries.push({ clientId, clock, state: isNullState(bytes) ? 'null' : decodeState(bytes) })
  }
  if (decoding.hasContent(input)) throw new Error('trailing bytes after the awareness update')
  return entries
}

const NULL_BYTES = [0x6e, 0x75, 0x6c, 0x6c] // "null"

function isNullState(bytes: Uint8Array): boolean {
  return bytes.length === 4 && NULL_BYTES.every((byte, i) => bytes[i] === byte)
}

function decodeState(bytes: Uint8Array): string {
  const text = decoder.decode(bytes)
  return text === 'null' ? 'null' : text
}

/**
 * Replaces the `user` identity in a state with the sender's token identity, keeping what the
 * client chose for itself (its colour, its cursor). Throws when the state is not a JSON object.
 */
function stampIdentity(raw: string, peer: PresencePeer): string {
  const state: unknown = JSON.parse(raw)
  if (state === null || typeof state !== 'object' || Array.isArray(state)) {
    throw new Error('awareness state is not an object')
  }
  const record = state as Record<string, unknown>
  const user = record.user && typeof record.user === 'object' ? record.user : {}
  record.user = { ...user, id: peer.sub, name: peer.name, role: peer.role }
  return JSON.stringify(record)
}
