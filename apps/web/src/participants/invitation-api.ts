import { ConsoleError, ConsoleFailure, failureOf } from '../facilitator/api.js'

/** A participant's live invitation: the personal code and the links built on it. */
export type Invitation = { code: string; link: string; rsvpLink: string; expiresAt: number }

/** A session's date (`2026-03-12` or `2026-03-12T09:30`, the venue's wall clock) and place. */
export type SessionDetails = { date: string | null; place: string | null }

/** The languages the relay writes an invitation in. */
export const InvitationLanguage = ['fr', 'ar', 'en'] as const
export type InvitationLanguage = (typeof InvitationLanguage)[number]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The facilitator's invitation routes of one workshop (docs/protocol.md, "Invitations and
 * joining"). Paths carry only the participant's pseudonymous id, a session id or a code, never
 * personal data; the token rides in `Authorization: Bearer`, so the QR code and the text are
 * fetched here and shown from memory, not linked.
 */
export class InvitationApi {
  constructor(
    private readonly workshop: string,
    private readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async send(path: string, method = 'GET', json?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` }
    if (json !== undefined) headers['Content-Type'] = 'application/json'
    const url = `/api/workshops/${encodeURIComponent(this.workshop)}${path}`
    let response: Response
    try {
      response = await this.fetcher(url, {
        method,
        headers,
        body: json === undefined ? undefined : JSON.stringify(json),
        cache: 'no-store',
      })
    } catch {
      throw new ConsoleError(ConsoleFailure.network, 0)
    }
    if (!response.ok) {
      const refusal: unknown = await response.json().catch(() => undefined)
      const code = isRecord(refusal) && typeof refusal.code === 'string' ? refusal.code : undefined
      const message =
        isRecord(refusal) && typeof refusal.message === 'string' ? refusal.message : undefined
      throw new ConsoleError(failureOf(response.status, code), response.status, code, message)
    }
    return response
  }

  private async json(path: string, method = 'GET', json?: unknown) {
    const response = await this.send(path, method, json)
    const answer: unknown = await response.json().catch(() => undefined)
    if (!isRecord(answer)) throw new ConsoleError(ConsoleFailure.unexpected, response.status)
    return answer
  }

  private invitationPath(participant: string, suffix = ''): string {
    return `/participants/${encodeURIComponent(participant)}/invitation${suffix}`
  }

  /** The participant's live invitation, made when there is none. */
  async invite(participant: string): Promise<Invitation> {
    const body = await this.json(this.invitationPath(participant), 'POST', {})
    if (typeof body.code !== 'string' || typeof body.link !== 'string') {
      throw new ConsoleError(ConsoleFailure.unexpected, 200)
    }
    return {
      code: body.code,
      link: body.link,
      rsvpLink: String(body.rsvpLink),
      expiresAt: Number(body.expiresAt),
    }
  }

  /** The QR code of the personal link, `svg` or `png`, as bytes to show from an object URL. */
  async qr(participant: string, format: 'svg' | 'png'): Promise<Blob> {
    return (await this.send(this.invitationPath(participant, `.${format}`))).blob()
  }

  /** The invitation as plain text in one language (the relay audits the reading). */
  async text(participant: string, lang: InvitationLanguage): Promise<string> {
    return (await this.send(this.invitationPath(participant, `.txt?lang=${lang}`))).text()
  }

  /** Revokes a personal or room code. */
  async revoke(code: string): Promise<void> {
    await this.send(`/codes/${encodeURIComponent(code)}`, 'DELETE')
  }

  async details(session: string): Promise<SessionDetails> {
    const body = await this.json(`/sessions/${encodeURIComponent(session)}/details`)
    return detailsOf(body)
  }

  async saveDetails(session: string, details: SessionDetails): Promise<SessionDetails> {
    const body = await this.json(`/sessions/${encodeURIComponent(session)}/details`, 'PUT', details)
    return detailsOf(body)
  }
}

function detailsOf(body: Record<string, unknown>): SessionDetails {
  return {
    date: typeof body.date === 'string' ? body.date : null,
    place: typeof body.place === 'string' ? body.place : null,
  }
}
