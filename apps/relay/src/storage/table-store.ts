import type { BoardParams } from './rows.js'
import type {
  BallotOutcome,
  BoardKey,
  ParticipantAuditEntry,
  SessionDetails,
  StoredDraft,
  StoredJoinCode,
  StoredBallot,
  StoredParticipant,
} from './types.js'

type Awaitable<T> = T | Promise<T>

/** A store's held notes: SQLite answers at once, Postgres later. */
export interface DraftTable {
  add(workshop: string, draft: StoredDraft, maxPending: number): Awaitable<boolean>
  list(workshop: string, boards: readonly string[], owner?: string): Awaitable<StoredDraft[]>
  load(workshop: string, id: string): Awaitable<StoredDraft | undefined>
  hold(workshop: string, id: string): Awaitable<boolean>
  withdraw(workshop: string, id: string, owner: string): Awaitable<boolean>
  removeAll(workshop: string, ids: readonly string[]): Awaitable<void>
}

/** A store's secret ballots, per board and voting round. */
export interface BallotTable {
  cast(
    board: BoardParams,
    round: number,
    ballot: StoredBallot,
    budget: number,
  ): Awaitable<BallotOutcome>
  retract(board: BoardParams, round: number, voter: string, note: string): Awaitable<boolean>
  list(board: BoardParams, round: number, voter?: string): Awaitable<StoredBallot[]>
}

/** A store's participant registry, its audit log and its retention date. */
export interface ParticipantTable {
  save(workshop: string, participants: readonly StoredParticipant[]): Awaitable<void>
  list(workshop: string): Awaitable<StoredParticipant[]>
  remove(workshop: string, id: string): Awaitable<boolean>
  erase(workshop: string): Awaitable<number>
  audit(workshop: string, entry: ParticipantAuditEntry): Awaitable<void>
  listAudit(workshop: string): Awaitable<ParticipantAuditEntry[]>
  setRetention(workshop: string, until: number | null): Awaitable<void>
  loadRetention(workshop: string): Awaitable<number | null>
  expired(now: number): Awaitable<string[]>
}

/** A store's join codes and the sessions' date and place. */
export interface JoinTable {
  add(joinCode: StoredJoinCode): Awaitable<boolean>
  load(code: string): Awaitable<StoredJoinCode | undefined>
  personal(workshop: string, participant: string): Awaitable<StoredJoinCode | undefined>
  room(workshop: string, board: string): Awaitable<StoredJoinCode | undefined>
  revoke(workshop: string, code: string, at: number): Awaitable<boolean>
  saveDetails(workshop: string, session: string, details: SessionDetails): Awaitable<void>
  loadDetails(workshop: string, session: string): Awaitable<SessionDetails>
}

/**
 * The `DocStore` methods that only hand one call to a table, named for the logs by a board key,
 * written once for both stores. Each store says how it runs a call (`call`: its retries, and
 * its errors turned into `StorageError`s) and which tables it has.
 */
export abstract class TableStore {
  protected abstract readonly drafts: DraftTable
  protected abstract readonly ballots: BallotTable
  protected abstract readonly participants: ParticipantTable
  protected abstract readonly joins: JoinTable

  protected abstract call<T>(operation: string, key: BoardKey, body: () => Awaitable<T>): Promise<T>

  addDraft(workshop: string, draft: StoredDraft, maxPending: number): Promise<boolean> {
    return this.call('addDraft', { workshop, board: draft.board }, () =>
      this.drafts.add(workshop, draft, maxPending),
    )
  }

  listDrafts(workshop: string, boards: readonly string[], owner?: string): Promise<StoredDraft[]> {
    return this.call('listDrafts', { workshop, board: 'drafts' }, () =>
      this.drafts.list(workshop, boards, owner),
    )
  }

  loadDraft(workshop: string, id: string): Promise<StoredDraft | undefined> {
    return this.call('loadDraft', { workshop, board: 'drafts' }, () =>
      this.drafts.load(workshop, id),
    )
  }

  holdDraft(workshop: string, id: string): Promise<boolean> {
    return this.call('holdDraft', { workshop, board: 'drafts' }, () =>
      this.drafts.hold(workshop, id),
    )
  }

  withdrawDraft(workshop: string, id: string, owner: string): Promise<boolean> {
    return this.call('withdrawDraft', { workshop, board: 'drafts' }, () =>
      this.drafts.withdraw(workshop, id, owner),
    )
  }

  deleteDrafts(workshop: string, ids: readonly string[]): Promise<void> {
    return this.call('deleteDrafts', { workshop, board: 'drafts' }, () =>
      this.drafts.removeAll(workshop, ids),
    )
  }

