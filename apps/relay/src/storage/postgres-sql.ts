import type { Pool, PoolClient, QueryResultRow } from 'pg'

/** What the Postgres store's parts run statements on: the pool, or one transaction's client. */
export interface Sql {
  query<Row extends QueryResultRow>(
    text: string,
    values?: readonly unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>
}

/**
 * Runs `body` in one transaction on one pooled connection. Each name in `locks` is taken first
 * as a transaction-scoped advisory lock (released at COMMIT or ROLLBACK), which serialises the
 * writers of one board, one voter's ballots or one owner's drafts across every relay instance,
 * as SQLite's IMMEDIATE transactions do within one file. A connection that failed mid-way is
 * dropped from the pool rather than reused.
 */
export async function inTransaction<T>(
  pool: Pool,
  locks: readonly string[],
  body: (sql: Sql) => Promise<T>,
): Promise<T> {
  const client: PoolClient = await pool.connect()
  let broken: Error | undefined
  // A checked-out client has no listener of the pool's: a connection dropped between two
  // statements would otherwise be an uncaught 'error' event, and crash the relay.
  const onError = (error: Error) => {
    broken = error
  }
  client.on('error', onError)
  try {
    await client.query('BEGIN')
    try {
      for (const lock of locks) {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lock])
      }
      const result = await body(client as Sql)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError
      })
      throw error
    }
  } catch (error) {
    broken ??= isConnectionLost(error) ? (error as Error) : undefined
    throw error
  } finally {
    client.off('error', onError)
    client.release(broken)
  }
}

/** True for errors where the connection itself is gone, not the statement refused. */
function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^(08|57P0)/.test(code)) return true
  return !(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
}

/** A `Uint8Array` as the `Buffer` node-postgres sends as `bytea` (a view, no copy). */
export function toBuffer(value: Uint8Array): Buffer
export function toBuffer(value: Uint8Array | null): Buffer | null
export function toBuffer(value: Uint8Array | null): Buffer | null {
  return value ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : null
}
