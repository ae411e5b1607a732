import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { StorageError, StorageErrorCode } from './errors.js'
import { migrate } from './schema.js'
import { sqliteBallots } from './sqlite-ballots.js'
import { sqliteDrafts } from './sqlite-drafts.js'
import { sqliteJoins } from './sqlite-joins.js'
import { sqliteParticipants } from './sqlite-participants.js'
import { TableStore } from './table-store.js'
import type {
  AppendedUpdate,
  BoardKey,
  BoardVersion,
  DocStore,
  NewVersion,
  StoredBoard,
  VersionReason,
} from './types.js'

/** The database file inside `DATA_DIR`. */
export const SQLITE_FILE = 'atelier.db'

/** The subset of pino the store logs through. */
export interface StoreLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

export interface SqliteStoreOptions {
  readonly dataDir: string
  readonly log?: StoreLog
  /**
   * How long SQLite itself waits for a lock before answering "busy". better-sqlite3 waits
   * synchronously, blocking the event loop, so this stays short; the store then retries with
   * backoff between event-loop turns (`RETRY_DELAYS_MS`).
   */
  readonly busyTimeoutMs?: number
}

const DEFAULT_BUSY_TIMEOUT_MS = 25
/** About 0.8 s in all: a relay that cannot write for longer closes the room and lets clients resend. */
const RETRY_DELAYS_MS = [10, 25, 50, 100, 200, 400] as const
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/
/** The author recorded on a merged update: it stands for many people's edits. */
const COMPACTION_AUTHOR = 'atelier:compaction'

/**
 * Opens (creating if needed) the SQLite board store in `dataDir`, applying any pending schema
 * migration. Throws a `StorageError` when the file cannot be opened or migrated.
 *
 * @example
 * const store = openSqliteStore({ dataDir: './data', log: app.log })
 * const seq = await store.append({ workshop: 'tanger', board: 'group-1' }, [{ update, author }])
 */
export function openSqliteStore(options: SqliteStoreOptions): DocStore {
  const db = openDatabase(options)
  try {
    return new SqliteStore(db, options.log)
  } catch (error) {
    db.close()
    throw error
  }
}

function openDatabase({ dataDir, log, busyTimeoutMs }: SqliteStoreOptions): Database.Database {
  const file = join(dataDir, SQLITE_FILE)
  let db: Database.Database | undefined
  try {
    mkdirSync(dataDir, { recursive: true })
    db = new Database(file, { timeout: busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS })
    db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode syncs only at checkpoints, not at each commit: a committed transaction
    // survives a crash of the process (SIGKILL included, the OS still holds the pages) and the
    // file is never corrupted, but a power cut or kernel crash may roll back the last commits.
    // FULL would fsync the WAL at every commit, several milliseconds per append on most disks.
    db.pragma('synchronous = NORMAL')
    migrate(db)
    log?.info({ file }, 'board store open')
    return db
  } catch (error) {
    db?.close()
    if (error instanceof StorageError) throw error
    const message = `cannot open the board store at ${file}: ${(error as Error).message}`
    throw new StorageError(StorageErrorCode.STORAGE, message, { cause: error })
  }
}

interface VersionRow {
  readonly id: number
  readonly created_at: number
  readonly author: string
  readonly name: string | null
  readonly reason: VersionReason
  readonly bytes: number
}

function toVersion(row: VersionRow): BoardVersion {
  const { id, created_at: createdAt, author, name, reason, bytes } = row
  return { id, createdAt, author, name, reason, bytes }
}

interface KeyParams {
  readonly workshop: string
  readonly board: string
}

