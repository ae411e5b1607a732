import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapContent, openRaw, syncedClient } from '../helpers/clients.js'
import { spawnRelay, startRelay, tempDataDir, tokenFor, waitFor } from '../helpers/relay.js'
import { openSqliteStore } from '../../apps/relay/src/storage/index.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

describe('nothing acknowledged is lost', () => {
  it('serves, after SIGKILL and restart, every update any client had received', async () => {
    const dataDir = tempDataDir()
    const first = await spawnRelay({ DATA_DIR: dataDir })
    const writer = await syncedClient(first.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const watcher = await syncedClient(first.syncUrl, ROOM, await tokenFor({ sub: 'r' }))
    let written = 0
    const writing = setInterval(() => writer.doc.getMap('test').set(`n${written++}`, written), 2)
    await waitFor(() => Object.keys(mapContent(watcher.doc)).length >= 200, 15_000)
    await first.kill('SIGKILL')
    clearInterval(writing)
    const received = mapContent(watcher.doc)
    writer.destroy()
    watcher.destroy()

    const second = await spawnRelay({ DATA_DIR: dataDir, PORT: String(first.port) })
    const fresh = await syncedClient(second.syncUrl, ROOM, await tokenFor({ sub: 'n' }))
    const served = mapContent(fresh.doc)
    for (const [key, value] of Object.entries(received)) expect.soft(served[key], key).toBe(value)
    expect(Object.keys(served).length).toBeGreaterThanOrEqual(Object.keys(received).length)
    const db = new Database(join(dataDir, 'atelier.db'), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })

  it('stores every room and closes its sockets on SIGTERM', async () => {
    const relay = await spawnRelay()
    const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor())
    for (let i = 0; i < 50; i++) writer.doc.getMap('test').set(`k${i}`, i)
    const closedWith = new Promise<number>((done) =>
      writer.provider.on('connection-close', (event) => done(event?.code ?? -1)),
    )
    await new Promise((done) => setTimeout(done, 200))
    await relay.kill('SIGTERM')
    expect(relay.child.exitCode).toBe(0)
    expect(await closedWith).toBe(1001)
    expect(
      Object.keys((await storedDoc(relay.dataDir, ROOM)).getMap('test').toJSON()),
    ).toHaveLength(50)
  })

  it('does not send an update it could not store, and gets it back once the store recovers', async () => {
    const relay = await startRelay()
    const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const reader = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'r' }))
    writer.doc.getMap('test').set('stored', 1)
    await waitFor(() => mapContent(reader.doc).stored === 1)

    // Another process takes the write lock: the relay's append fails as "database is locked".
    const locker = new Database(join(relay.dataDir, 'atelier.db'))
    locker.exec('BEGIN EXCLUSIVE')
    writer.doc.getMap('test').set('during-outage', 2)
    await new Promise((done) => setTimeout(done, 1500))
    expect(mapContent(reader.doc).during).toBeUndefined()
    expect(mapContent(reader.doc)['during-outage']).toBeUndefined()
    locker.exec('ROLLBACK')
    locker.close()

    // The writer reconnects and resends what the store lacks; everyone gets it, stored first.
    await waitFor(() => mapContent(reader.doc)['during-outage'] === 2, 10_000)
    await relay.close()
    expect((await storedDoc(relay.dataDir, ROOM)).getMap('test').toJSON()).toEqual({
      stored: 1,
      'during-outage': 2,
    })
  })

  it('merges stored updates past the threshold and serves the same board after a restart', async () => {
    const relay = await startRelay({ COMPACT_AFTER_UPDATES: '20' })
    const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor())
    const reader = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'r' }))
    for (let i = 0; i < 50; i++) {
      writer.doc.getMap('test').set(`k${i}`, i)
      await new Promise((done) => setImmediate(done))
    }
    await waitFor(() => mapContent(reader.doc).k49 === 49)
    await relay.close()
    const store = openSqliteStore({ dataDir: relay.dataDir })
    const stored = await store.load({ workshop: 'tanger', board: 'group-1' })
    await store.close()
    expect(stored.updates.length).toBeLessThan(20)
    const again = await startRelay({ DATA_DIR: relay.dataDir })
    const fresh = await syncedClient(again.syncUrl, ROOM, await tokenFor({ sub: 'n' }))
    expect(mapContent(fresh.doc)).toEqual(mapContent(writer.doc))
  })

  it('refuses a deleted board, even to a client that comes back with its cached copy', async () => {
    const relay = await startRelay()
    const client = await syncedClient(relay.syncUrl, ROOM, await tokenFor())
    client.doc.getMap('test').set('x', 1)
    await relay.close()
    const store = openSqliteStore({ dataDir: relay.dataDir })
    await store.deleteBoard({ workshop: 'tanger', board: 'group-1' })
    await store.close()
    const again = await startRelay({ DATA_DIR: relay.dataDir })
    const outcome = await openRaw(`${again.syncUrl}/${ROOM}?token=${await tokenFor()}`)
    expect(outcome.status).toBe(410)
    expect(await storedDoc(again.dataDir, ROOM).then((doc) => doc.getMap('test').size)).toBe(0)
  })
})
