import type { Database } from 'better-sqlite3'
import { JOIN_CODE_COLUMNS, toJoinCode, type JoinCodeRow } from './rows.js'
import type { SessionDetails, StoredJoinCode } from './types.js'

/**
 * The join codes and the sessions' date and place in the SQLite store (migration 8). A code is
 * the table's primary key across workshops, because `/join/<code>` names no workshop: adding a
 * code that exists already stores nothing and says so, and the caller draws another.
 */
export function sqliteJoins(db: Database) {
  const sql = {
    insert: db.prepare<JoinCodeRow>(
      `INSERT INTO join_codes (${JOIN_CODE_COLUMNS})
       VALUES (@code, @workshop, @kind, @participant, @session, @board, @created_at,
         @expires_at, @revoked_at)
       ON CONFLICT (code) DO NOTHING`,
    ),
    load: db.prepare<{ code: string }, JoinCodeRow>(
      `SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE code = @code`,
    ),
    personal: db.prepare<{ workshop: string; participant: string }, JoinCodeRow>(
      `SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE workshop = @workshop AND participant = @participant
       AND kind = 'personal' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    ),
    room: db.prepare<{ workshop: string; board: string }, JoinCodeRow>(
      `SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE workshop = @workshop AND board = @board
       AND kind = 'room' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    ),
    revoke: db.prepare<{ workshop: string; code: string; at: number }>(
      `UPDATE join_codes SET revoked_at = @at
       WHERE workshop = @workshop AND code = @code AND revoked_at IS NULL`,
    ),
    saveDetails: db.prepare<{
      workshop: string
      session: string
      date: string | null
      place: string | null
      at: number
    }>(
      `INSERT INTO session_details (workshop, session, date, place, updated_at)
       VALUES (@workshop, @session, @date, @place, @at)
       ON CONFLICT (workshop, session) DO UPDATE SET
         date = excluded.date, place = excluded.place, updated_at = excluded.updated_at`,
    ),
    loadDetails: db.prepare<
      { workshop: string; session: string },
      { date: string | null; place: string | null }
    >('SELECT date, place FROM session_details WHERE workshop = @workshop AND session = @session'),
  }

  return {
    add(joinCode: StoredJoinCode): boolean {
      const row: JoinCodeRow = {
        code: joinCode.code,
        workshop: joinCode.workshop,
        kind: joinCode.kind,
        participant: joinCode.participant,
        session: joinCode.session,
        board: joinCode.board,
        created_at: joinCode.createdAt,
        expires_at: joinCode.expiresAt,
        revoked_at: joinCode.revokedAt,
      }
      return sql.insert.run(row).changes === 1
    },
    load(code: string): StoredJoinCode | undefined {
      const row = sql.load.get({ code })
      return row && toJoinCode(row)
    },
    personal(workshop: string, participant: string): StoredJoinCode | undefined {
      const row = sql.personal.get({ workshop, participant })
      return row && toJoinCode(row)
    },
    room(workshop: string, board: string): StoredJoinCode | undefined {
      const row = sql.room.get({ workshop, board })
      return row && toJoinCode(row)
    },
    revoke(workshop: string, code: string, at: number): boolean {
      return sql.revoke.run({ workshop, code, at }).changes === 1
    },
    saveDetails(workshop: string, session: string, details: SessionDetails): void {
      sql.saveDetails.run({ workshop, session, ...details, at: Date.now() })
    },
    loadDetails(workshop: string, session: string): SessionDetails {
      return sql.loadDetails.get({ workshop, session }) ?? { date: null, place: null }
    },
  }
}
