import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  adminQuery,
  POSTGRES_URL,
  startCable,
  uniqueName,
  type Cable,
} from '../../../../test/helpers/postgres.js'
import { describeDocStoreContract } from './contract.js'
import { StorageErrorCode } from './errors.js'
import { openPostgresStore } from './postgres.js'
import type { DocStore } from './types.js'

function freshSchema(): string {
  return uniqueName('atelier_test')
}

describeDocStoreContract('postgres', async () => {
  const schema = freshSchema()
  const cable = await startCable()
  // Reached once before the tests so that an unreachable Postgres fails with its reason.
  await adminQuery('SELECT 1')
  return {
    open: () => openPostgresStore({ connectionString: cable.url, schema }),
    destroy: async () => {
      await cable.cut()
      await adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    },
    cutOff: async () => {
      await cable.cut()
      return () => cable.mend()
    },
  }
})

const BOARD = { workshop: 'tanger', board: 'group-1' }
const schemas: string[] = []
const stores: DocStore[] = []
const cables: Cable[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  for (const cable of cables.splice(0)) await cable.cut()
  for (const schema of schemas.splice(0))
    await adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
})

async function openCable(): Promise<Cable> {
  const started = await startCable()
  cables.push(started)
  return started
}

async function openFresh(schema = freshSchema()): Promise<DocStore> {
  if (!schemas.includes(schema)) schemas.push(schema)
  const store = await openPostgresStore({ connectionString: POSTGRES_URL, schema })
  stores.push(store)
  return store
}

function noteUpdate(text: string): { update: Uint8Array; author: string } {
  const doc = new Y.Doc()
  doc.getArray<string>('notes').push([text])
  return { update: Y.encodeStateAsUpdate(doc), author: 'p-1' }
}

describe('the Postgres board store', () => {
  it('migrates once when several relay instances start at the same moment', async () => {
    const schema = freshSchema()
    await Promise.all(Array.from({ length: 4 }, () => openFresh(schema)))
    const rows = await adminQuery(`SELECT version FROM "${schema}".schema_migrations`)
    expect(rows).toEqual([{ version: 1 }])
  })

  it('refuses to open a database written by a newer relay', async () => {
    const schema = freshSchema()
    await openFresh(schema)
    await adminQuery(`INSERT INTO "${schema}".schema_migrations VALUES (999, 'from the future', 0)`)
    await expect(
      openPostgresStore({ connectionString: POSTGRES_URL, schema }),
    ).rejects.toMatchObject({ code: StorageErrorCode.STORAGE, message: /newer than this relay/ })
  })

  it('keeps updates as bytea and sealed personal fields as the exact bytes given', async () => {
    const schema = freshSchema()
    const store = await openFresh(schema)
    const update = noteUpdate('risk: power cut')
    await store.append(BOARD, [update])
    const sealed = new Uint8Array([1, 0, 255, 7, 42])
    await store.saveParticipants('tanger', [
      {
        id: 'p-1',
        session: 'governance',
        subgroup: null,
        stakeholder: null,
        status: 'invited',
        consentGiven: false,
        sealed: {
          displayName: null,
          name: sealed,
          organisation: null,
          contact: null,
          gender: null,
          ageBand: null,
          consent: null,
        },
        createdAt: Date.now(),
        updatedAt: Date.now(),
      },
    ])
    const updates = await adminQuery(`SELECT doc_update FROM "${schema}".board_updates`)
    expect(new Uint8Array(updates[0]!.doc_update)).toEqual(update.update)
    const people = await adminQuery(`SELECT name, contact FROM "${schema}".participants`)
    expect(people).toEqual([{ name: Buffer.from(sealed), contact: null }])
  })

  it("keeps another instance's writes that a compacting instance had not heard of yet", async () => {
    const schema = freshSchema()
    const [here, there] = [await openFresh(schema), await openFresh(schema)]
    const [mine, theirs] = [new Y.Doc(), new Y.Doc()]
    const notes = (doc: Y.Doc) => doc.getArray<string>('notes')
    const write = async (store: DocStore, doc: Y.Doc, change: () => void) => {
      const before = Y.encodeStateVector(doc)
      change()
      await store.append(BOARD, [{ update: Y.encodeStateAsUpdate(doc, before), author: 'p-1' }])
    }
    await write(here, mine, () => notes(mine).push(['mine 1', 'mine 2']))
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine))
    // The other instance adds a note and deletes one of ours; this instance has not heard yet.
    await write(there, theirs, () => notes(theirs).push(['theirs']))
    await write(there, theirs, () => notes(theirs).delete(0, 1))
    await write(here, mine, () => notes(mine).push(['mine 3']))
    await here.compact(BOARD, Y.encodeStateAsUpdate(mine), 4)
    const stored = await there.load(BOARD)
    expect(stored.updates).toHaveLength(1)
    const rebuilt = new Y.Doc()
    Y.applyUpdate(rebuilt, stored.updates[0]!)
    expect(notes(rebuilt).toArray().sort()).toEqual(['mine 2', 'mine 3', 'theirs'])
  })

  it('fails to open, with the host and no password, when Postgres cannot be reached', async () => {
    const line = await openCable()
    await line.cut()
    const url = new URL(line.url)
    url.password = 'hunter2-secret'
    const opening = openPostgresStore({ connectionString: url.toString(), connectTimeoutMs: 2000 })
    await expect(opening).rejects.toMatchObject({
      code: StorageErrorCode.STORAGE,
      message: expect.stringContaining(`127.0.0.1:${url.port}`),
    })
    const failure = await opening.catch((error: Error) => error)
    expect(String(failure)).not.toContain('hunter2')
  })

  it('rejects an append cut off mid-transaction and keeps nothing of it', async () => {
    const schema = freshSchema()
    await openFresh(schema)
    const line = await openCable()
    const store = await openPostgresStore({ connectionString: line.url, schema })
    stores.push(store)
    await store.append(BOARD, [noteUpdate('kept')])
    // Another session holds the board's lock, so the append waits inside its transaction.
    const holder = new pg.Client({ connectionString: POSTGRES_URL })
    await holder.connect()
    try {
      await holder.query('BEGIN')
      await holder.query(
        "SELECT pg_advisory_xact_lock(hashtextextended('board:tanger/group-1', 0))",
      )
      const appending = store.append(BOARD, [noteUpdate('lost'), noteUpdate('also lost')])
      await new Promise((resolve) => setTimeout(resolve, 200))
      await line.cut()
      await expect(appending).rejects.toMatchObject({ code: StorageErrorCode.STORAGE })
      await holder.query('ROLLBACK')
    } finally {
      await holder.end()
    }
    await line.mend()
    const stored = await store.load(BOARD)
    expect(stored.lastSeq).toBe(1)
    expect(stored.updates).toHaveLength(1)
  })
})
