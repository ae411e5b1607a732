import type * as Y from 'yjs'
import { AtelierModelError, ModelErrorCode } from './errors.js'
import { SCHEMA_VERSION, metaMap } from './schema.js'
import { MetaKey } from './board.js'

/**
 * One step of the board's shape, from `to - 1` to `to`. `up` runs inside a transaction and
 * must be idempotent and deterministic: two peers may run it on the same board at once, and
 * their changes merge (see MIGRATIONS.md).
 */
export type Migration = { to: number; describe: string; up: (doc: Y.Doc) => void }

/** Every migration, oldest first. Version 1 is the first shape: there is nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = []

/** What `migrate` did: the version it found, the version it left, the steps it ran. */
export type MigrationResult = { from: number; to: number; applied: number[] }

function storedVersion(doc: Y.Doc): number | undefined {
  const value = metaMap(doc).get(MetaKey.schemaVersion)
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

/**
 * Brings a board stored by an older version up to {@link SCHEMA_VERSION}, in one transaction.
 * Call it after a board is loaded and synced, before reading it. A board without a version
 * (new, or not yet synced) is left alone. Throws SCHEMA_TOO_NEW for a board written by a newer
 * version, which this code must not write to.
 */
export function migrate(
  doc: Y.Doc,
  origin?: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const from = storedVersion(doc)
  if (from === undefined) return { from: target, to: target, applied: [] }
  if (from > target) {
    throw new AtelierModelError(
      ModelErrorCode.SCHEMA_TOO_NEW,
      `This board has schema version ${from}; this version of Atelier reads up to ${target}`,
    )
  }
  const steps = migrations.filter((step) => step.to > from && step.to <= target)
  if (steps.length === 0) return { from, to: from, applied: [] }
  doc.transact(() => {
    for (const step of steps) step.up(doc)
    metaMap(doc).set(MetaKey.schemaVersion, target)
  }, origin)
  return { from, to: target, applied: steps.map((step) => step.to) }
}