function prepareStatements(db: Database.Database) {
  return {
    load: db.prepare<KeyParams, { seq: number; doc_update: Buffer }>(
      'SELECT seq, doc_update FROM board_updates WHERE workshop = @workshop AND board = @board ORDER BY seq',
    ),
    state: db.prepare<KeyParams, { deleted: number; lastSeq: number }>(
      `SELECT
        EXISTS (SELECT 1 FROM deleted_boards WHERE workshop = @workshop AND board = @board) AS deleted,
        (SELECT coalesce(max(seq), 0) FROM board_updates WHERE workshop = @workshop AND board = @board) AS lastSeq`,
    ),
    insert: db.prepare<
      KeyParams & { seq: number; update: Uint8Array; author: string; createdAt: number }
    >(
      `INSERT INTO board_updates (workshop, board, seq, doc_update, author, created_at)
       VALUES (@workshop, @board, @seq, @update, @author, @createdAt)`,
    ),
    countUpTo: db.prepare<KeyParams & { uptoSeq: number }, { count: number }>(
      'SELECT count(*) AS count FROM board_updates WHERE workshop = @workshop AND board = @board AND seq <= @uptoSeq',
    ),
    deleteUpTo: db.prepare<KeyParams & { uptoSeq: number }>(
      'DELETE FROM board_updates WHERE workshop = @workshop AND board = @board AND seq <= @uptoSeq',
    ),
    deleteAll: db.prepare<KeyParams>(
      'DELETE FROM board_updates WHERE workshop = @workshop AND board = @board',
    ),
    markDeleted: db.prepare<KeyParams & { deletedAt: number }>(
      `INSERT INTO deleted_boards (workshop, board, deleted_at) VALUES (@workshop, @board, @deletedAt)
       ON CONFLICT DO NOTHING`,
    ),
    insertVersion: db.prepare<
      KeyParams & {
        createdAt: number
        author: string
        name: string | null
        reason: string
        snapshot: Uint8Array
      }
    >(
      `INSERT INTO board_versions (workshop, board, created_at, author, name, reason, snapshot)
       VALUES (@workshop, @board, @createdAt, @author, @name, @reason, @snapshot)`,
    ),
    listVersions: db.prepare<KeyParams, VersionRow>(
      `SELECT id, created_at, author, name, reason, length(snapshot) AS bytes FROM board_versions
       WHERE workshop = @workshop AND board = @board ORDER BY id DESC`,
    ),
    loadVersion: db.prepare<KeyParams & { id: number }, { snapshot: Buffer }>(
      'SELECT snapshot FROM board_versions WHERE workshop = @workshop AND board = @board AND id = @id',
    ),
    deleteVersions: db.prepare<KeyParams>(
      'DELETE FROM board_versions WHERE workshop = @workshop AND board = @board',
    ),
    demote: db.prepare<{ workshop: string; sub: string; at: number; by: string }>(
      `INSERT INTO demoted_people (workshop, sub, demoted_at, demoted_by) VALUES (@workshop, @sub, @at, @by)
       ON CONFLICT DO NOTHING`,
    ),
    reinstate: db.prepare<{ workshop: string; sub: string }>(
      'DELETE FROM demoted_people WHERE workshop = @workshop AND sub = @sub',
    ),
    demotedIn: db.prepare<{ workshop: string }, { sub: string }>(
      'SELECT sub FROM demoted_people WHERE workshop = @workshop ORDER BY sub',
    ),
    isDemoted: db.prepare<{ workshop: string; sub: string }, { demoted: number }>(
      'SELECT 1 AS demoted FROM demoted_people WHERE workshop = @workshop AND sub = @sub',
    ),
    createConsultation: db.prepare<{ workshop: string; at: number; record: string }>(
      `INSERT INTO consultations (workshop, created_at, record) VALUES (@workshop, @at, @record)
       ON CONFLICT DO NOTHING`,
    ),
    loadConsultation: db.prepare<{ workshop: string }, { record: string }>(
      'SELECT record FROM consultations WHERE workshop = @workshop',
    ),
    isDeleted: db.prepare<KeyParams, { deleted: number }>(
      'SELECT 1 AS deleted FROM deleted_boards WHERE workshop = @workshop AND board = @board',
    ),
  }
}

