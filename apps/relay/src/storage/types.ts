/**
 * The one storage interface of the relay. Every backend (SQLite by default, Postgres when
 * `DATABASE_URL` is set) passes the same contract, `describeDocStoreContract` in `contract.ts`.
 *
 * A board's document is kept as a log of Yjs updates. `append` is durable when its promise
 * resolves: the relay broadcasts an update only after that. `compact` replaces the updates up to
 * a sequence number with one merged update, so loading stays proportional to the document.
 */

/** Where a board lives: `<workshopId>/<boardId>`, each id matching `[a-z0-9][a-z0-9-]{0,63}`. */
export interface BoardKey {
  readonly workshop: string
  readonly board: string
}

export interface StoredBoard {
  /** The board's updates in the order they were appended (the merged one first after compaction). */
  readonly updates: Uint8Array[]
  /** The sequence number of the last update in `updates`, 0 for a board never written. */
  readonly lastSeq: number
  /** Total bytes of `updates`, so the relay can decide when to compact. */
  readonly bytes: number
}

export interface AppendedUpdate {
  readonly update: Uint8Array
  /** The pseudonymous id (`sub`) of whoever sent it, kept for the board's audit trail. */
  readonly author: string
}

export const VersionReason = {
  /** Taken by the relay every few minutes of activity. */
  auto: 'auto',
  /** Named by a facilitator. */
  named: 'named',
  /** Taken just before a phase change. */
  phase: 'phase',
  /** Taken just before a restore, so the restore itself can be undone. */
  restore: 'restore',
} as const
export type VersionReason = (typeof VersionReason)[keyof typeof VersionReason]

/** A saved state of a whole board, which a facilitator can view and restore. */
export interface BoardVersion {
  readonly id: number
  readonly createdAt: number
  /** The `sub` of whoever named it or caused it, `atelier:relay` for automatic versions. */
  readonly author: string
  readonly name: string | null
  readonly reason: VersionReason
  readonly bytes: number
}

export interface NewVersion {
  readonly snapshot: Uint8Array
  readonly author: string
  readonly name: string | null
  readonly reason: VersionReason
  /** When the state was saved; now when absent (a version imported from a consultation file keeps its date). */
  readonly createdAt?: number
}

/** One secret vote of a voting round, kept by the relay until the round closes. */
export interface StoredBallot {
  /** The voter's pseudonymous id (`sub`). */
  readonly voter: string
  /** The sub-group the voter belongs to (a board id), for the results' breakdown. */
  readonly group: string
  readonly noteId: string
  readonly castAt: number
}

/** What became of a vote: cast, or refused because it was cast already or the budget is spent. */
export const BallotOutcome = { cast: 'cast', alreadyVoted: 'alreadyVoted', spent: 'spent' } as const
export type BallotOutcome = (typeof BallotOutcome)[keyof typeof BallotOutcome]

/** Where a held note stands: waiting (for the reveal or the facilitator), or held by the facilitator. */
export const DraftStatus = { pending: 'pending', held: 'held' } as const
export type DraftStatus = (typeof DraftStatus)[keyof typeof DraftStatus]

/**
 * A participant's note the relay holds out of the board (private writing, moderation). `owner`
 * (the author's `sub`) is kept only so its author can list and withdraw it: never shown to
 * anyone else. An anonymous draft has no `authorName`.
 */
export interface StoredDraft {
  readonly id: string
  readonly board: string
  readonly owner: string
  readonly authorName: string | null
  readonly text: string
  readonly category: string
  readonly anonymous: boolean
  readonly status: DraftStatus
  readonly createdAt: number
}

/** Where an invitee stands: on the list, said yes, said no, came. */
export const ParticipantStatus = {
  invited: 'invited',
  confirmed: 'confirmed',
  declined: 'declined',
  attended: 'attended',
} as const
export type ParticipantStatus = (typeof ParticipantStatus)[keyof typeof ParticipantStatus]

/** The personal fields of a participant, each sealed (encrypted) by the relay before storage. */
export const PersonalField = {
  displayName: 'displayName',
  name: 'name',
  organisation: 'organisation',
  contact: 'contact',
  gender: 'gender',
  ageBand: 'ageBand',
  /** When consent was given and for what purposes (a small JSON record). */
  consent: 'consent',
} as const
export type PersonalField = (typeof PersonalField)[keyof typeof PersonalField]

