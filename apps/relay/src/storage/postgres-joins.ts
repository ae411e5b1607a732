import type { Pool } from 'pg'
import { JOIN_CODE_COLUMNS, toJoinCode, type JoinCodeRow } from './rows.js'
import type { SessionDetails, StoredJoinCode } from './types.js'

/**
 * The join codes and the sessions' date and place in the Postgres store. A code is the table's
 * primary key across workshops, because `/join/<code>` names no workshop: adding a code that
 * exists already stores nothing and says so, and the caller draws another.
 */
export function postgresJoins(pool: Pool) {
  async function one(text: string, values: unknown[]): Promise<StoredJoinCode | undefined> {
    const row = (await pool.query<JoinCodeRow>(text, values)).rows[0]
    return row && toJoinCode(row)
  }

  return {
    async add(joinCode: StoredJoinCode): Promise<boolean> {
      const result = await pool.query(
        `INSERT INTO join_codes (${JOIN_CODE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (code) DO NOTHING`,
        [
          joinCode.code,
          joinCode.workshop,
          joinCode.kind,
          joinCode.participant,
          joinCode.session,
          joinCode.board,
          joinCode.createdAt,
          joinCode.expiresAt,
          joinCode.revokedAt,
        ],
      )
      return result.rowCount === 1
    },
    load(code: string): Promise<StoredJoinCode | undefined> {
      return one(`SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE code = $1`, [code])
    },
    personal(workshop: string, participant: string): Promise<StoredJoinCode | undefined> {
      return one(
        `SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE workshop = $1 AND participant = $2
         AND kind = 'personal' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
        [workshop, participant],
      )
    },
    room(workshop: string, board: string): Promise<StoredJoinCode | undefined> {
      return one(
        `SELECT ${JOIN_CODE_COLUMNS} FROM join_codes WHERE workshop = $1 AND board = $2
         AND kind = 'room' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
        [workshop, board],
      )
    },
    async revoke(workshop: string, code: string, at: number): Promise<boolean> {
      const result = await pool.query(
        `UPDATE join_codes SET revoked_at = $3
         WHERE workshop = $1 AND code = $2 AND revoked_at IS NULL`,
        [workshop, code, at],
      )
      return result.rowCount === 1
    },
    async saveDetails(workshop: string, session: string, details: SessionDetails): Promise<void> {
      await pool.query(
        `INSERT INTO session_details (workshop, session, date, place, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workshop, session) DO UPDATE SET
           date = excluded.date, place = excluded.place, updated_at = excluded.updated_at`,
        [workshop, session, details.date, details.place, Date.now()],
      )
    },
    async loadDetails(workshop: string, session: string): Promise<SessionDetails> {
      const result = await pool.query<SessionDetails>(
        'SELECT date, place FROM session_details WHERE workshop = $1 AND session = $2',
        [workshop, session],
      )
      return result.rows[0] ?? { date: null, place: null }
    },
  }
}
