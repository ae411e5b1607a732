import type { Pool } from 'pg'
import { inTransaction } from './postgres-sql.js'
import { DRAFT_COLUMNS, toDraft, type DraftRow } from './rows.js'
import { DraftStatus, type StoredDraft } from './types.js'

/**
 * The drafts of the Postgres store: notes written privately or for moderation, held out of the
 * board until revealed or released. Adding takes an advisory lock on the owner's drafts of that
 * board, then counts and inserts, so two devices of one person cannot overfill it.
 */
export function postgresDrafts(pool: Pool) {
  return {
    add(workshop: string, draft: StoredDraft, maxPending: number): Promise<boolean> {
      const { board, owner } = draft
      return inTransaction(pool, [`draft:${workshop}/${board}/${owner}`], async (sql) => {
        const counted = await sql.query<{ count: number }>(
          `SELECT count(*) AS count FROM drafts WHERE workshop = $1 AND board = $2
           AND owner = $3 AND status = 'pending'`,
          [workshop, board, owner],
        )
        if ((counted.rows[0]?.count ?? 0) >= maxPending) return false
        await sql.query(
          `INSERT INTO drafts (id, workshop, board, owner, author_name, text, category, anonymous,
             status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            draft.id,
            workshop,
            board,
            owner,
            draft.anonymous ? null : draft.authorName,
            draft.text,
            draft.category,
            draft.anonymous,
            DraftStatus.pending,
            draft.createdAt,
          ],
        )
        return true
      })
    },
    async list(workshop: string, boards: readonly string[], owner?: string) {
      if (boards.length === 0) return []
      const byOwner = owner === undefined ? '' : ' AND owner = $3'
      const result = await pool.query<DraftRow>(
        `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE workshop = $1 AND board = ANY($2::text[])${byOwner}
         ORDER BY created_at, id`,
        owner === undefined ? [workshop, boards] : [workshop, boards, owner],
      )
      return result.rows.map(toDraft)
    },
    async load(workshop: string, id: string): Promise<StoredDraft | undefined> {
      const result = await pool.query<DraftRow>(
        `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE workshop = $1 AND id = $2`,
        [workshop, id],
      )
      const row = result.rows[0]
      return row ? toDraft(row) : undefined
    },
    async hold(workshop: string, id: string): Promise<boolean> {
      const result = await pool.query(
        `UPDATE drafts SET status = 'held' WHERE workshop = $1 AND id = $2`,
        [workshop, id],
      )
      return result.rowCount === 1
    },
    async withdraw(workshop: string, id: string, owner: string): Promise<boolean> {
      const result = await pool.query(
        `DELETE FROM drafts WHERE workshop = $1 AND id = $2 AND owner = $3 AND status = 'pending'`,
        [workshop, id, owner],
      )
      return result.rowCount === 1
    },
    async removeAll(workshop: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return
      await pool.query('DELETE FROM drafts WHERE workshop = $1 AND id = ANY($2::text[])', [
        workshop,
        ids,
      ])
    },
  }
}
