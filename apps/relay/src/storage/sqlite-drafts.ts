import type { Database } from 'better-sqlite3'
import { DRAFT_COLUMNS, toDraft, type DraftRow } from './rows.js'
import { DraftStatus, type StoredDraft } from './types.js'

/**
 * The drafts table of the SQLite store (migration 6): notes written privately or for moderation,
 * held out of the board until revealed or released. Adding counts the owner's waiting drafts
 * and inserts in one IMMEDIATE transaction, so two devices of one person cannot overfill it.
 */
export function sqliteDrafts(db: Database) {
  const sql = {
    insert: db.prepare<Omit<DraftRow, 'anonymous'> & { workshop: string; anonymous: number }>(
      `INSERT INTO drafts (id, workshop, board, owner, author_name, text, category, anonymous, status, created_at)
       VALUES (@id, @workshop, @board, @owner, @author_name, @text, @category, @anonymous, @status, @created_at)`,
    ),
    countPending: db.prepare<{ workshop: string; board: string; owner: string }, { count: number }>(
      `SELECT count(*) AS count FROM drafts WHERE workshop = @workshop AND board = @board
       AND owner = @owner AND status = 'pending'`,
    ),
    load: db.prepare<{ workshop: string; id: string }, DraftRow>(
      `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE workshop = @workshop AND id = @id`,
    ),
    hold: db.prepare<{ workshop: string; id: string }>(
      `UPDATE drafts SET status = 'held' WHERE workshop = @workshop AND id = @id`,
    ),
    withdraw: db.prepare<{ workshop: string; id: string; owner: string }>(
      `DELETE FROM drafts WHERE workshop = @workshop AND id = @id AND owner = @owner
       AND status = 'pending'`,
    ),
    remove: db.prepare<{ workshop: string; id: string }>(
      'DELETE FROM drafts WHERE workshop = @workshop AND id = @id',
    ),
  }
  const add = db.transaction((workshop: string, draft: StoredDraft, maxPending: number) => {
    const { board, owner } = draft
    if ((sql.countPending.get({ workshop, board, owner })?.count ?? 0) >= maxPending) return false
    sql.insert.run({
      id: draft.id,
      workshop,
      board,
      owner,
      author_name: draft.anonymous ? null : draft.authorName,
      text: draft.text,
      category: draft.category,
      anonymous: draft.anonymous ? 1 : 0,
      status: DraftStatus.pending,
      created_at: draft.createdAt,
    })
    return true
  }).immediate
  const removeAll = db.transaction((workshop: string, ids: readonly string[]) => {
    for (const id of ids) sql.remove.run({ workshop, id })
  }).immediate

  return {
    add,
    list(workshop: string, boards: readonly string[], owner?: string): StoredDraft[] {
      if (boards.length === 0) return []
      // Board ids are checked against the id pattern by the routes; they are bound, not spliced.
      const marks = boards.map(() => '?').join(', ')
      const byOwner = owner === undefined ? '' : ' AND owner = ?'
      const rows = db
        .prepare<unknown[], DraftRow>(
          `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE workshop = ? AND board IN (${marks})${byOwner}
           ORDER BY created_at, id`,
        )
        .all(workshop, ...boards, ...(owner === undefined ? [] : [owner]))
      return rows.map(toDraft)
    },
    load(workshop: string, id: string): StoredDraft | undefined {
      const row = sql.load.get({ workshop, id })
      return row ? toDraft(row) : undefined
    },
    hold(workshop: string, id: string): boolean {
      return sql.hold.run({ workshop, id }).changes === 1
    },
    withdraw(workshop: string, id: string, owner: string): boolean {
      return sql.withdraw.run({ workshop, id, owner }).changes === 1
    },
    removeAll,
  }
}
