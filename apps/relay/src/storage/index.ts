export type { AppendedUpdate, BoardKey, DocStore, StoredBoard } from './types.js'
export { StorageError, StorageErrorCode } from './errors.js'
export { openSqliteStore, SQLITE_FILE, type SqliteStoreOptions, type StoreLog } from './sqlite.js'
