import type { Pool } from 'pg'
import { StorageError, StorageErrorCode } from './errors.js'
import { compactedUpdate } from './postgres-merge.js'
import { inTransaction, toBuffer, type Sql } from './postgres-sql.js'
import { bytes } from './rows.js'
import type { StoreLog } from './sqlite.js'
import type {
  AppendedUpdate,
  BoardKey,
  BoardVersion,
  NewVersion,
  StoredBoard,
  VersionReason,
} from './types.js'

/** The author recorded on a merged update: it stands for many people's edits. */
const COMPACTION_AUTHOR = 'atelier:compaction'

interface VersionRow {
  readonly id: number
  readonly created_at: number
  readonly author: string
  readonly name: string | null
  readonly reason: VersionReason
  readonly bytes: number
}

function toVersion(row: VersionRow): BoardVersion {
  const { id, created_at: createdAt, author, name, reason, bytes: size } = row
  return { id, createdAt, author, name, reason, bytes: size }
}

/** The lock that serialises every write to one board's log, across relay instances. */
function boardLock(key: BoardKey): string {
  return `board:${key.workshop}/${key.board}`
}

/**
 * The board's last sequence number, read after taking the board's lock, inside a write
 * transaction that must not revive a deleted board.
 */
async function writableLastSeq(sql: Sql, key: BoardKey): Promise<number> {
  const { rows } = await sql.query<{ deleted: boolean; last_seq: number }>(
    `SELECT
       EXISTS (SELECT 1 FROM deleted_boards WHERE workshop = $1 AND board = $2) AS deleted,
       (SELECT coalesce(max(seq), 0) FROM board_updates WHERE workshop = $1 AND board = $2)
         AS last_seq`,
    [key.workshop, key.board],
  )
  if (rows[0]?.deleted) {
    throw new StorageError(
      StorageErrorCode.BOARD_DELETED,
      `board ${key.workshop}/${key.board} was deleted`,
    )
  }
  return rows[0]?.last_seq ?? 0
}

/**
 * The boards' logs of Yjs updates, their versions and deletions in the Postgres store. Every
 * write to a board takes the board's advisory lock first, so that two relay instances append in
 * one sequence (each update stored once) and compact one after the other.
 */
export function postgresBoards(pool: Pool, log: StoreLog | undefined) {
  async function compactIn(sql: Sql, key: BoardKey, merged: Uint8Array, uptoSeq: number) {
    const lastSeq = await writableLastSeq(sql, key)
    if (uptoSeq > lastSeq) {
      throw new StorageError(
        StorageErrorCode.STORAGE,
        `cannot compact up to ${uptoSeq}: the last stored update is ${lastSeq}`,
      )
    }
    const { workshop, board } = key
    const { rows } = await sql.query<{ doc_update: Buffer }>(
      `SELECT doc_update FROM board_updates WHERE workshop = $1 AND board = $2 AND seq <= $3
       ORDER BY seq`,
      [workshop, board, uptoSeq],
    )
    // One row left at or below uptoSeq means an earlier compaction merged them all already.
    if (rows.length <= 1) return
    const stored = rows.map((row) => bytes(row.doc_update))
    const { update, complete } = compactedUpdate(merged, stored)
    if (!complete) {
      log?.warn(
        { room: key, uptoSeq },
        'compaction: the merged state lacked updates another instance stored; merged them in',
      )
    }
    await sql.query('DELETE FROM board_updates WHERE workshop = $1 AND board = $2 AND seq <= $3', [
      workshop,
      board,
      uptoSeq,
    ])
    await sql.query(
      `INSERT INTO board_updates (workshop, board, seq, doc_update, author, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [workshop, board, uptoSeq, toBuffer(update), COMPACTION_AUTHOR, Date.now()],
    )
  }

  return {
    async load({ workshop, board }: BoardKey): Promise<StoredBoard> {
      const { rows } = await pool.query<{ seq: number; doc_update: Buffer }>(
        'SELECT seq, doc_update FROM board_updates WHERE workshop = $1 AND board = $2 ORDER BY seq',
        [workshop, board],
      )
      let size = 0
      const updates = rows.map(({ doc_update: data }) => {
        size += data.byteLength
        return bytes(data)
      })
      return { updates, lastSeq: rows.at(-1)?.seq ?? 0, bytes: size }
    },
    append(key: BoardKey, updates: readonly AppendedUpdate[]): Promise<number> {
      return inTransaction(pool, [boardLock(key)], async (sql) => {
        const lastSeq = await writableLastSeq(sql, key)
        if (updates.length === 0) return lastSeq
        // One statement for the batch: its rows are numbered on from the last stored one.
        await sql.query(
          `INSERT INTO board_updates (workshop, board, seq, doc_update, author, created_at)
           SELECT $1, $2, $3::bigint + t.n, t.u, t.a, $6
           FROM unnest($4::bytea[], $5::text[]) WITH ORDINALITY AS t(u, a, n)`,
          [
            key.workshop,
            key.board,
            lastSeq,
            updates.map(({ update }) => toBuffer(update)),
            updates.map(({ author }) => author),
            Date.now(),
          ],
        )
        return lastSeq + updates.length
      })
    },
    compact(key: BoardKey, merged: Uint8Array, uptoSeq: number): Promise<void> {
      return inTransaction(pool, [boardLock(key)], (sql) => compactIn(sql, key, merged, uptoSeq))
    },
    saveVersion(key: BoardKey, version: NewVersion): Promise<BoardVersion> {
      return inTransaction(pool, [boardLock(key)], async (sql) => {
        await writableLastSeq(sql, key)
        const { snapshot, author, name, reason } = version
        const createdAt = version.createdAt ?? Date.now()
        const { rows } = await sql.query<{ id: number }>(
          `INSERT INTO board_versions (workshop, board, created_at, author, name, reason, snapshot)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [key.workshop, key.board, createdAt, author, name, reason, toBuffer(snapshot)],
        )
        return { id: rows[0]!.id, createdAt, author, name, reason, bytes: snapshot.byteLength }
      })
    },
    async listVersions({ workshop, board }: BoardKey): Promise<BoardVersion[]> {
      const { rows } = await pool.query<VersionRow>(
        `SELECT id, created_at, author, name, reason, octet_length(snapshot) AS bytes
         FROM board_versions WHERE workshop = $1 AND board = $2 ORDER BY id DESC`,
        [workshop, board],
      )
      return rows.map(toVersion)
    },
    async loadVersion({ workshop, board }: BoardKey, id: number) {
      if (!Number.isSafeInteger(id)) return undefined
      const { rows } = await pool.query<{ snapshot: Buffer }>(
        'SELECT snapshot FROM board_versions WHERE workshop = $1 AND board = $2 AND id = $3',
        [workshop, board, id],
      )
      return rows[0] ? bytes(rows[0].snapshot) : undefined
    },
    remove(key: BoardKey): Promise<void> {
      return inTransaction(pool, [boardLock(key)], async (sql) => {
        const values = [key.workshop, key.board]
        await sql.query(
          `INSERT INTO deleted_boards (workshop, board, deleted_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [...values, Date.now()],
        )
        await sql.query('DELETE FROM board_updates WHERE workshop = $1 AND board = $2', values)
        await sql.query('DELETE FROM board_versions WHERE workshop = $1 AND board = $2', values)
      })
    },
    async isDeleted({ workshop, board }: BoardKey): Promise<boolean> {
      const { rows } = await pool.query(
        'SELECT 1 FROM deleted_boards WHERE workshop = $1 AND board = $2',
        [workshop, board],
      )
      return rows.length > 0
    },
  }
}
