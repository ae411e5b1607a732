import type { NoteCategory, WritingMode } from '@atelier/model'

/** A held note as its author sees it (`GET …/boards/<b>/drafts/mine`). */
export type OwnDraft = {
  id: string
  text: string
  category: NoteCategory
  anonymous: boolean
  status: 'pending' | 'held'
  createdAt: number
}

/** A held note in the facilitator's queue: the author's name only when it is signed. */
export type QueuedDraft = OwnDraft & { board: string; author?: string }

/** The facilitator's view of a session's held notes. */
export type DraftQueue = { mode: WritingMode; pending: number; held: number; drafts: QueuedDraft[] }

export type DraftInput = { text: string; category: NoteCategory; anonymous: boolean }

/** The board a participant writes on, and the token that opened it. */
export type DraftAddress = { workshop: string; board: string; token: string }

/** A refused or failed call: the HTTP status (0 without a network) and the relay's code. */
export class DraftsError extends Error {
  constructor(
    readonly status: number,
    readonly code?: string,
  ) {
    super(`drafts API: ${status}${code ? ` ${code}` : ''}`)
    this.name = 'DraftsError'
  }
}

async function call<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
    })
  } catch {
    throw new DraftsError(0)
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined
  if (!response.ok) {
    throw new DraftsError(response.status, typeof body?.code === 'string' ? body.code : undefined)
  }
  return body as T
}

const part = encodeURIComponent

/** A participant's held notes on one board (see docs/protocol.md, "Private writing"). */
export class DraftsApi {
  private readonly base: string
  constructor(private readonly address: DraftAddress) {
    this.base = `/api/workshops/${part(address.workshop)}/boards/${part(address.board)}/drafts`
  }

  submit(input: DraftInput): Promise<{ draft: OwnDraft; mode: WritingMode }> {
    return call(this.base, this.address.token, { method: 'POST', body: input })
  }

  mine(): Promise<{ mode: WritingMode; drafts: OwnDraft[] }> {
    return call(`${this.base}/mine`, this.address.token)
  }

  async withdraw(id: string): Promise<void> {
    await call(`${this.base}/${part(id)}`, this.address.token, { method: 'DELETE' })
  }
}

/** The facilitator's side: the writing mode, the reveal and the moderation queue of a session. */
export class ModerationApi {
  private readonly base: string
  constructor(
    workshop: string,
    private readonly session: string,
    private readonly token: string,
  ) {
    this.base = `/api/workshops/${part(workshop)}/sessions/${part(session)}`
  }

  queue(): Promise<DraftQueue> {
    return call(`${this.base}/drafts`, this.token)
  }

  async setMode(mode: WritingMode): Promise<void> {
    await call(`${this.base}/control`, this.token, {
      method: 'POST',
      body: { action: 'writing', mode },
    })
  }

  async reveal(): Promise<number> {
    const body = await call<{ revealed: number }>(`${this.base}/control`, this.token, {
      method: 'POST',
      body: { action: 'reveal' },
    })
    return body.revealed
  }

  async release(id: string): Promise<void> {
    await call(`${this.base}/drafts/${part(id)}/release`, this.token, { method: 'POST' })
  }

  async hold(id: string): Promise<void> {
    await call(`${this.base}/drafts/${part(id)}/hold`, this.token, { method: 'POST' })
  }

  async releaseAll(): Promise<void> {
    await call(`${this.base}/drafts/release-all`, this.token, { method: 'POST' })
  }
}
