import { ConsoleError, ConsoleFailure, failureOf } from '../facilitator/api.js'

/** Who a participant speaks for (docs/protocol.md, "Participants (personal data)"). */
export const StakeholderType = [
  'public-institution',
  'civil-society',
  'field-actor',
  'youth',
  'migrant',
  'community-actor',
  'other',
] as const
export type StakeholderType = (typeof StakeholderType)[number]

export const AgeBand = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const
export type AgeBand = (typeof AgeBand)[number]

export const ParticipantStatus = ['invited', 'confirmed', 'declined', 'attended'] as const
export type ParticipantStatus = (typeof ParticipantStatus)[number]

export const ConsentPurpose = ['invitation', 'statistics', 'report'] as const
export type ConsentPurpose = (typeof ConsentPurpose)[number]

/** A participant as the relay serves it to the facilitator, personal fields in clear. */
export type Participant = {
  id: string
  displayName: string | null
  name: string
  organisation: string | null
  stakeholder: StakeholderType | null
  session: string
  subgroup: string | null
  contact: string | null
  gender: string | null
  ageBand: AgeBand | null
  consent: { given: boolean; at: number | null; purposes: ConsentPurpose[] }
  status: ParticipantStatus
}

/** What the form sends: `null` clears an optional field. */
export type ParticipantInput = Omit<Participant, 'id' | 'consent'> & {
  consent: { given: boolean; purposes: ConsentPurpose[] }
}

/** One refused row of an uploaded guest list: the file's line (1 is the header) and why. */
export type RowError = { line: number; reasons: string[] }

/** What an upload would import, held by the relay until the facilitator confirms. */
export type ImportPreview = {
  importId: string
  expiresAt: number
  rows: number
  valid: number
  errors: RowError[]
  unknownColumns: string[]
}

/** A count of the balance: a number, or `fewerThan3` for every group smaller than 3. */
export type Count = number | 'fewerThan3'
export const BalanceStatus = ['invited', 'confirmed', 'declined', 'attended'] as const
export type StatusCounts = Record<(typeof BalanceStatus)[number], Count>

/** A session's counts over the participants who consented, with no personal detail. */
export type SessionBalance = {
  session: string
  total: StatusCounts
  stakeholder: Record<string, StatusCounts>
  gender: Record<string, StatusCounts>
  ageBand: Record<string, StatusCounts>
  notCounted: Count
}

/** Who read, exported, imported, changed or deleted personal data, and when. */
export type AuditEntry = {
  at: number
  actor: string
  actorName: string
  action: string
  count: number
}

export const ExportFormat = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof ExportFormat)[number]

/** The content type the relay reads an XLSX upload by. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Body = { json: unknown } | { file: Blob; type: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The participant registry of one workshop, for its facilitator (docs/protocol.md,
 * "Participants (personal data)"). Every call sends the token as `Authorization: Bearer` and
 * throws a `ConsoleError` when the relay refuses (its message names each bad field), fails, or
 * cannot be reached.
 */
export class ParticipantsApi {
  constructor(
    private readonly workshop: string,
    private readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async send(path: string, method = 'GET', body?: Body): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` }
    let payload: BodyInit | undefined
    if (body && 'json' in body) {
      headers['Content-Type'] = 'application/json'
      payload = JSON.stringify(body.json)
    } else if (body) {
      headers['Content-Type'] = body.type
      payload = body.file
    }
    const url = `/api/workshops/${encodeURIComponent(this.workshop)}/participants${path}`
    let response: Response
    try {
      response = await this.fetcher(url, { method, headers, body: payload, cache: 'no-store' })
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

  private async json(path: string, method = 'GET', body?: Body): Promise<Record<string, unknown>> {
    const response = await this.send(path, method, body)
    const answer: unknown = await response.json().catch(() => undefined)
    if (!isRecord(answer)) throw new ConsoleError(ConsoleFailure.unexpected, response.status)
    return answer
  }

  /** Every participant of the consultation, oldest first (the relay audits the viewing). */
  async list(): Promise<Participant[]> {
    const body = await this.json('')
    if (!Array.isArray(body.participants)) throw new ConsoleError(ConsoleFailure.unexpected, 200)
    return body.participants as Participant[]
  }

  async create(input: ParticipantInput): Promise<Participant> {
    const body = await this.json('', 'POST', { json: input })
    return body.participant as Participant
  }

  async edit(id: string, patch: Partial<ParticipantInput>): Promise<Participant> {
    const body = await this.json(`/${encodeURIComponent(id)}`, 'PATCH', { json: patch })
    return body.participant as Participant
  }

  async remove(id: string): Promise<void> {
    await this.send(`/${encodeURIComponent(id)}`, 'DELETE')
  }

  /** Sends a guest list (CSV or XLSX) and answers what it would import; nothing is stored yet. */
  async preview(file: File): Promise<ImportPreview> {
    const type = isXlsx(file) ? XLSX_TYPE : 'text/csv'
    const body = await this.json('/import', 'POST', { file, type })
    return {
      importId: String(body.importId),
      expiresAt: Number(body.expiresAt),
      rows: Number(body.rows),
      valid: Number(body.valid),
      errors: Array.isArray(body.errors) ? (body.errors as RowError[]) : [],
      unknownColumns: Array.isArray(body.unknownColumns) ? (body.unknownColumns as string[]) : [],
    }
  }

  /** Imports the good rows of a preview; resolves with how many. */
  async confirm(importId: string): Promise<number> {
    const body = await this.json(`/import/${encodeURIComponent(importId)}/confirm`, 'POST', {
      json: {},
    })
    return Number(body.imported)
  }

  /** The list as a file, with the name the relay gives it. */
  async export(format: ExportFormat): Promise<{ blob: Blob; filename: string }> {
    const response = await this.send(`/export?format=${format}`)
    const disposition = response.headers.get('content-disposition') ?? ''
    const filename =
      /filename="([^"]+)"/.exec(disposition)?.[1] ?? `participants-${this.workshop}.${format}`
    return { blob: await response.blob(), filename }
  }

  async balance(): Promise<SessionBalance[]> {
    const body = await this.json('/balance')
    return Array.isArray(body.sessions) ? (body.sessions as SessionBalance[]) : []
  }

  async audit(): Promise<AuditEntry[]> {
    const body = await this.json('/audit')
    return Array.isArray(body.entries) ? (body.entries as AuditEntry[]) : []
  }

  /** Deletes every participant of the consultation; resolves with how many. */
  async deleteAll(): Promise<number> {
    const body = await this.json('', 'DELETE')
    return Number(body.deleted)
  }

  /** The retention date (epoch ms), or null when none is set. */
  async retention(): Promise<number | null> {
    const body = await this.json('/retention')
    return typeof body.until === 'number' ? body.until : null
  }

  /** Sets the retention date (`YYYY-MM-DD`, kept through that day) or clears it with null. */
  async setRetention(until: string | null): Promise<number | null> {
    const body = await this.json('/retention', 'PUT', { json: { until } })
    return typeof body.until === 'number' ? body.until : null
  }
}

function isXlsx(file: File): boolean {
  return file.type === XLSX_TYPE || file.name.toLowerCase().endsWith('.xlsx')
}
