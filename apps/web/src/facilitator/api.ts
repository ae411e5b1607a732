import type { ScenarioAction } from '../scenario/ScenarioConsole.js'

/** One board of a session (or the workshop's roadmap), as the relay planned it. */
export type ConsultationBoard = {
  id: string
  kind: 'subgroup' | 'plenary' | 'roadmap'
  group?: number
  title: string
}

/** A session of the consultation: its toolkit template id and its boards. */
export type ConsultationSession = { id: string; boards: ConsultationBoard[] }

/** The consultation of a workshop (`GET /api/workshops/<w>/consultation`). */
export type Consultation = {
  workshop: string
  title: string
  locale: string
  groups: number
  createdAt: number
  sessions: ConsultationSession[]
  /** The workshop-wide roadmap board, where validated priorities are scheduled. */
  roadmap?: ConsultationBoard
}

/** What `POST …/roadmap/pull` answers: how many validated priorities arrived, and were there. */
export type RoadmapPull = { board: string; added: number; already: number }

/** What the facilitator asks for when creating a consultation. */
export type ConsultationInput = {
  title: string
  sessions: string[]
  groups: number
  locale: 'fr' | 'ar' | 'en'
}

/** One move of a session: the bodies of `POST …/sessions/<id>/control`. */
export type ControlAction =
  | { action: 'phase'; phaseId: string }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'addTime'; ms: number }
  | { action: 'lock'; locked: boolean }
  | { action: 'gather' }
  | { action: 'disperse' }
  | { action: 'voting'; state: 'open' | 'closed' | 'none'; budget?: number }
  | ScenarioAction

/** Connections on each board right now, by role. */
export type Presence = Record<
  string,
  Record<'facilitator' | 'rapporteur' | 'participant' | 'observer', number>
>

/** What went wrong with a call, in the words the console shows. */
export const ConsoleFailure = {
  network: 'network',
  unauthorized: 'unauthorized',
  expired: 'expired',
  forbidden: 'forbidden',
  notFound: 'notFound',
  conflict: 'conflict',
  invalid: 'invalid',
  server: 'server',
  unexpected: 'unexpected',
} as const
export type ConsoleFailure = (typeof ConsoleFailure)[keyof typeof ConsoleFailure]

/** A refused or failed call: its kind, the HTTP status, and the relay's code and message. */
export class ConsoleError extends Error {
  constructor(
    readonly failure: ConsoleFailure,
    readonly status: number,
    readonly code?: string,
    readonly detail?: string,
  ) {
    super(`consultation API: ${failure} (${status}${code ? ` ${code}` : ''})`)
    this.name = 'ConsoleError'
  }
}

/** Maps an HTTP refusal to what the console tells the facilitator. */
export function failureOf(status: number, code: string | undefined): ConsoleFailure {
  if (status === 401)
    return code === 'ATELIER_ERR_TOKEN_EXPIRED'
      ? ConsoleFailure.expired
      : ConsoleFailure.unauthorized
  if (status === 403) return ConsoleFailure.forbidden
  if (status === 404) return ConsoleFailure.notFound
  if (status === 409) return ConsoleFailure.conflict
  if (status === 400) return ConsoleFailure.invalid
  if (status >= 500) return ConsoleFailure.server
  return ConsoleFailure.unexpected
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseBoard(value: unknown): ConsultationBoard | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string')
    return undefined
  if (value.kind !== 'subgroup' && value.kind !== 'plenary' && value.kind !== 'roadmap')
    return undefined
  return {
    id: value.id,
    kind: value.kind,
    title: value.title,
    ...(typeof value.group === 'number' ? { group: value.group } : {}),
  }
}

