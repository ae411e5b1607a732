export type {
  AppendedUpdate,
  BoardKey,
  BoardVersion,
  DocStore,
  NewVersion,
  StoredBoard,
} from './types.js'
export { VersionReason } from './types.js'
export { StorageError, StorageErrorCode } from './errors.js'
export { openSqliteStore, SQLITE_FILE, type SqliteStoreOptions, type StoreLog } from './sqlite.js'
