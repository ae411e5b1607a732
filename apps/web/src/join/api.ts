import type { Language } from '../i18n/language.js'
import type { JoinKey } from './strings.js'

type Localized = Readonly<Record<Language, string>>

/** `GET /api/rsvp/<code>`: the session, and of the invitee only their display name. */
export interface RsvpView {
  readonly consultation: string
  readonly session: { readonly id: string; readonly title: Localized }
  readonly date: string | null
  readonly place: string | null
  readonly displayName: string
  readonly status: 'invited' | 'confirmed' | 'declined' | 'attended'
}

/** `GET /api/join/<code>`: what the code opens. */
export interface JoinPreview {
  readonly kind: 'personal' | 'room'
  readonly workshop: string
  readonly consultation: string
  readonly session: { readonly id: string; readonly title: Localized }
  readonly board: { readonly id: string; readonly title: string } | null
}

/** `POST /api/join/<code>`: the token and the board it opens. */
export interface JoinPass {
  readonly token: string
  readonly workshop: string
  readonly board: string
}

/** A refusal of the relay, as the words that explain it. */
export class JoinFailure extends Error {
  constructor(readonly key: JoinKey) {
    super(key)
  }
}

const REFUSALS: Readonly<Record<string, JoinKey>> = {
  ATELIER_ERR_CODE_UNKNOWN: 'error.unknown',
  ATELIER_ERR_CODE_EXPIRED: 'error.expired',
  ATELIER_ERR_CODE_REVOKED: 'error.revoked',
  ATELIER_ERR_NOT_AN_INVITATION: 'error.notInvitation',
  ATELIER_ERR_RATE_LIMITED: 'error.rateLimited',
  ATELIER_ERR_NAME_REQUIRED: 'join.nameRequired',
  ATELIER_ERR_BAD_REQUEST: 'join.nameRequired',
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new JoinFailure('error.network')
  }
  const payload = (await response.json().catch(() => ({}))) as { code?: string }
  if (!response.ok) throw new JoinFailure(REFUSALS[payload.code ?? ''] ?? 'error.unexpected')
  return payload as T
}

const path = (kind: 'rsvp' | 'join', code: string) => `/api/${kind}/${encodeURIComponent(code)}`

export const loadRsvp = (code: string) => call<RsvpView>(path('rsvp', code))
export const answerRsvp = (code: string, answer: 'confirmed' | 'declined') =>
  call<RsvpView>(path('rsvp', code), { answer })
export const previewJoin = (code: string) => call<JoinPreview>(path('join', code))
export const redeemJoin = (code: string, displayName?: string) =>
  call<JoinPass>(path('join', code), displayName === undefined ? {} : { displayName })

/** The board page a pass opens, its token in the fragment (never sent to a server). */
export function boardLinkOf(pass: JoinPass): string {
  return `/w/${pass.workshop}/${pass.board}#token=${encodeURIComponent(pass.token)}`
}

/** The session's date in the page's language, with its time when it has one. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(date)
  if (!match) return date
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0))
  const at = Date.UTC(year!, month! - 1, day!, hour!, minute!)
  const locale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' }[language]
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    ...(match[4] !== undefined ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(at)
}