/**
 * A participant of a consultation as the store keeps it. The store never sees personal data in
 * clear: `sealed` holds each personal field as the relay encrypted it (`name` is required).
 * `session`, `subgroup`, `stakeholder`, `status` and `consentGiven` stay clear for the counts.
 */
export interface StoredParticipant {
  /** Pseudonymous, random: the only identifier a board may carry. */
  readonly id: string
  readonly session: string
  readonly subgroup: string | null
  readonly stakeholder: string | null
  readonly status: ParticipantStatus
  readonly consentGiven: boolean
  readonly sealed: { readonly name: Uint8Array } & {
    readonly [field in Exclude<PersonalField, 'name'>]: Uint8Array | null
  }
  readonly createdAt: number
  readonly updatedAt: number
}

/** One line of a consultation's personal-data audit log: who did what to the list, when. */
export interface ParticipantAuditEntry {
  readonly at: number
  /** The facilitator's pseudonymous id (`sub`), or `atelier:relay` for the retention sweep. */
  readonly actor: string
  /** The display name of the facilitator's token. */
  readonly actorName: string
  readonly action: string
  /** How many participants the action touched (listed, exported, imported, deleted). */
  readonly count: number
}

/** A personal code (one invitee, RSVP and check-in) or a room code (walk-ins to a sub-group). */
export const JoinCodeKind = { personal: 'personal', room: 'room' } as const
export type JoinCodeKind = (typeof JoinCodeKind)[keyof typeof JoinCodeKind]

/**
 * A short code that `/join/<code>` exchanges for a token. It carries no personal data: a
 * personal code names its participant by pseudonymous id (their session and sub-group are read
 * from the registry when it is used), a room code names a session and one of its sub-group boards.
 */
export interface StoredJoinCode {
  readonly code: string
  readonly workshop: string
  readonly kind: JoinCodeKind
  readonly participant: string | null
  readonly session: string | null
  readonly board: string | null
  readonly createdAt: number
  readonly expiresAt: number
  readonly revokedAt: number | null
}

/** What the facilitator says of a session for the invitations: when (ISO date or date-time) and where. */
export interface SessionDetails {
  readonly date: string | null
  readonly place: string | null
}

