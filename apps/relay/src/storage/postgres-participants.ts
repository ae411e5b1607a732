import type { Pool } from 'pg'
import { inTransaction, toBuffer } from './postgres-sql.js'
import {
  PARTICIPANT_COLUMNS,
  toAuditEntry,
  toParticipant,
  type AuditRow,
  type ParticipantRow,
} from './rows.js'
import type { ParticipantAuditEntry, StoredParticipant } from './types.js'

function toValues(workshop: string, participant: StoredParticipant): unknown[] {
  const { sealed } = participant
  return [
    workshop,
    participant.id,
    participant.session,
    participant.subgroup,
    participant.stakeholder,
    participant.status,
    participant.consentGiven,
    toBuffer(sealed.displayName),
    toBuffer(sealed.name),
    toBuffer(sealed.organisation),
    toBuffer(sealed.contact),
    toBuffer(sealed.gender),
    toBuffer(sealed.ageBand),
    toBuffer(sealed.consent),
    participant.createdAt,
    participant.updatedAt,
  ]
}

const UPSERT = `INSERT INTO participants (workshop, ${PARTICIPANT_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
  ON CONFLICT (workshop, id) DO UPDATE SET
    session = excluded.session, subgroup = excluded.subgroup,
    stakeholder = excluded.stakeholder, status = excluded.status,
    consent_given = excluded.consent_given, display_name = excluded.display_name,
    name = excluded.name, organisation = excluded.organisation, contact = excluded.contact,
    gender = excluded.gender, age_band = excluded.age_band, consent = excluded.consent,
    updated_at = excluded.updated_at`

/**
 * The participants, their audit log and retention dates in the Postgres store. The personal
 * fields arrive sealed by the relay, exactly the bytes SQLite keeps; this file only moves them.
 * Erasing deletes the rows, then rewrites the table (`VACUUM FULL`) so that the dead row
 * versions holding the sealed bytes leave the table's files too.
 */
export function postgresParticipants(pool: Pool) {
  return {
    save(workshop: string, participants: readonly StoredParticipant[]): Promise<void> {
      return inTransaction(pool, [], async (sql) => {
        for (const participant of participants) {
          await sql.query(UPSERT, toValues(workshop, participant))
        }
      })
    },
    async list(workshop: string): Promise<StoredParticipant[]> {
      const result = await pool.query<ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop = $1 ORDER BY created_at, arrival`,
        [workshop],
      )
      return result.rows.map(toParticipant)
    },
    async remove(workshop: string, id: string): Promise<boolean> {
      const result = await pool.query('DELETE FROM participants WHERE workshop = $1 AND id = $2', [
        workshop,
        id,
      ])
      return result.rowCount === 1
    },
    async erase(workshop: string): Promise<number> {
      const result = await pool.query('DELETE FROM participants WHERE workshop = $1', [workshop])
      // VACUUM cannot run inside a transaction: the deletion above is committed already.
      await pool.query('VACUUM FULL participants')
      return result.rowCount ?? 0
    },
    async audit(workshop: string, entry: ParticipantAuditEntry): Promise<void> {
      const { at, actor, actorName, action, count } = entry
      await pool.query(
        `INSERT INTO participant_audit (workshop, at, actor, actor_name, action, count)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [workshop, at, actor, actorName, action, count],
      )
    },
    async listAudit(workshop: string): Promise<ParticipantAuditEntry[]> {
      const result = await pool.query<AuditRow>(
        `SELECT at, actor, actor_name, action, count FROM participant_audit
         WHERE workshop = $1 ORDER BY id DESC`,
        [workshop],
      )
      return result.rows.map(toAuditEntry)
    },
    async setRetention(workshop: string, until: number | null): Promise<void> {
      if (until === null) {
        await pool.query('DELETE FROM participant_retention WHERE workshop = $1', [workshop])
        return
      }
      await pool.query(
        `INSERT INTO participant_retention (workshop, until) VALUES ($1, $2)
         ON CONFLICT (workshop) DO UPDATE SET until = excluded.until`,
        [workshop, until],
      )
    },
    async loadRetention(workshop: string): Promise<number | null> {
      const result = await pool.query<{ until: number }>(
        'SELECT until FROM participant_retention WHERE workshop = $1',
        [workshop],
      )
      return result.rows[0]?.until ?? null
    },
    async expired(now: number): Promise<string[]> {
      const result = await pool.query<{ workshop: string }>(
        `SELECT r.workshop FROM participant_retention r WHERE r.until <= $1
         AND EXISTS (SELECT 1 FROM participants p WHERE p.workshop = r.workshop)
         ORDER BY r.workshop`,
        [now],
      )
      return result.rows.map((row) => row.workshop)
    },
  }
}
