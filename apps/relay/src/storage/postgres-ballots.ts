import type { Pool } from 'pg'
import { inTransaction, type Sql } from './postgres-sql.js'
import { BALLOT_COLUMNS, toBallot, type BallotRow, type BoardParams } from './rows.js'
import { BallotOutcome, type StoredBallot } from './types.js'

/**
 * The ballots of the Postgres store. Casting takes an advisory lock on the voter's round before
 * it counts, so two casts by one voter at once, through one relay or two, are counted one after
 * the other and cannot overspend the budget.
 */
export function postgresBallots(pool: Pool) {
  async function castIn(
    sql: Sql,
    key: BoardParams,
    round: number,
    ballot: StoredBallot,
    budget: number,
  ): Promise<BallotOutcome> {
    const { workshop, board } = key
    const { voter, noteId: note } = ballot
    const mine = [workshop, board, round, voter]
    const has = await sql.query(
      `SELECT 1 FROM ballots WHERE workshop = $1 AND board = $2 AND round = $3 AND voter = $4
       AND note = $5`,
      [...mine, note],
    )
    if (has.rows.length > 0) return BallotOutcome.alreadyVoted
    const counted = await sql.query<{ count: number }>(
      `SELECT count(*) AS count FROM ballots WHERE workshop = $1 AND board = $2 AND round = $3
       AND voter = $4`,
      mine,
    )
    if ((counted.rows[0]?.count ?? 0) >= budget) return BallotOutcome.spent
    await sql.query(
      `INSERT INTO ballots (workshop, board, round, voter, voter_group, note, cast_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [...mine, ballot.group, note, ballot.castAt],
    )
    return BallotOutcome.cast
  }

  return {
    cast(key: BoardParams, round: number, ballot: StoredBallot, budget: number) {
      const lock = `ballot:${key.workshop}/${key.board}/${round}/${ballot.voter}`
      return inTransaction(pool, [lock], (sql) => castIn(sql, key, round, ballot, budget))
    },
    async retract(key: BoardParams, round: number, voter: string, note: string) {
      const result = await pool.query(
        `DELETE FROM ballots WHERE workshop = $1 AND board = $2 AND round = $3 AND voter = $4
         AND note = $5`,
        [key.workshop, key.board, round, voter, note],
      )
      return result.rowCount === 1
    },
    async list(key: BoardParams, round: number, voter?: string): Promise<StoredBallot[]> {
      const result =
        voter === undefined
          ? await pool.query<BallotRow>(
              `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE workshop = $1 AND board = $2 AND round = $3
               ORDER BY cast_at, voter, note`,
              [key.workshop, key.board, round],
            )
          : await pool.query<BallotRow>(
              `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE workshop = $1 AND board = $2 AND round = $3
               AND voter = $4 ORDER BY cast_at, note`,
              [key.workshop, key.board, round, voter],
            )
      return result.rows.map(toBallot)
    },
  }
}
