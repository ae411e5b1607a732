// The child of sqlite-crash.test.ts: a relay-like writer that appends real Yjs updates to one
// board as fast as it can, and prints each sequence number once its append has resolved, until
// it is killed. Each note's text starts with the sequence number it is stored under.
// Run with: node --conditions=source --import tsx crash-writer.mjs <dataDir>
import process from 'node:process'
import * as Y from 'yjs'
import { openSqliteStore } from './sqlite.js'

const key = { workshop: 'tanger', board: 'crash' }
const store = openSqliteStore({ dataDir: process.argv[2] })
const doc = new Y.Doc()
const stored = await store.load(key)
for (const update of stored.updates) Y.applyUpdate(doc, update)
const notes = doc.getArray('notes')
let seq = stored.lastSeq

for (let round = 1; ; round++) {
  const batch = []
  const size = 1 + (round % 8)
  for (let i = 1; i <= size; i++) {
    const before = Y.encodeStateVector(doc)
    notes.push([`${seq + i}:${'x'.repeat(100 + ((seq * 37 + i * 101) % 900))}`])
    batch.push({ update: Y.encodeStateAsUpdate(doc, before), author: 'writer' })
  }
  const last = await store.append(key, batch)
  if (last !== seq + size) throw new Error(`expected seq ${seq + size}, got ${last}`)
  seq = last
  process.stdout.write(`${seq}\n`)
  if (round % 25 === 0) await store.compact(key, Y.encodeStateAsUpdate(doc), seq)
}
