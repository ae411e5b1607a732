import type { Database } from 'better-sqlite3'
import { BALLOT_COLUMNS, toBallot, type BallotRow, type BoardParams } from './rows.js'
import { BallotOutcome, type StoredBallot } from './types.js'

/**
 * The ballots table of the SQLite store (migration 5): the secret votes of each board's voting
 * rounds. Casting runs in one IMMEDIATE transaction, which takes the write lock before it
 * counts, so two casts by one voter at once are counted one after the other.
 */
export function sqliteBallots(db: Database) {
  const sql = {
    insert: db.prepare<
      BoardParams & { round: number; voter: string; group: string; note: string; castAt: number }
    >(
      `INSERT INTO ballots (workshop, board, round, voter, voter_group, note, cast_at)
       VALUES (@workshop, @board, @round, @voter, @group, @note, @castAt)`,
    ),
    has: db.prepare<BoardParams & { round: number; voter: string; note: string }, { one: number }>(
      `SELECT 1 AS one FROM ballots WHERE workshop = @workshop AND board = @board
       AND round = @round AND voter = @voter AND note = @note`,
    ),
    countBy: db.prepare<BoardParams & { round: number; voter: string }, { count: number }>(
      `SELECT count(*) AS count FROM ballots WHERE workshop = @workshop AND board = @board
       AND round = @round AND voter = @voter`,
    ),
    remove: db.prepare<BoardParams & { round: number; voter: string; note: string }>(
      `DELETE FROM ballots WHERE workshop = @workshop AND board = @board
       AND round = @round AND voter = @voter AND note = @note`,
    ),
    list: db.prepare<BoardParams & { round: number }, BallotRow>(
      `SELECT ${BALLOT_COLUMNS} FROM ballots
       WHERE workshop = @workshop AND board = @board AND round = @round
       ORDER BY cast_at, voter, note`,
    ),
    listBy: db.prepare<BoardParams & { round: number; voter: string }, BallotRow>(
      `SELECT ${BALLOT_COLUMNS} FROM ballots
       WHERE workshop = @workshop AND board = @board AND round = @round AND voter = @voter
       ORDER BY cast_at, note`,
    ),
  }
  const cast = db.transaction(
    (key: BoardParams, round: number, ballot: StoredBallot, budget: number): BallotOutcome => {
      const { voter, noteId: note } = ballot
      if (sql.has.get({ ...key, round, voter, note })) return BallotOutcome.alreadyVoted
      if ((sql.countBy.get({ ...key, round, voter })?.count ?? 0) >= budget) {
        return BallotOutcome.spent
      }
      sql.insert.run({ ...key, round, voter, group: ballot.group, note, castAt: ballot.castAt })
      return BallotOutcome.cast
    },
  ).immediate
  return {
    cast,
    retract(key: BoardParams, round: number, voter: string, note: string): boolean {
      return sql.remove.run({ ...key, round, voter, note }).changes === 1
    },
    list(key: BoardParams, round: number, voter?: string): StoredBallot[] {
      const rows =
        voter === undefined
          ? sql.list.all({ ...key, round })
          : sql.listBy.all({ ...key, round, voter })
      return rows.map(toBallot)
    },
  }
}
