export type {
  AppendedUpdate,
  BoardKey,
  BoardVersion,
  DocStore,
  NewVersion,
  StoredBoard,
  StoredBallot,
  StoredParticipant,
  ParticipantAuditEntry,
} from './types.js'
export { VersionReason, BallotOutcome, ParticipantStatus, PersonalField } from './types.js'
export { StorageError, StorageErrorCode } from './errors.js'
export { openSqliteStore, SQLITE_FILE, type SqliteStoreOptions, type StoreLog } from './sqlite.js'
