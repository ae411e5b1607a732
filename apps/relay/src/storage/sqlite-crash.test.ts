import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStore, SQLITE_FILE } from './sqlite.js'

const WRITER = fileURLToPath(new URL('./crash-writer.mjs', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const BOARD = { workshop: 'tanger', board: 'crash' }
const KILLS = 5

let dataDir: string | undefined

afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/**
 * Starts the writer, lets it append for `runMs` after its first resolved append, kills it with
 * SIGKILL and resolves with every sequence number it had printed (each one a resolved append).
 */
function writeUntilKilled(dir: string, runMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', WRITER, dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let killTimer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), runMs)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(killTimer)
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself:\n${err}`))
      // A line cut by the kill has no newline: that append's promise may not have resolved.
      const lines = out.split('\n').slice(0, -1)
      resolve(lines.map(Number))
    })
  })
}

async function storedSeqs(dir: string): Promise<{ seqs: Set<number>; lastSeq: number }> {
  const store = openSqliteStore({ dataDir: dir })
  try {
    const stored = await store.load(BOARD)
    const doc = new Y.Doc()
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    const texts = doc.getArray<string>('notes').toArray()
    return {
      seqs: new Set(texts.map((text) => Number(text.split(':')[0]))),
      lastSeq: stored.lastSeq,
    }
  } finally {
    await store.close()
  }
}

describe('the SQLite board store under SIGKILL', () => {
  it('opens intact and holds every resolved append after each kill mid-write', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-crash-'))
    const acknowledged: number[] = []
    for (let kill = 0; kill < KILLS; kill++) {
      acknowledged.push(...(await writeUntilKilled(dataDir, 20 + kill * 25)))
      const raw = new Database(join(dataDir, SQLITE_FILE))
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
      raw.close()
      const { seqs, lastSeq } = await storedSeqs(dataDir)
      expect(acknowledged.length).toBeGreaterThan(kill)
      expect(lastSeq).toBeGreaterThanOrEqual(Math.max(...acknowledged))
      expect(acknowledged.filter((seq) => !seqs.has(seq))).toEqual([])
    }
  })
})