/** Reads a consultation from the relay's JSON, or undefined when it is not one. */
export function parseConsultation(value: unknown): Consultation | undefined {
  if (!isRecord(value) || !Array.isArray(value.sessions)) return undefined
  const sessions: ConsultationSession[] = []
  for (const session of value.sessions) {
    if (!isRecord(session) || typeof session.id !== 'string' || !Array.isArray(session.boards))
      return undefined
    const boards = session.boards.map(parseBoard)
    if (boards.some((board) => board === undefined)) return undefined
    sessions.push({ id: session.id, boards: boards as ConsultationBoard[] })
  }
  const roadmap = value.roadmap === undefined ? undefined : parseBoard(value.roadmap)
  return {
    workshop: typeof value.workshop === 'string' ? value.workshop : '',
    title: typeof value.title === 'string' ? value.title : '',
    locale: typeof value.locale === 'string' ? value.locale : 'fr',
    groups: typeof value.groups === 'number' ? value.groups : 0,
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
    sessions,
    ...(roadmap ? { roadmap } : {}),
  }
}

function parsePresence(value: unknown): Presence {
  const presence: Presence = {}
  if (!isRecord(value)) return presence
  for (const [board, counts] of Object.entries(value)) {
    if (!isRecord(counts)) continue
    const count = (role: string) => (typeof counts[role] === 'number' ? counts[role] : 0)
    presence[board] = {
      facilitator: count('facilitator'),
      rapporteur: count('rapporteur'),
      participant: count('participant'),
      observer: count('observer'),
    }
  }
  return presence
}

/**
 * The facilitator's consultation API of one workshop (see docs/protocol.md): every call sends
 * the facilitator's token as `Authorization: Bearer` and throws a `ConsoleError` when the relay
 * refuses, fails, or cannot be reached.
 */
export class ConsultationApi {
  constructor(
    private readonly workshop: string,
    private readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async call(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<Record<string, unknown>> {
    let response: Response
    try {
      response = await this.fetcher(`/api/workshops/${encodeURIComponent(this.workshop)}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        cache: 'no-store',
      })
    } catch {
      throw new ConsoleError(ConsoleFailure.network, 0)
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (!response.ok) {
      const code = isRecord(body) && typeof body.code === 'string' ? body.code : undefined
      const message = isRecord(body) && typeof body.message === 'string' ? body.message : undefined
      throw new ConsoleError(failureOf(response.status, code), response.status, code, message)
    }
    if (!isRecord(body)) throw new ConsoleError(ConsoleFailure.unexpected, response.status)
    return body
  }

  /** The workshop's consultation, or undefined when it has none yet. */
  async consultation(): Promise<Consultation | undefined> {
    try {
      const body = await this.call('/consultation')
      const consultation = parseConsultation(body.consultation)
      if (!consultation) throw new ConsoleError(ConsoleFailure.unexpected, 200)
      return consultation
    } catch (error) {
      if (error instanceof ConsoleError && error.failure === ConsoleFailure.notFound)
        return undefined
      throw error
    }
  }

  /** Creates the consultation: every session's boards, prepared from their templates. */
  async create(input: ConsultationInput): Promise<Consultation> {
    const body = await this.call('/consultation', { method: 'POST', body: input })
    const consultation = parseConsultation(body.consultation)
    if (!consultation) throw new ConsoleError(ConsoleFailure.unexpected, 201)
    return consultation
  }

  /**
   * Moves a session on. Every board of the session receives the change through its document,
   * which is where the console reads it back.
   */
  async control(session: string, action: ControlAction): Promise<void> {
    await this.call(`/sessions/${encodeURIComponent(session)}/control`, {
      method: 'POST',
      body: action,
    })
  }

  /**
   * Copies every validated priority of the sessions' plenaries onto the roadmap board, once
   * each: says how many were added and how many were there already.
   */
  async pullRoadmap(): Promise<RoadmapPull> {
    const body = await this.call('/roadmap/pull', { method: 'POST', body: {} })
    const { board, added, already } = body
    if (typeof board !== 'string' || typeof added !== 'number' || typeof already !== 'number')
      throw new ConsoleError(ConsoleFailure.unexpected, 200)
    return { board, added, already }
  }

  /** How many people of each role are connected to each board of the consultation. */
  async presence(): Promise<Presence> {
    const body = await this.call('/presence')
    return parsePresence(body.boards)
  }
}
