import type { PoolClient } from 'pg'
import { StorageError, StorageErrorCode } from './errors.js'

interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/**
 * The advisory lock key every relay instance takes while it migrates, so that two instances
 * starting at once apply each migration once ("ATLR" in ASCII).
 */
const MIGRATION_LOCK = 0x41544c52

/**
 * The Postgres schema, as numbered migrations applied in order at open. Never edit a released
 * migration: add the next one. The tables mirror the SQLite ones (`schema.ts`) column for
 * column; times are milliseconds since the epoch in `bigint`, bytes are `bytea`. Personal fields
 * arrive sealed by the relay (participants/cipher.ts): this schema only ever holds their bytes.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, versions, people, consultations, ballots, drafts, participants, join codes',
    sql: `
      CREATE TABLE board_updates (
        workshop text NOT NULL,
        board text NOT NULL,
        seq bigint NOT NULL CHECK (seq > 0),
        doc_update bytea NOT NULL CHECK (octet_length(doc_update) > 0),
        author text NOT NULL,
        created_at bigint NOT NULL,
        PRIMARY KEY (workshop, board, seq)
      );
      CREATE TABLE deleted_boards (
        workshop text NOT NULL,
        board text NOT NULL,
        deleted_at bigint NOT NULL,
        PRIMARY KEY (workshop, board)
      );
      CREATE TABLE board_versions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workshop text NOT NULL,
        board text NOT NULL,
        created_at bigint NOT NULL,
        author text NOT NULL,
        name text,
        reason text NOT NULL CHECK (reason IN ('auto', 'named', 'phase', 'restore')),
        snapshot bytea NOT NULL CHECK (octet_length(snapshot) > 0)
      );
      CREATE INDEX board_versions_by_board ON board_versions (workshop, board, id);
      CREATE TABLE demoted_people (
        workshop text NOT NULL,
        sub text NOT NULL,
        demoted_at bigint NOT NULL,
        demoted_by text NOT NULL,
        PRIMARY KEY (workshop, sub)
      );
      CREATE TABLE consultations (
        workshop text PRIMARY KEY,
        created_at bigint NOT NULL,
        record text NOT NULL CHECK (record::jsonb IS NOT NULL)
      );
      CREATE TABLE ballots (
        workshop text NOT NULL,
        board text NOT NULL,
        round integer NOT NULL CHECK (round > 0),
        voter text NOT NULL,
        voter_group text NOT NULL,
        note text NOT NULL,
        cast_at bigint NOT NULL,
        PRIMARY KEY (workshop, board, round, voter, note)
      );
      CREATE TABLE drafts (
        id text PRIMARY KEY,
        workshop text NOT NULL,
        board text NOT NULL,
        owner text NOT NULL,
        author_name text,
        text text NOT NULL CHECK (length(text) > 0),
        category text NOT NULL,
        anonymous boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'held')),
        created_at bigint NOT NULL,
        CHECK (NOT anonymous OR author_name IS NULL)
      );
      CREATE INDEX drafts_by_board ON drafts (workshop, board, created_at);
      CREATE INDEX drafts_by_owner ON drafts (workshop, owner, board);
      CREATE TABLE participants (
        workshop text NOT NULL,
        id text NOT NULL,
        -- Insertion order, as SQLite's rowid: participants list oldest first, ties by arrival.
        arrival bigint GENERATED ALWAYS AS IDENTITY,
        session text NOT NULL,
        subgroup text,
        stakeholder text,
        status text NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined', 'attended')),
        consent_given boolean NOT NULL,
        display_name bytea,
        name bytea NOT NULL,
        organisation bytea,
        contact bytea,
        gender bytea,
        age_band bytea,
        consent bytea,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        PRIMARY KEY (workshop, id)
      );
      CREATE TABLE participant_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workshop text NOT NULL,
        at bigint NOT NULL,
        actor text NOT NULL,
        actor_name text NOT NULL,
        action text NOT NULL,
        count integer NOT NULL
      );
      CREATE INDEX participant_audit_by_workshop ON participant_audit (workshop, id);
      CREATE TABLE participant_retention (
        workshop text PRIMARY KEY,
        until bigint NOT NULL
      );
      CREATE TABLE join_codes (
        code text PRIMARY KEY,
        workshop text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('personal', 'room')),
        participant text,
        session text,
        board text,
        created_at bigint NOT NULL,
        expires_at bigint NOT NULL,
        revoked_at bigint,
        CHECK (kind = 'room' OR participant IS NOT NULL),
        CHECK (kind = 'personal' OR (session IS NOT NULL AND board IS NOT NULL))
      );
      CREATE INDEX join_codes_by_participant ON join_codes (workshop, participant);
      CREATE INDEX join_codes_by_board ON join_codes (workshop, board);
      CREATE TABLE session_details (
        workshop text NOT NULL,
        session text NOT NULL,
        date text,
        place text,
        updated_at bigint NOT NULL,
        PRIMARY KEY (workshop, session)
      );
    `,
  },
]

/** The newest schema version this relay knows. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/**
 * Brings the database to the latest schema in one transaction, holding an advisory lock so that
 * instances starting together wait for each other; refuses a database newer than this relay.
 * `schema`, when given, is created first (the store's `search_path` names it).
 */
export async function migratePostgres(client: PoolClient, schema?: string): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at bigint NOT NULL
    )`)
    const applied = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    )
    const current = applied.rows[0]?.version ?? 0
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new StorageError(
        StorageErrorCode.STORAGE,
        `the database is at schema version ${current}, newer than this relay's ${POSTGRES_SCHEMA_VERSION}`,
      )
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue
      await client.query(migration.sql)
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      )
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}
