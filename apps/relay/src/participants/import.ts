import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { participantInputSchema, type Participant, type ParticipantInput } from './fields.js'
import type { Placement } from './placement.js'
import { ParticipantRefusal, ParticipantRefusalKind } from './refusal.js'
import type { Table } from './table.js'

/** The most rows one file may carry: a guest list, not a census. */
export const MAX_IMPORT_ROWS = 2000

/** The columns a guest list may have, each with the headings it is recognised by (fr and en). */
const COLUMNS = {
  name: ['name', 'nom', 'nomcomplet', 'fullname', 'prenometnom'],
  displayName: ['displayname', 'pseudo', 'nomaffiche', 'surnom'],
  organisation: ['organisation', 'organization', 'structure', 'org'],
  stakeholder: ['stakeholder', 'stakeholdertype', 'type', 'categorie', 'profil'],
  session: ['session'],
  subgroup: ['subgroup', 'sousgroupe', 'groupe', 'group'],
  contact: ['contact', 'email', 'mail', 'courriel', 'phone', 'telephone', 'tel'],
  gender: ['gender', 'genre'],
  ageBand: ['ageband', 'age', 'trancheage', 'tranchedage'],
  consent: ['consent', 'consentgiven', 'consentement'],
  consentPurposes: ['consentpurposes', 'purposes', 'finalites'],
  status: ['status', 'statut'],
} as const
type Column = keyof typeof COLUMNS
/** Columns an export writes that an import reads past. */
const IGNORED = ['id', 'consentat', 'createdat', 'updatedat']

/** One refused row of a file, with every reason. */
export interface RowError {
  readonly line: number
  readonly reasons: string[]
}

export interface CheckedTable {
  readonly good: Array<{ readonly line: number; readonly input: ParticipantInput }>
  readonly errors: RowError[]
  readonly unknownColumns: string[]
}

/**
 * Checks every row of a guest list: its fields (the participant schema), its session and
 * sub-group (the consultation) and that it repeats neither an earlier row nor someone already
 * on the list (same name, session and contact). Throws, for the whole file, when the name or
 * session column is missing or the file is too long.
 */
export function checkTable(
  table: Table,
  placement: Placement,
  existing: readonly Participant[],
): CheckedTable {
  const { columns, unknown } = columnsOf(table.header)
  for (const required of ['name', 'session'] as const) {
    if (columns[required] === undefined) {
      throw new ParticipantRefusal(
        ParticipantRefusalKind.BAD_REQUEST,
        `the file has no "${required}" column (its first row must name the columns)`,
      )
    }
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new ParticipantRefusal(
      ParticipantRefusalKind.BAD_REQUEST,
      `the file has ${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} at once`,
    )
  }
  const seen = new Map<string, string>()
  for (const participant of existing) {
    seen.set(identityOf(participant), 'a participant already on the list')
  }
  const good: CheckedTable['good'] = []
  const errors: RowError[] = []
  for (const { line, cells } of table.rows) {
    const checked = checkCandidate(candidateOf(cells, columns), placement)
    if ('reasons' in checked) {
      errors.push({ line, reasons: checked.reasons })
      continue
    }
    const identity = identityOf(checked.input)
    const earlier = seen.get(identity)
    if (earlier) {
      errors.push({ line, reasons: [`duplicate: same name, session and contact as ${earlier}`] })
      continue
    }
    seen.set(identity, `line ${line}`)
    good.push({ line, input: checked.input })
  }
  return { good, errors, unknownColumns: unknown }
}

/** A participant's fields checked by the schema, then placed in the consultation. */
export function checkCandidate(
  candidate: unknown,
  placement: Placement,
): { input: ParticipantInput } | { reasons: string[] } {
  const parsed = participantInputSchema.safeParse(candidate)
  if (!parsed.success) return { reasons: reasonsOf(parsed.error) }
  const placed = placement.place(parsed.data.session, parsed.data.subgroup)
  if ('error' in placed) return { reasons: [placed.error] }
  return { input: { ...parsed.data, ...placed } }
}

