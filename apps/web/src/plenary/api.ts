import type { WebsocketProvider } from 'y-websocket'

/** One promoted note, as the relay answers: its id on the sub-group board and on the plenary. */
export type Promoted = { note: string; copy: string; created: boolean }

/** What `POST …/sessions/<s>/promote` answers. */
export type Promotion = { plenary: string; promoted: Promoted[] }

/** A refused or failed promotion: the HTTP status (0 when the relay could not be reached). */
export class PromoteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'PromoteError'
  }
}

/** Which workshop a board's connection belongs to, and the token it opened with. */
export type Credentials = { workshop: string; token: string }

/** The workshop and token of an open board, from its y-websocket room (`<workshop>/<board>`). */
export function credentialsOf(provider: WebsocketProvider): Credentials | undefined {
  const workshop = provider.roomname.split('/')[0]
  const token = provider.params.token
  return workshop && token ? { workshop, token } : undefined
}

/** The session a consultation board belongs to: `governance-g2` is in `governance`. */
export function sessionOfBoard(board: string): string | undefined {
  return /^(.+)-g\d+$/.exec(board)?.[1]
}

function isPromotion(value: unknown): value is Promotion {
  if (typeof value !== 'object' || value === null) return false
  const { plenary, promoted } = value as Record<string, unknown>
  return typeof plenary === 'string' && Array.isArray(promoted)
}

/**
 * Asks the relay to copy `notes` of `board` onto the session's plenary. Resolves with what
 * was copied (and what was there already); throws a PromoteError otherwise.
 */
export async function promoteNotes(
  credentials: Credentials,
  session: string,
  board: string,
  notes: readonly string[],
): Promise<Promotion> {
  const path = `/api/workshops/${encodeURIComponent(credentials.workshop)}/sessions/${encodeURIComponent(session)}/promote`
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ board, notes }),
    })
  } catch {
    throw new PromoteError(0, 'network')
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (response.ok && isPromotion(body)) return body
  const message =
    typeof body === 'object' && body !== null && 'message' in body
      ? String((body as { message: unknown }).message)
      : response.statusText
  throw new PromoteError(response.status, message)
}
