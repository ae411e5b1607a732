import type {
  DraftStatus,
  JoinCodeKind,
  ParticipantAuditEntry,
  ParticipantStatus,
  StoredBallot,
  StoredDraft,
  StoredJoinCode,
  StoredParticipant,
} from './types.js'

// The rows both stores read back, and how they become the store's values: the SQLite and
// Postgres tables have the same columns, so one reading serves both.

/** A stored blob as the plain `Uint8Array` the store's interface speaks (a view, no copy). */
export function bytes(value: Buffer): Uint8Array
export function bytes(value: Buffer | null): Uint8Array | null
export function bytes(value: Buffer | null): Uint8Array | null {
  return value ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : null
}

export interface JoinCodeRow {
  readonly code: string
  readonly workshop: string
  readonly kind: JoinCodeKind
  readonly participant: string | null
  readonly session: string | null
  readonly board: string | null
  readonly created_at: number
  readonly expires_at: number
  readonly revoked_at: number | null
}

export const JOIN_CODE_COLUMNS =
  'code, workshop, kind, participant, session, board, created_at, expires_at, revoked_at'

export function toJoinCode(row: JoinCodeRow): StoredJoinCode {
  return {
    code: row.code,
    workshop: row.workshop,
    kind: row.kind,
    participant: row.participant,
    session: row.session,
    board: row.board,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  }
}

export interface ParticipantRow {
  readonly id: string
  readonly session: string
  readonly subgroup: string | null
  readonly stakeholder: string | null
  readonly status: ParticipantStatus
  /** A boolean in Postgres, 0 or 1 in SQLite. */
  readonly consent_given: boolean | number
  readonly display_name: Buffer | null
  readonly name: Buffer
  readonly organisation: Buffer | null
  readonly contact: Buffer | null
  readonly gender: Buffer | null
  readonly age_band: Buffer | null
  readonly consent: Buffer | null
  readonly created_at: number
  readonly updated_at: number
}

export const PARTICIPANT_COLUMNS = `id, session, subgroup, stakeholder, status, consent_given, display_name, name,
  organisation, contact, gender, age_band, consent, created_at, updated_at`

export function toParticipant(row: ParticipantRow): StoredParticipant {
  return {
    id: row.id,
    session: row.session,
    subgroup: row.subgroup,
    stakeholder: row.stakeholder,
    status: row.status,
    consentGiven: row.consent_given === true || row.consent_given === 1,
    sealed: {
      displayName: bytes(row.display_name),
      name: bytes(row.name),
      organisation: bytes(row.organisation),
      contact: bytes(row.contact),
      gender: bytes(row.gender),
      ageBand: bytes(row.age_band),
      consent: bytes(row.consent),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface AuditRow {
  readonly at: number
  readonly actor: string
  readonly actor_name: string
  readonly action: string
  readonly count: number
}

export function toAuditEntry(row: AuditRow): ParticipantAuditEntry {
  return {
    at: row.at,
    actor: row.actor,
    actorName: row.actor_name,
    action: row.action,
    count: row.count,
  }
}

/** The board a ballot or draft statement is about: exactly the two names the statements bind. */
export interface BoardParams {
  readonly workshop: string
  readonly board: string
}

export interface BallotRow {
  readonly voter: string
  readonly voter_group: string
  readonly note: string
  readonly cast_at: number
}

export const BALLOT_COLUMNS = 'voter, voter_group, note, cast_at'

export function toBallot(row: BallotRow): StoredBallot {
  return { voter: row.voter, group: row.voter_group, noteId: row.note, castAt: row.cast_at }
}

export interface DraftRow {
  readonly id: string
  readonly board: string
  readonly owner: string
  readonly author_name: string | null
  readonly text: string
  readonly category: string
  /** SQLite has no boolean: 1 or 0 there, true or false in Postgres. */
  readonly anonymous: boolean | number
  readonly status: DraftStatus
  readonly created_at: number
}

export const DRAFT_COLUMNS =
  'id, board, owner, author_name, text, category, anonymous, status, created_at'

export function toDraft(row: DraftRow): StoredDraft {
  return {
    id: row.id,
    board: row.board,
    owner: row.owner,
    authorName: row.author_name,
    text: row.text,
    category: row.category,
    anonymous: row.anonymous === true || row.anonymous === 1,
    status: row.status,
    createdAt: row.created_at,
  }
}