/** Each issue as `field: message`, the way the preview and the API's 400s name them. */
export function reasonsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
}

function identityOf(person: Pick<ParticipantInput, 'name' | 'session' | 'contact'>): string {
  const fold = (value: string | null | undefined) =>
    (value ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  return [fold(person.name), person.session, fold(person.contact)].join('\u0000')
}

function headingKey(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

function columnsOf(header: readonly string[]) {
  const columns: Partial<Record<Column, number>> = {}
  const unknown: string[] = []
  header.forEach((heading, index) => {
    const key = headingKey(heading)
    const column = (Object.keys(COLUMNS) as Column[]).find((name) =>
      (COLUMNS[name] as readonly string[]).includes(key),
    )
    if (column && columns[column] === undefined) columns[column] = index
    else if (key !== '' && !IGNORED.includes(key)) unknown.push(heading)
  })
  return { columns, unknown }
}

const YES = ['yes', 'y', 'oui', 'o', 'true', '1', 'x', 'نعم']

/** A row's cells as the participant schema's input: blank cells are absent. */
function candidateOf(cells: readonly string[], columns: Partial<Record<Column, number>>) {
  const cell = (column: Column) => {
    const index = columns[column]
    const value = index === undefined ? undefined : cells[index]?.trim()
    // An exported cell was neutralised with a quote: read back the value it stood for.
    return value === '' ? undefined : value?.replace(/^'(?=[=+\-@\t\r])/, '')
  }
  const lower = (column: Column) => cell(column)?.toLowerCase()
  const consent = lower('consent')
  const purposes = lower('consentPurposes')
  return {
    name: cell('name'),
    session: cell('session') ?? '',
    displayName: cell('displayName'),
    organisation: cell('organisation'),
    stakeholder: lower('stakeholder'),
    subgroup: cell('subgroup'),
    contact: cell('contact'),
    gender: cell('gender'),
    ageBand: lower('ageBand'),
    consent: {
      given: consent !== undefined && YES.includes(consent),
      purposes: purposes
        ? purposes
            .split(/[;,|]/)
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
    },
    status: lower('status'),
  }
}

/** Rows checked and waiting for the facilitator's confirmation, kept in memory for a while. */
export interface PendingImport {
  readonly id: string
  readonly workshop: string
  readonly expiresAt: number
  readonly rows: Array<{ readonly line: number; readonly input: ParticipantInput }>
}

const PENDING_TTL_MS = 30 * 60 * 1000
const MAX_PENDING = 20

/**
 * Imports previewed and not yet confirmed. They live only in this relay's memory (nothing of
 * them reaches the disk) and expire after 30 minutes; the confirm must reach the same relay.
 */
export class PendingImports {
  private readonly pending = new Map<string, PendingImport>()

  hold(workshop: string, rows: PendingImport['rows'], now = Date.now()): PendingImport {
    this.expire(now)
    if (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value
      if (oldest !== undefined) this.pending.delete(oldest)
    }
    const held = { id: randomUUID(), workshop, expiresAt: now + PENDING_TTL_MS, rows }
    this.pending.set(held.id, held)
    return held
  }

  /** The import, removed from the waiting ones; undefined when unknown, expired or another workshop's. */
  take(workshop: string, id: string, now = Date.now()): PendingImport | undefined {
    this.expire(now)
    const held = this.pending.get(id)
    if (!held || held.workshop !== workshop) return undefined
    this.pending.delete(id)
    return held
  }

  /** Forgets every waiting import of the workshop (its personal data is being deleted). */
  drop(workshop: string): void {
    for (const [id, held] of this.pending) if (held.workshop === workshop) this.pending.delete(id)
  }

  private expire(now: number): void {
    for (const [id, held] of this.pending) if (held.expiresAt <= now) this.pending.delete(id)
  }
}
