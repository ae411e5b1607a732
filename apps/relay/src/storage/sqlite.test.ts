import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeDocStoreContract } from './contract.js'
import { StorageErrorCode } from './errors.js'
import { openSqliteStore, SQLITE_FILE } from './sqlite.js'
import type { DocStore } from './types.js'

describeDocStoreContract('sqlite', async () => {
  const dataDir = tempDir()
  return {
    open: async () => openSqliteStore({ dataDir }),
    destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
    // Another process holding the write lock past the store's retries.
    cutOff: async () => {
      const holder = new Database(join(dataDir, SQLITE_FILE))
      holder.exec('BEGIN EXCLUSIVE')
      return async () => {
        holder.exec('ROLLBACK')
        holder.close()
      }
    },
  }
})

const BOARD = { workshop: 'tanger', board: 'group-1' }
const cleanups: (() => void)[] = []

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'atelier-sqlite-'))
}

/** A store in a fresh directory and a second, raw connection to its file; both go after the test. */
function openWithRaw(): { store: DocStore; raw: Database.Database; dataDir: string } {
  const dataDir = tempDir()
  const store = openSqliteStore({ dataDir })
  const raw = new Database(join(dataDir, SQLITE_FILE))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  cleanups.push(() => void store.close())
  cleanups.push(() => raw.close())
  return { store, raw, dataDir }
}

function noteUpdate(text: string): { update: Uint8Array; author: string } {
  const doc = new Y.Doc()
  doc.getArray<string>('notes').push([text])
  return { update: Y.encodeStateAsUpdate(doc), author: 'p-1' }
}

describe('the SQLite board store', () => {
  it('opens its file in WAL mode and records the migrations it applied', () => {
    const { raw } = openWithRaw()
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    const versions = raw.prepare('SELECT version FROM schema_migrations ORDER BY version').all()
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((version) => ({ version })))
  })

  it('applies each migration once across reopenings', async () => {
    const { store, raw, dataDir } = openWithRaw()
    await store.append(BOARD, [noteUpdate('kept')])
    await store.close()
    const again = openSqliteStore({ dataDir })
    cleanups.push(() => void again.close())
    expect(raw.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 8 })
    expect((await again.load(BOARD)).lastSeq).toBe(1)
  })

  it('refuses to open a database written by a newer relay', () => {
    const { raw, dataDir } = openWithRaw()
    raw.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('from the future', 0)
    expect(() => openSqliteStore({ dataDir })).toThrow(
      expect.objectContaining({ code: StorageErrorCode.STORAGE }),
    )
  })

  it('waits out a write lock another process holds briefly, then stores the batch', async () => {
    const { store, raw } = openWithRaw()
    raw.exec('BEGIN IMMEDIATE')
    setTimeout(() => raw.exec('COMMIT'), 60)
    expect(await store.append(BOARD, [noteUpdate('after the lock')])).toBe(1)
  })

  it('rejects with a storage error, and stores nothing, when the lock outlasts its retries', async () => {
    const { store, raw } = openWithRaw()
    raw.exec('BEGIN EXCLUSIVE')
    const started = performance.now()
    await expect(store.append(BOARD, [noteUpdate('never stored')])).rejects.toMatchObject({
      code: StorageErrorCode.STORAGE,
      cause: expect.objectContaining({ code: 'SQLITE_BUSY' }),
    })
    // Bounded: the relay must learn of the failure quickly enough to close the room.
    expect(performance.now() - started).toBeLessThan(3000)
    raw.exec('ROLLBACK')
    expect(await store.load(BOARD)).toEqual({ updates: [], lastSeq: 0, bytes: 0 })
  })

  it('reuses the space compaction frees instead of growing the file', async () => {
    const { store, raw } = openWithRaw()
    const doc = new Y.Doc()
    doc.getArray<string>('notes').push(Array.from({ length: 200 }, (_, i) => `note ${i}`))
    const whole = { update: Y.encodeStateAsUpdate(doc), author: 'p-1' }
    const pagesInUse = () =>
      Number(raw.pragma('page_count', { simple: true })) -
      Number(raw.pragma('freelist_count', { simple: true }))
    await store.append(BOARD, [whole])
    const start = Number(raw.pragma('page_count', { simple: true }))
    for (let restart = 0; restart < 30; restart++) {
      const seq = await store.append(BOARD, [whole, whole])
      await store.compact(BOARD, whole.update, seq)
    }
    expect(pagesInUse()).toBeLessThanOrEqual(start + 2)
    expect(Number(raw.pragma('page_count', { simple: true }))).toBeLessThanOrEqual(start + 4)
  })
})
