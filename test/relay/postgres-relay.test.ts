import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type * as Y from 'yjs'
import { addNote, listNotes } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { adminQuery, freshDatabase, startCable } from '../helpers/postgres.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const ROOM = 'tanger/group-1'

const note = (doc: Y.Doc, text: string) => addNote(doc, { category: 'finding', x: 0, y: 0, text })
const texts = (doc: Y.Doc) =>
  listNotes(doc)
    .map((each) => each.text)
    .sort()
const participant = (sub: string) => tokenFor({ sub, role: 'participant' })

describe('the relay on Postgres (DATABASE_URL)', () => {
  it('syncs a board between two clients, stores it in Postgres, and serves it whole after a restart', async () => {
    const databaseUrl = await freshDatabase()
    const first = await startRelay({ DATABASE_URL: databaseUrl, COMPACT_AFTER_UPDATES: '10' })
    const amina = await syncedClient(first.syncUrl, ROOM, await participant('amina'))
    const youssef = await syncedClient(first.syncUrl, ROOM, await participant('youssef'))
    const written: string[] = []
    for (let i = 0; i < 15; i++) {
      for (const [who, client] of [
        ['amina', amina],
        ['youssef', youssef],
      ] as const) {
        const text = `${who}: finding ${i}`
        note(client.doc, text)
        written.push(text)
      }
    }
    written.sort()
    await waitFor(() => texts(amina.doc).length === 30 && texts(youssef.doc).length === 30, 10_000)
    expect(texts(amina.doc)).toEqual(written)
    expect(texts(youssef.doc)).toEqual(written)
    amina.destroy()
    youssef.destroy()
    await first.close()

    // The board lives in Postgres, not in a SQLite file of the relay's data directory.
    expect(existsSync(join(first.dataDir, 'atelier.db'))).toBe(false)
    const rows = await adminQuery<{ count: number }>(
      "SELECT count(*)::int AS count FROM board_updates WHERE workshop = 'tanger' AND board = 'group-1'",
      databaseUrl,
    )
    // Thirty notes, merged past ten updates: the log stays short.
    expect(rows[0]!.count).toBeGreaterThan(0)
    expect(rows[0]!.count).toBeLessThan(30)

    const second = await startRelay({ DATABASE_URL: databaseUrl })
    expect(second.dataDir).not.toBe(first.dataDir)
    const later = await syncedClient(second.syncUrl, ROOM, await participant('karim'))
    expect(texts(later.doc)).toEqual(written)
  })

  it('neither sends nor loses an update written while Postgres is away', async () => {
    const databaseUrl = await freshDatabase()
    const cable = await startCable(databaseUrl)
    onTestFinished(() => cable.cut())
    const relay = await startRelay({ DATABASE_URL: cable.url })
    const writer = await syncedClient(relay.syncUrl, ROOM, await participant('amina'))
    const reader = await syncedClient(relay.syncUrl, ROOM, await participant('youssef'))
    note(writer.doc, 'before')
    await waitFor(() => texts(reader.doc).includes('before'))

    await cable.cut()
    note(writer.doc, 'while away')
    await new Promise((done) => setTimeout(done, 1000))
    // Not stored, so not acknowledged: nobody else has it.
    expect(texts(reader.doc)).toEqual(['before'])
    const metrics = await (await fetch(`${relay.httpUrl}/metrics`)).text()
    expect(metrics).toMatch(/atelier_rejected_total\{reason="storage_failed"\} [1-9]/)
    await cable.mend()

    // The writer reconnects and resends what the store lacks; everyone gets it, stored first.
    await waitFor(() => texts(reader.doc).includes('while away'), 15_000)
    await relay.close()
    const again = await startRelay({ DATABASE_URL: databaseUrl })
    const fresh = await syncedClient(again.syncUrl, ROOM, await participant('karim'))
    expect(texts(fresh.doc)).toEqual(['before', 'while away'])
  })
})