class SqliteStore extends TableStore implements DocStore {
  readonly kind = 'sqlite'
  private readonly sql: ReturnType<typeof prepareStatements>
  // Write transactions start IMMEDIATE: they take the write lock at BEGIN, so a busy database
  // fails before anything ran and the whole transaction can simply be tried again.
  private readonly appendBatch: (key: KeyParams, updates: readonly AppendedUpdate[]) => number
  private readonly compactBoard: (key: KeyParams, merged: Uint8Array, uptoSeq: number) => void
  private readonly markDeleted: (key: KeyParams) => void
  protected readonly ballots: ReturnType<typeof sqliteBallots>
  protected readonly drafts: ReturnType<typeof sqliteDrafts>
  protected readonly participants: ReturnType<typeof sqliteParticipants>
  protected readonly joins: ReturnType<typeof sqliteJoins>

  constructor(
    private readonly db: Database.Database,
    private readonly log: StoreLog | undefined,
  ) {
    super()
    const sql = prepareStatements(db)
    this.sql = sql
    this.ballots = sqliteBallots(db)
    this.drafts = sqliteDrafts(db)
    this.participants = sqliteParticipants(db)
    this.joins = sqliteJoins(db)
    this.appendBatch = db.transaction((key: KeyParams, updates: readonly AppendedUpdate[]) => {
      let seq = this.writableLastSeq(key)
      const { workshop, board } = key
      const createdAt = Date.now()
      // Plain fields rather than `...key`: spreading costs about 2 µs a row on this hot path.
      for (const { update, author } of updates) {
        sql.insert.run({ workshop, board, seq: ++seq, update, author, createdAt })
      }
      return seq
    }).immediate
    this.compactBoard = db.transaction((key: KeyParams, merged: Uint8Array, uptoSeq: number) => {
      const lastSeq = this.writableLastSeq(key)
      if (uptoSeq > lastSeq) {
        throw new StorageError(
          StorageErrorCode.STORAGE,
          `cannot compact up to ${uptoSeq}: the last stored update is ${lastSeq}`,
        )
      }
      // One row at or below uptoSeq means an earlier compaction already merged them all.
      if ((sql.countUpTo.get({ ...key, uptoSeq })?.count ?? 0) <= 1) return
      sql.deleteUpTo.run({ ...key, uptoSeq })
      const createdAt = Date.now()
      sql.insert.run({ ...key, seq: uptoSeq, update: merged, author: COMPACTION_AUTHOR, createdAt })
    }).immediate
    this.markDeleted = db.transaction((key: KeyParams) => {
      sql.markDeleted.run({ ...key, deletedAt: Date.now() })
      sql.deleteAll.run(key)
      sql.deleteVersions.run(key)
    }).immediate
  }

  load(key: BoardKey): Promise<StoredBoard> {
    return this.run('load', key, (params) => {
      const rows = this.sql.load.all(params)
      let bytes = 0
      const updates = rows.map(({ doc_update: data }) => {
        bytes += data.byteLength
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      })
      return { updates, lastSeq: rows.at(-1)?.seq ?? 0, bytes }
    })
  }

  append(key: BoardKey, updates: readonly AppendedUpdate[]): Promise<number> {
    return this.run('append', key, (params) => this.appendBatch(params, updates))
  }

  compact(key: BoardKey, merged: Uint8Array, uptoSeq: number): Promise<void> {
    return this.run('compact', key, (params) => this.compactBoard(params, merged, uptoSeq))
  }

  saveVersion(key: BoardKey, version: NewVersion): Promise<BoardVersion> {
    return this.run('saveVersion', key, (params) => {
      this.writableLastSeq(params)
      const { snapshot, author, name, reason } = version
      const createdAt = version.createdAt ?? Date.now()
      const row = { ...params, createdAt, author, name, reason, snapshot }
      const id = Number(this.sql.insertVersion.run(row).lastInsertRowid)
      return { id, createdAt, author, name, reason, bytes: snapshot.byteLength }
    })
  }

