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
  StoredJoinCode,
  SessionDetails,
} from './types.js'
export {
  VersionReason,
  BallotOutcome,
  ParticipantStatus,
  PersonalField,
  JoinCodeKind,
} from './types.js'
export { StorageError, StorageErrorCode } from './errors.js'
export { openSqliteStore, SQLITE_FILE, type SqliteStoreOptions, type StoreLog } from './sqlite.js'
export { openPostgresStore, type PostgresStoreOptions } from './postgres.js'