export interface DocStore {
  /** The backend's name, for logs and metrics: `sqlite`, `postgres`. */
  readonly kind: string
  load(key: BoardKey): Promise<StoredBoard>
  /**
   * Stores a batch of updates of one board in one transaction and resolves with the sequence
   * number of the last one. Rejects, and stores none of them, when the write fails.
   */
  append(key: BoardKey, updates: readonly AppendedUpdate[]): Promise<number>
  /**
   * Replaces every update with a sequence number up to `uptoSeq` by `merged` (which must contain
   * them all). Safe when two callers compact the same board at once: the later one is a no-op
   * for what the earlier already merged, and updates appended after `uptoSeq` are kept.
   */
  compact(key: BoardKey, merged: Uint8Array, uptoSeq: number): Promise<void>
  /** Saves a whole-board state as a version; versions are never deleted with compaction. */
  saveVersion(key: BoardKey, version: NewVersion): Promise<BoardVersion>
  /** The board's versions, newest first. */
  listVersions(key: BoardKey): Promise<BoardVersion[]>
  /** A version's state as one Yjs update, or undefined when the board has no such version. */
  loadVersion(key: BoardKey, id: number): Promise<Uint8Array | undefined>
  /**
   * Takes writing away from a person (`sub`) in a workshop, whatever their token says, until
   * `reinstate`; their connections become read-only at once (the relay sees to that).
   */
  demote(workshop: string, sub: string, by: string): Promise<void>
  reinstate(workshop: string, sub: string): Promise<void>
  isDemoted(workshop: string, sub: string): Promise<boolean>
  /** Everyone demoted in a workshop: what another instance's demotions look like from here. */
  demotedIn(workshop: string): Promise<string[]>
  /**
   * Records a workshop's consultation (its sessions, sub-groups and boards, as JSON the relay
   * checks on load; no personal data). Resolves false, storing nothing, when one exists.
   */
  createConsultation(workshop: string, record: string): Promise<boolean>
  /** The consultation's JSON record, or undefined when the workshop has none. */
  loadConsultation(workshop: string): Promise<string | undefined>
  /**
   * Records a vote in a board's voting round, checking in one write transaction that the voter
   * has not voted for that note and has a vote left of `budget`: two devices of one person
   * voting at once cannot overspend. Resolves with what became of it; stores nothing unless cast.
   */
  castBallot(
    key: BoardKey,
    round: number,
    ballot: StoredBallot,
    budget: number,
  ): Promise<BallotOutcome>
  /** Takes back a vote of the round; resolves false when there was none. */
  retractBallot(key: BoardKey, round: number, voter: string, noteId: string): Promise<boolean>
  /** The round's votes, oldest first; only `voter`'s when given. */
  listBallots(key: BoardKey, round: number, voter?: string): Promise<StoredBallot[]>
  /** Deletes a board for good: its updates go, and the board stays refused afterwards. */
  deleteBoard(key: BoardKey): Promise<void>
  isDeleted(key: BoardKey): Promise<boolean>
  /**
   * Stores a new pending draft, unless its owner already has `maxPending` drafts waiting on
   * that board (counted in the same write transaction): resolves false then, storing nothing.
   */
  addDraft(workshop: string, draft: StoredDraft, maxPending: number): Promise<boolean>
  /** The drafts of these boards, oldest first; only `owner`'s when given. */
  listDrafts(workshop: string, boards: readonly string[], owner?: string): Promise<StoredDraft[]>
  loadDraft(workshop: string, id: string): Promise<StoredDraft | undefined>
  /** Marks a draft held; resolves false when there is no such draft. */
  holdDraft(workshop: string, id: string): Promise<boolean>
  /** Deletes `owner`'s draft while it is pending; resolves false otherwise. */
  withdrawDraft(workshop: string, id: string, owner: string): Promise<boolean>
  /** Deletes drafts that went into their board. */
  deleteDrafts(workshop: string, ids: readonly string[]): Promise<void>
  /** Stores these participants of a workshop (new or changed, by id) in one transaction. */
  saveParticipants(workshop: string, participants: readonly StoredParticipant[]): Promise<void>
  /** The workshop's participants, oldest first. */
  listParticipants(workshop: string): Promise<StoredParticipant[]>
  /** Deletes one participant; resolves false when there was none. */
  deleteParticipant(workshop: string, id: string): Promise<boolean>
  /**
   * Deletes every participant of the workshop, then rewrites the storage so that the deleted
   * bytes are gone from its files too (SQLite: VACUUM and a WAL checkpoint). Boards, the
   * consultation and the audit log stay. Resolves with how many participants went.
   */
  erasePersonalData(workshop: string): Promise<number>
  recordParticipantAudit(workshop: string, entry: ParticipantAuditEntry): Promise<void>
  /** The workshop's personal-data audit log, newest first. */
  listParticipantAudit(workshop: string): Promise<ParticipantAuditEntry[]>
  /** Sets (or with null, clears) the date after which the workshop's personal data is deleted. */
  setRetention(workshop: string, until: number | null): Promise<void>
  loadRetention(workshop: string): Promise<number | null>
  /** Workshops whose retention date is at or before `now` and that still hold participants. */
  expiredRetentions(now: number): Promise<string[]>
  /** Stores a new join code; resolves false, storing nothing, when the code is taken already. */
  addJoinCode(joinCode: StoredJoinCode): Promise<boolean>
  /** The join code, whatever its workshop, state or expiry; undefined when there is none. */
  loadJoinCode(code: string): Promise<StoredJoinCode | undefined>
  /** The newest unrevoked personal code of a participant, expired or not. */
  personalJoinCode(workshop: string, participant: string): Promise<StoredJoinCode | undefined>
  /** The newest unrevoked room code of a sub-group board, expired or not. */
  roomJoinCode(workshop: string, board: string): Promise<StoredJoinCode | undefined>
  /** Revokes a code of the workshop; resolves false when it has no such unrevoked code. */
  revokeJoinCode(workshop: string, code: string, at: number): Promise<boolean>
  saveSessionDetails(workshop: string, session: string, details: SessionDetails): Promise<void>
  /** The session's date and place, both null when never set. */
  loadSessionDetails(workshop: string, session: string): Promise<SessionDetails>
  close(): Promise<void>
}