  castBallot(
    key: BoardKey,
    round: number,
    ballot: StoredBallot,
    budget: number,
  ): Promise<BallotOutcome> {
    return this.call('castBallot', key, () =>
      this.ballots.cast(boardOf(key), round, ballot, budget),
    )
  }

  retractBallot(key: BoardKey, round: number, voter: string, noteId: string): Promise<boolean> {
    return this.call('retractBallot', key, () =>
      this.ballots.retract(boardOf(key), round, voter, noteId),
    )
  }

  listBallots(key: BoardKey, round: number, voter?: string): Promise<StoredBallot[]> {
    return this.call('listBallots', key, () => this.ballots.list(boardOf(key), round, voter))
  }

  saveParticipants(workshop: string, participants: readonly StoredParticipant[]): Promise<void> {
    return this.call('saveParticipants', { workshop, board: 'participants' }, () =>
      this.participants.save(workshop, participants),
    )
  }

  listParticipants(workshop: string): Promise<StoredParticipant[]> {
    return this.call('listParticipants', { workshop, board: 'participants' }, () =>
      this.participants.list(workshop),
    )
  }

  deleteParticipant(workshop: string, id: string): Promise<boolean> {
    return this.call('deleteParticipant', { workshop, board: 'participants' }, () =>
      this.participants.remove(workshop, id),
    )
  }

  erasePersonalData(workshop: string): Promise<number> {
    return this.call('erasePersonalData', { workshop, board: 'participants' }, () =>
      this.participants.erase(workshop),
    )
  }

  recordParticipantAudit(workshop: string, entry: ParticipantAuditEntry): Promise<void> {
    return this.call('recordParticipantAudit', { workshop, board: 'participants' }, () =>
      this.participants.audit(workshop, entry),
    )
  }

  listParticipantAudit(workshop: string): Promise<ParticipantAuditEntry[]> {
    return this.call('listParticipantAudit', { workshop, board: 'participants' }, () =>
      this.participants.listAudit(workshop),
    )
  }

  setRetention(workshop: string, until: number | null): Promise<void> {
    return this.call('setRetention', { workshop, board: 'participants' }, () =>
      this.participants.setRetention(workshop, until),
    )
  }

  loadRetention(workshop: string): Promise<number | null> {
    return this.call('loadRetention', { workshop, board: 'participants' }, () =>
      this.participants.loadRetention(workshop),
    )
  }

  expiredRetentions(now: number): Promise<string[]> {
    return this.call('expiredRetentions', { workshop: 'atelier', board: 'participants' }, () =>
      this.participants.expired(now),
    )
  }

  addJoinCode(joinCode: StoredJoinCode): Promise<boolean> {
    return this.call('addJoinCode', { workshop: joinCode.workshop, board: 'join-codes' }, () =>
      this.joins.add(joinCode),
    )
  }

  loadJoinCode(code: string): Promise<StoredJoinCode | undefined> {
    // Codes are global: the key only names the operation's place in logs.
    return this.call('loadJoinCode', { workshop: 'atelier', board: 'join-codes' }, () =>
      this.joins.load(code),
    )
  }

  personalJoinCode(workshop: string, participant: string): Promise<StoredJoinCode | undefined> {
    return this.call('personalJoinCode', { workshop, board: 'join-codes' }, () =>
      this.joins.personal(workshop, participant),
    )
  }

  roomJoinCode(workshop: string, board: string): Promise<StoredJoinCode | undefined> {
    return this.call('roomJoinCode', { workshop, board }, () => this.joins.room(workshop, board))
  }

  revokeJoinCode(workshop: string, code: string, at: number): Promise<boolean> {
    return this.call('revokeJoinCode', { workshop, board: 'join-codes' }, () =>
      this.joins.revoke(workshop, code, at),
    )
  }

  saveSessionDetails(workshop: string, session: string, details: SessionDetails): Promise<void> {
    return this.call('saveSessionDetails', { workshop, board: session }, () =>
      this.joins.saveDetails(workshop, session, details),
    )
  }

  loadSessionDetails(workshop: string, session: string): Promise<SessionDetails> {
    return this.call('loadSessionDetails', { workshop, board: session }, () =>
      this.joins.loadDetails(workshop, session),
    )
  }
}

/** Copied so that the statements bind exactly these two names, whatever else `key` carries. */
function boardOf(key: BoardKey): BoardParams {
  return { workshop: key.workshop, board: key.board }
}
