import type { BoardSnapshot } from '@atelier/model'

/** Why a version was saved, as the relay's `reason` field says it. */
export const VersionReason = {
  auto: 'auto',
  named: 'named',
  phase: 'phase',
  restore: 'restore',
} as const
export type VersionReason = (typeof VersionReason)[keyof typeof VersionReason]

/** One saved state of a board, as `GET …/versions` lists it. */
export type BoardVersion = {
  id: number
  /** Milliseconds since 1970, from the relay's clock. */
  createdAt: number
  /** The `sub` of whoever named or caused it; `atelier:relay` for automatic versions. */
  author: string
  name: string | null
  reason: VersionReason
  bytes: number
}

/** What went wrong with a call, in the words the panel shows. */
export const HistoryFailure = {
  network: 'network',
  unauthorized: 'unauthorized',
  expired: 'expired',
  forbidden: 'forbidden',
  notFound: 'notFound',
  deleted: 'deleted',
  badName: 'badName',
  server: 'server',
  unexpected: 'unexpected',
} as const
export type HistoryFailure = (typeof HistoryFailure)[keyof typeof HistoryFailure]

/** A refused or failed call to the history API: its kind, the HTTP status and the relay's code. */
export class HistoryError extends Error {
  constructor(
    readonly failure: HistoryFailure,
    readonly status: number,
    readonly code?: string,
  ) {
    super(`history API: ${failure} (${status}${code ? ` ${code}` : ''})`)
    this.name = 'HistoryError'
  }
}

/** The board whose history is read, and the token that opens it. */
export type HistoryAddress = { workshop: string; board: string; token: string }

/** The longest version name the relay accepts. */
export const VERSION_NAME_MAX = 120

/** Maps an HTTP refusal to what the panel tells the facilitator. */
export function failureOf(status: number, code: string | undefined): HistoryFailure {
  if (status === 401)
    return code === 'ATELIER_ERR_TOKEN_EXPIRED'
      ? HistoryFailure.expired
      : HistoryFailure.unauthorized
  if (status === 403) return HistoryFailure.forbidden
  if (status === 404) return HistoryFailure.notFound
  if (status === 410) return HistoryFailure.deleted
  if (status === 400) return HistoryFailure.badName
  if (status >= 500) return HistoryFailure.server
  return HistoryFailure.unexpected
}

const REASONS = new Set<string>(Object.values(VersionReason))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads one version from the relay's JSON, or undefined when it is not one. */
export function parseVersion(value: unknown): BoardVersion | undefined {
  if (!isRecord(value)) return undefined
  const { id, createdAt, author, name, reason, bytes } = value
  if (typeof id !== 'number' || typeof createdAt !== 'number' || typeof author !== 'string')
    return undefined
  if (typeof reason !== 'string' || !REASONS.has(reason)) return undefined
  return {
    id,
    createdAt,
    author,
    name: typeof name === 'string' && name.trim() !== '' ? name : null,
    reason: reason as VersionReason,
    bytes: typeof bytes === 'number' ? bytes : 0,
  }
}

function isSnapshot(value: unknown): value is BoardSnapshot {
  return (
    isRecord(value) &&
    Array.isArray(value.notes) &&
    Array.isArray(value.frames) &&
    Array.isArray(value.votes) &&
    isRecord(value.placements) &&
    typeof value.recommendations === 'string'
  )
}

/**
 * The facilitator's history API of one board (`/api/workshops/<w>/boards/<b>/versions`, see
 * docs/protocol.md). Every call sends the board's token as `Authorization: Bearer` and throws a
 * `HistoryError` when the relay refuses, fails, or cannot be reached.
 */
export class HistoryApi {
  constructor(
    private readonly address: HistoryAddress,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private get base(): string {
    const { workshop, board } = this.address
    return `/api/workshops/${encodeURIComponent(workshop)}/boards/${encodeURIComponent(board)}/versions`
  }

  private async call(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
    let response: Response
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${this.address.token}`,
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        },
        cache: 'no-store',
      })
    } catch {
      throw new HistoryError(HistoryFailure.network, 0)
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (!response.ok) {
      const code = isRecord(body) && typeof body.code === 'string' ? body.code : undefined
      throw new HistoryError(failureOf(response.status, code), response.status, code)
    }
    if (!isRecord(body)) throw new HistoryError(HistoryFailure.unexpected, response.status)
    return body
  }

  /** The board's versions, newest first. */
  async list(): Promise<BoardVersion[]> {
    const body = await this.call('')
    if (!Array.isArray(body.versions)) throw new HistoryError(HistoryFailure.unexpected, 200)
    return body.versions.flatMap((entry) => parseVersion(entry) ?? [])
  }

  /** Saves the board as it is now under `name`. */
  async save(name: string): Promise<BoardVersion> {
    const body = await this.call('', { method: 'POST', body: JSON.stringify({ name }) })
    const version = parseVersion(body.version)
    if (!version) throw new HistoryError(HistoryFailure.unexpected, 201)
    return version
  }

  /** A version's board, as plain JSON, to show read-only. */
  async load(id: number): Promise<BoardSnapshot> {
    const body = await this.call(`/${id}`)
    if (!isSnapshot(body.board)) throw new HistoryError(HistoryFailure.unexpected, 200)
    return body.board
  }

  /**
   * Brings the board back to version `id` as one new change every client receives; resolves
   * with the version the relay saved of the state it replaced.
   */
  async restore(id: number): Promise<BoardVersion | undefined> {
    const body = await this.call(`/${id}/restore`, { method: 'POST' })
    return parseVersion(body.backup)
  }
}
