import pg from 'pg'
import { StorageError, StorageErrorCode } from './errors.js'
import { postgresBallots } from './postgres-ballots.js'
import { postgresBoards } from './postgres-boards.js'
import { postgresDrafts } from './postgres-drafts.js'
import { postgresJoins } from './postgres-joins.js'
import { postgresParticipants } from './postgres-participants.js'
import { migratePostgres } from './postgres-schema.js'
import { TableStore } from './table-store.js'
import type { StoreLog } from './sqlite.js'
import type {
  AppendedUpdate,
  BoardKey,
  BoardVersion,
  DocStore,
  NewVersion,
  StoredBoard,
} from './types.js'

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`, as `DATABASE_URL` gives it. */
  readonly connectionString: string
  readonly log?: StoreLog
  /** A schema to create and use instead of the connection's default `search_path` (tests). */
  readonly schema?: string
  /** Connections the pool may open; 10 by default. */
  readonly maxConnections?: number
  /** How long opening a connection may take before the call fails; 5 s by default. */
  readonly connectTimeoutMs?: number
  /** How long one statement may take before the call fails; 15 s by default. */
  readonly queryTimeoutMs?: number
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/
const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/
/** Serialization failures and deadlocks: Postgres rolled back everything, so a retry is safe. */
const RETRYABLE = new Set(['40001', '40P01'])
const RETRY_DELAYS_MS = [10, 50, 200] as const
const INT8_OID = 20

/** `bigint` columns (times in ms, sequence numbers, counts) as numbers: all stay below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
}

/**
 * Opens the Postgres board store, applying any pending migration (several relay instances may
 * open it at once: they take turns). Rejects with a `StorageError` when the database cannot be
 * reached or migrated; the message names the host and database, never the password.
 *
 * @example
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL!, log })
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DocStore> {
  const where = describeUrl(options.connectionString)
  if (options.schema !== undefined && !SCHEMA_PATTERN.test(options.schema)) {
    throw new StorageError(StorageErrorCode.STORAGE, `malformed schema name ${options.schema}`)
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    query_timeout: options.queryTimeoutMs ?? 15_000,
    keepAlive: true,
    application_name: 'atelier-relay',
    types,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  })
  // An idle connection that Postgres or the network drops emits here; unhandled, it would
  // crash the process. The pool replaces it at the next call.
  pool.on('error', (error) => options.log?.warn({ err: error }, 'board store connection lost'))
  try {
    const client = await pool.connect()
    let lost: Error | undefined
    const onError = (error: Error) => {
      lost = error
    }
    client.on('error', onError)
    try {
      await migratePostgres(client, options.schema)
    } finally {
      client.off('error', onError)
      client.release(lost)
    }
  } catch (error) {
    await pool.end().catch(() => undefined)
    if (error instanceof StorageError) throw error
    const message = `cannot open the board store at ${where}: ${(error as Error).message}`
    throw new StorageError(StorageErrorCode.STORAGE, message, { cause: error })
  }
  options.log?.info({ database: where }, 'board store open')
  return new PostgresStore(pool, options.log)
}

/** `host:port/database` of a connection string, without its user or password. */
function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    return `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`
  } catch {
    return 'postgres (unreadable DATABASE_URL)'
  }
}

class PostgresStore extends TableStore implements DocStore {
  readonly kind = 'postgres'
  private closed = false
  private readonly boards: ReturnType<typeof postgresBoards>
  protected readonly ballots: ReturnType<typeof postgresBallots>
  protected readonly drafts: ReturnType<typeof postgresDrafts>
  protected readonly participants: ReturnType<typeof postgresParticipants>
  protected readonly joins: ReturnType<typeof postgresJoins>

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: StoreLog | undefined,
  ) {
    super()
    this.boards = postgresBoards(pool, log)
    this.ballots = postgresBallots(pool)
    this.drafts = postgresDrafts(pool)
    this.participants = postgresParticipants(pool)
    this.joins = postgresJoins(pool)
  }

  load(key: BoardKey): Promise<StoredBoard> {
    return this.run('load', key, (params) => this.boards.load(params))
  }

  append(key: BoardKey, updates: readonly AppendedUpdate[]): Promise<number> {
    return this.run('append', key, (params) => this.boards.append(params, updates))
  }

  compact(key: BoardKey, merged: Uint8Array, uptoSeq: number): Promise<void> {
    return this.run('compact', key, (params) => this.boards.compact(params, merged, uptoSeq))
  }

  saveVersion(key: BoardKey, version: NewVersion): Promise<BoardVersion> {
    return this.run('saveVersion', key, (params) => this.boards.saveVersion(params, version))
  }

  listVersions(key: BoardKey): Promise<BoardVersion[]> {
    return this.run('listVersions', key, (params) => this.boards.listVersions(params))
  }

  loadVersion(key: BoardKey, id: number): Promise<Uint8Array | undefined> {
    return this.run('loadVersion', key, (params) => this.boards.loadVersion(params, id))
  }

  demote(workshop: string, sub: string, by: string): Promise<void> {
    return this.run('demote', { workshop, board: 'people' }, async () => {
      await this.pool.query(
        `INSERT INTO demoted_people (workshop, sub, demoted_at, demoted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [workshop, sub, Date.now(), by],
      )
    })
  }

  reinstate(workshop: string, sub: string): Promise<void> {
    return this.run('reinstate', { workshop, board: 'people' }, async () => {
      await this.pool.query('DELETE FROM demoted_people WHERE workshop = $1 AND sub = $2', [
        workshop,
        sub,
      ])
    })
  }

  isDemoted(workshop: string, sub: string): Promise<boolean> {
    return this.run('isDemoted', { workshop, board: 'people' }, async () => {
      const { rows } = await this.pool.query(
        'SELECT 1 FROM demoted_people WHERE workshop = $1 AND sub = $2',
        [workshop, sub],
      )
      return rows.length > 0
    })
  }

  demotedIn(workshop: string): Promise<string[]> {
    return this.run('demotedIn', { workshop, board: 'people' }, async () => {
      const { rows } = await this.pool.query<{ sub: string }>(
        'SELECT sub FROM demoted_people WHERE workshop = $1 ORDER BY sub',
        [workshop],
      )
      return rows.map((row) => row.sub)
    })
  }

  createConsultation(workshop: string, record: string): Promise<boolean> {
    return this.run('createConsultation', { workshop, board: 'consultation' }, async () => {
      const result = await this.pool.query(
        `INSERT INTO consultations (workshop, created_at, record) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [workshop, Date.now(), record],
      )
      return result.rowCount === 1
    })
  }

  loadConsultation(workshop: string): Promise<string | undefined> {
    return this.run('loadConsultation', { workshop, board: 'consultation' }, async () => {
      const { rows } = await this.pool.query<{ record: string }>(
        'SELECT record FROM consultations WHERE workshop = $1',
        [workshop],
      )
      return rows[0]?.record
    })
  }

  deleteBoard(key: BoardKey): Promise<void> {
    return this.run('deleteBoard', key, (params) => this.boards.remove(params))
  }

  isDeleted(key: BoardKey): Promise<boolean> {
    return this.run('isDeleted', key, (params) => this.boards.isDeleted(params))
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }

  protected call<T>(operation: string, key: BoardKey, body: () => T | Promise<T>): Promise<T> {
    return this.run(operation, key, async () => body())
  }

  /**
   * Runs one store operation, retrying when Postgres rolled it back for a serialization
   * failure or a deadlock, and turns every failure into a `StorageError` naming the operation
   * and the board. A lost connection is not retried: whether a COMMIT in flight landed is
   * unknown, and the relay answers a failed append by letting its clients resend.
   */
  private async run<T>(
    operation: string,
    key: BoardKey,
    body: (key: BoardKey) => Promise<T>,
  ): Promise<T> {
    const params = { workshop: key.workshop, board: key.board }
    const where = `${operation} ${params.workshop}/${params.board}`
    if (!ID_PATTERN.test(params.workshop) || !ID_PATTERN.test(params.board)) {
      throw new StorageError(StorageErrorCode.STORAGE, `${where}: malformed board key`)
    }
    if (this.closed) throw new StorageError(StorageErrorCode.STORAGE, `${where}: store closed`)
    for (let attempt = 0; ; attempt++) {
      try {
        return await body(params)
      } catch (error) {
        if (error instanceof StorageError) throw error
        const code = (error as { code?: unknown } | null)?.code
        const delay =
          typeof code === 'string' && RETRYABLE.has(code) ? RETRY_DELAYS_MS[attempt] : undefined
        if (delay === undefined) {
          const message = `${where} failed: ${(error as Error).message}`
          throw new StorageError(StorageErrorCode.STORAGE, message, { cause: error })
        }
        this.log?.warn({ err: error, attempt, delayMs: delay }, `${where}: conflict, retrying`)
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
    }
  }
}