  listVersions(key: BoardKey): Promise<BoardVersion[]> {
    return this.run('listVersions', key, (params) =>
      this.sql.listVersions.all(params).map(toVersion),
    )
  }

  loadVersion(key: BoardKey, id: number): Promise<Uint8Array | undefined> {
    return this.run('loadVersion', key, (params) => {
      const row = this.sql.loadVersion.get({ ...params, id })
      return row
        ? new Uint8Array(row.snapshot.buffer, row.snapshot.byteOffset, row.snapshot.byteLength)
        : undefined
    })
  }

  demote(workshop: string, sub: string, by: string): Promise<void> {
    return this.run('demote', { workshop, board: 'people' }, () => {
      this.sql.demote.run({ workshop, sub, at: Date.now(), by })
    })
  }

  reinstate(workshop: string, sub: string): Promise<void> {
    return this.run('reinstate', { workshop, board: 'people' }, () => {
      this.sql.reinstate.run({ workshop, sub })
    })
  }

  isDemoted(workshop: string, sub: string): Promise<boolean> {
    return this.run('isDemoted', { workshop, board: 'people' }, () => {
      return this.sql.isDemoted.get({ workshop, sub }) !== undefined
    })
  }

  demotedIn(workshop: string): Promise<string[]> {
    return this.run('demotedIn', { workshop, board: 'people' }, () =>
      this.sql.demotedIn.all({ workshop }).map((row) => row.sub),
    )
  }

  createConsultation(workshop: string, record: string): Promise<boolean> {
    return this.run('createConsultation', { workshop, board: 'consultation' }, () => {
      return this.sql.createConsultation.run({ workshop, at: Date.now(), record }).changes === 1
    })
  }

  loadConsultation(workshop: string): Promise<string | undefined> {
    return this.run('loadConsultation', { workshop, board: 'consultation' }, () => {
      return this.sql.loadConsultation.get({ workshop })?.record
    })
  }

  deleteBoard(key: BoardKey): Promise<void> {
    return this.run('deleteBoard', key, (params) => this.markDeleted(params))
  }

  isDeleted(key: BoardKey): Promise<boolean> {
    return this.run('isDeleted', key, (params) => this.sql.isDeleted.get(params) !== undefined)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }

  /** The board's last sequence number, inside a write transaction that must not revive it. */
  private writableLastSeq(key: KeyParams): number {
    const state = this.sql.state.get(key)
    if (state?.deleted) {
      throw new StorageError(
        StorageErrorCode.BOARD_DELETED,
        `board ${key.workshop}/${key.board} was deleted`,
      )
    }
    return state?.lastSeq ?? 0
  }

  protected call<T>(operation: string, key: BoardKey, body: () => T | Promise<T>): Promise<T> {
    // The SQLite tables answer at once: `body` returns its value, never a promise.
    return this.run(operation, key, body) as Promise<T>
  }

  /**
   * Runs one store operation, retrying while the database is locked by another connection, and
   * turns every failure into a `StorageError` naming the operation and the board.
   */
  private async run<T>(operation: string, key: BoardKey, body: (key: KeyParams) => T): Promise<T> {
    // Copied so that the statements bind exactly these two names, whatever else `key` carries.
    const params = { workshop: key.workshop, board: key.board }
    const where = `${operation} ${params.workshop}/${params.board}`
    if (!ID_PATTERN.test(params.workshop) || !ID_PATTERN.test(params.board)) {
      throw new StorageError(StorageErrorCode.STORAGE, `${where}: malformed board key`)
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return body(params)
      } catch (error) {
        if (error instanceof StorageError) throw error
        const delay = isBusy(error) ? RETRY_DELAYS_MS[attempt] : undefined
        if (delay === undefined) {
          const message = `${where} failed: ${(error as Error).message}`
          throw new StorageError(StorageErrorCode.STORAGE, message, { cause: error })
        }
        this.log?.warn({ err: error, attempt, delayMs: delay }, `${where}: database busy, retrying`)
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}
