import type { Database } from 'better-sqlite3'
import {
  PARTICIPANT_COLUMNS,
  toAuditEntry,
  toParticipant,
  type AuditRow,
  type ParticipantRow,
} from './rows.js'
import type { ParticipantAuditEntry, StoredParticipant } from './types.js'

function toRow(workshop: string, participant: StoredParticipant) {
  const { sealed } = participant
  return {
    workshop,
    id: participant.id,
    session: participant.session,
    subgroup: participant.subgroup,
    stakeholder: participant.stakeholder,
    status: participant.status,
    consent_given: participant.consentGiven ? 1 : 0,
    display_name: sealed.displayName,
    name: sealed.name,
    organisation: sealed.organisation,
    contact: sealed.contact,
    gender: sealed.gender,
    age_band: sealed.ageBand,
    consent: sealed.consent,
    created_at: participant.createdAt,
    updated_at: participant.updatedAt,
  }
}

/**
 * The participants, their audit log and retention dates in the SQLite store (migration 7). The
 * personal fields arrive sealed; this file only moves bytes. Erasing deletes with
 * `secure_delete` on (freed pages are zeroed), then VACUUMs and truncates the WAL, so that no
 * copy of the deleted rows is left in `atelier.db` or `atelier.db-wal`.
 */
export function sqliteParticipants(db: Database) {
  const sql = {
    upsert: db.prepare<ReturnType<typeof toRow>>(
      `INSERT INTO participants (workshop, ${PARTICIPANT_COLUMNS})
       VALUES (@workshop, @id, @session, @subgroup, @stakeholder, @status, @consent_given,
         @display_name, @name, @organisation, @contact, @gender, @age_band, @consent,
         @created_at, @updated_at)
       ON CONFLICT (workshop, id) DO UPDATE SET
         session = excluded.session, subgroup = excluded.subgroup,
         stakeholder = excluded.stakeholder, status = excluded.status,
         consent_given = excluded.consent_given, display_name = excluded.display_name,
         name = excluded.name, organisation = excluded.organisation, contact = excluded.contact,
         gender = excluded.gender, age_band = excluded.age_band, consent = excluded.consent,
         updated_at = excluded.updated_at`,
    ),
    list: db.prepare<{ workshop: string }, ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop = @workshop ORDER BY created_at, rowid`,
    ),
    remove: db.prepare<{ workshop: string; id: string }>(
      'DELETE FROM participants WHERE workshop = @workshop AND id = @id',
    ),
    removeAll: db.prepare<{ workshop: string }>(
      'DELETE FROM participants WHERE workshop = @workshop',
    ),
    audit: db.prepare<{ workshop: string } & AuditRow>(
      `INSERT INTO participant_audit (workshop, at, actor, actor_name, action, count)
       VALUES (@workshop, @at, @actor, @actor_name, @action, @count)`,
    ),
    listAudit: db.prepare<{ workshop: string }, AuditRow>(
      `SELECT at, actor, actor_name, action, count FROM participant_audit
       WHERE workshop = @workshop ORDER BY id DESC`,
    ),
    setRetention: db.prepare<{ workshop: string; until: number }>(
      `INSERT INTO participant_retention (workshop, until) VALUES (@workshop, @until)
       ON CONFLICT (workshop) DO UPDATE SET until = excluded.until`,
    ),
    clearRetention: db.prepare<{ workshop: string }>(
      'DELETE FROM participant_retention WHERE workshop = @workshop',
    ),
    loadRetention: db.prepare<{ workshop: string }, { until: number }>(
      'SELECT until FROM participant_retention WHERE workshop = @workshop',
    ),
    expired: db.prepare<{ now: number }, { workshop: string }>(
      `SELECT r.workshop FROM participant_retention r WHERE r.until <= @now
       AND EXISTS (SELECT 1 FROM participants p WHERE p.workshop = r.workshop)
       ORDER BY r.workshop`,
    ),
  }
  const save = db.transaction((workshop: string, participants: readonly StoredParticipant[]) => {
    for (const participant of participants) sql.upsert.run(toRow(workshop, participant))
  }).immediate

  return {
    save,
    list(workshop: string): StoredParticipant[] {
      return sql.list.all({ workshop }).map(toParticipant)
    },
    remove(workshop: string, id: string): boolean {
      return sql.remove.run({ workshop, id }).changes === 1
    },
    erase(workshop: string): number {
      db.pragma('secure_delete = ON')
      let count: number
      try {
        count = sql.removeAll.run({ workshop }).changes
      } finally {
        db.pragma('secure_delete = OFF')
      }
      // VACUUM rebuilds the file without the freed pages; the checkpoint copies it back from
      // the WAL and truncates the WAL, whose older frames still held the rows.
      db.exec('VACUUM')
      db.pragma('wal_checkpoint(TRUNCATE)')
      return count
    },
    audit(workshop: string, entry: ParticipantAuditEntry): void {
      const { at, actor, actorName, action, count } = entry
      sql.audit.run({ workshop, at, actor, actor_name: actorName, action, count })
    },
    listAudit(workshop: string): ParticipantAuditEntry[] {
      return sql.listAudit.all({ workshop }).map(toAuditEntry)
    },
    setRetention(workshop: string, until: number | null): void {
      if (until === null) sql.clearRetention.run({ workshop })
      else sql.setRetention.run({ workshop, until })
    },
    loadRetention(workshop: string): number | null {
      return sql.loadRetention.get({ workshop })?.until ?? null
    },
    expired(now: number): string[] {
      return sql.expired.all({ now }).map((row) => row.workshop)
    },
  }
}
