import type { Database } from 'better-sqlite3'
import { StorageError, StorageErrorCode } from './errors.js'

interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/**
 * The SQLite schema, as numbered migrations applied in order at open. Never edit a released
 * migration: add the next one. STRICT tables make SQLite enforce the column types, so rows read
 * back have the shape the statements declare.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'board updates and deleted boards',
    sql: `
      CREATE TABLE board_updates (
        workshop TEXT NOT NULL,
        board TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        doc_update BLOB NOT NULL CHECK (length(doc_update) > 0),
        author TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (workshop, board, seq)
      ) STRICT;
      CREATE TABLE deleted_boards (
        workshop TEXT NOT NULL,
        board TEXT NOT NULL,
        deleted_at INTEGER NOT NULL,
        PRIMARY KEY (workshop, board)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'board versions',
    sql: `
      CREATE TABLE board_versions (
        id INTEGER PRIMARY KEY,
        workshop TEXT NOT NULL,
        board TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        author TEXT NOT NULL,
        name TEXT,
        reason TEXT NOT NULL CHECK (reason IN ('auto', 'named', 'phase', 'restore')),
        snapshot BLOB NOT NULL CHECK (length(snapshot) > 0)
      ) STRICT;
      CREATE INDEX board_versions_by_board ON board_versions (workshop, board, id);
    `,
  },
  {
    version: 3,
    name: 'demoted people',
    sql: `
      CREATE TABLE demoted_people (
        workshop TEXT NOT NULL,
        sub TEXT NOT NULL,
        demoted_at INTEGER NOT NULL,
        demoted_by TEXT NOT NULL,
        PRIMARY KEY (workshop, sub)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'consultations',
    sql: `
      CREATE TABLE consultations (
        workshop TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record))
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'ballots',
    sql: `
      CREATE TABLE ballots (
        workshop TEXT NOT NULL,
        board TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round > 0),
        voter TEXT NOT NULL,
        voter_group TEXT NOT NULL,
        note TEXT NOT NULL,
        cast_at INTEGER NOT NULL,
        PRIMARY KEY (workshop, board, round, voter, note)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: 'drafts',
    // A participant's note held by the relay (private writing, moderation) until it goes into the
    // board. \`owner\` lets its author list and withdraw it and is never shown to anyone else; an
    // anonymous draft keeps no author name. A released draft is deleted: it is a note by then.
    sql: `
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        workshop TEXT NOT NULL,
        board TEXT NOT NULL,
        owner TEXT NOT NULL,
        author_name TEXT,
        text TEXT NOT NULL CHECK (length(text) > 0),
        category TEXT NOT NULL,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('pending', 'held')),
        created_at INTEGER NOT NULL,
        CHECK (anonymous = 0 OR author_name IS NULL)
      ) STRICT;
      CREATE INDEX drafts_by_board ON drafts (workshop, board, created_at);
      CREATE INDEX drafts_by_owner ON drafts (workshop, owner, board);
    `,
  },
  {
    version: 7,
    name: 'participants',
    // The guest list of a consultation. Every personal field is a BLOB sealed by the relay
    // (AES-256-GCM, see participants/cipher.ts) before it reaches the store; session, sub-group,
    // stakeholder type, status and whether consent was given stay clear, for the counts. The
    // audit log names the facilitator's token (sub and display name), never a participant.
    sql: `
      CREATE TABLE participants (
        workshop TEXT NOT NULL,
        id TEXT NOT NULL,
        session TEXT NOT NULL,
        subgroup TEXT,
        stakeholder TEXT,
        status TEXT NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined', 'attended')),
        consent_given INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
        display_name BLOB,
        name BLOB NOT NULL,
        organisation BLOB,
        contact BLOB,
        gender BLOB,
        age_band BLOB,
        consent BLOB,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workshop, id)
      ) STRICT;
      CREATE TABLE participant_audit (
        id INTEGER PRIMARY KEY,
        workshop TEXT NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        count INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX participant_audit_by_workshop ON participant_audit (workshop, id);
      CREATE TABLE participant_retention (
        workshop TEXT PRIMARY KEY,
        until INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    name: 'join codes and session details',
    // A join code stands for a place, never for a person's data: a personal code names the
    // participant by pseudonymous id, a room code a session's sub-group board. Codes are global
    // (`/join/<code>` names no workshop). At most one live personal code per participant.
    // A session's date and place are the facilitator's words for the invitations.
    sql: `
      CREATE TABLE join_codes (
        code TEXT PRIMARY KEY,
        workshop TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('personal', 'room')),
        participant TEXT,
        session TEXT,
        board TEXT,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER,
        CHECK (kind = 'room' OR participant IS NOT NULL),
        CHECK (kind = 'personal' OR (session IS NOT NULL AND board IS NOT NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX join_codes_by_participant ON join_codes (workshop, participant);
      CREATE INDEX join_codes_by_board ON join_codes (workshop, board);
      CREATE TABLE session_details (
        workshop TEXT NOT NULL,
        session TEXT NOT NULL,
        date TEXT,
        place TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workshop, session)
      ) STRICT, WITHOUT ROWID;
    `,
  },
]

/** Brings the database to the latest schema, in one transaction; refuses a newer database. */
export function migrate(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`)
  const applied = db.prepare<[], { version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  )
  const record = db.prepare<[number, string, number]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  const latest = MIGRATIONS.at(-1)?.version ?? 0
  db.transaction(() => {
    const current = applied.get()?.version ?? 0
    if (current > latest) {
      throw new StorageError(
        StorageErrorCode.STORAGE,
        `the database is at schema version ${current}, newer than this relay's ${latest}`,
      )
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue
      db.exec(migration.sql)
      record.run(migration.version, migration.name, Date.now())
    }
  }).immediate()
}
