import { describe, expect, it } from 'vitest'
import { addNote, deleteNotes, initBoard, listNotes } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const ROOM = 'tanger/group-1'
const API = '/api/workshops/tanger/boards/group-1/versions'

const call = callApi

describe('board versions', () => {
  it("restores a board emptied by one participant's client, every note in place, for everyone", async () => {
    const relay = await startRelay()
    const facilitator = await tokenFor({ sub: 'fac', role: 'facilitator' })
    const nadia = await syncedClient(relay.syncUrl, ROOM, facilitator)
    const participant = (sub: string) => tokenFor({ sub, role: 'participant' })
    const amina = await syncedClient(relay.syncUrl, ROOM, await participant('amina'))
    const youssef = await syncedClient(relay.syncUrl, ROOM, await participant('youssef'))
    initBoard(nadia.doc, { kind: 'subgroup', title: 'Gouvernance 1' })
    for (const [i, text] of ['Désinformation', 'Hameçonnage', 'Discours haineux'].entries()) {
      addNote(amina.doc, { category: 'risk', x: 100 * i, y: 50 * i, text })
    }
    await waitFor(() => listNotes(youssef.doc).length === 3)
    const before = listNotes(youssef.doc)

    const named = await call(relay, API, facilitator, { name: 'Avant la pause' })
    expect(named.status).toBe(201)
    const versionId = (named.body.version as { id: number }).id

    deleteNotes(
      youssef.doc,
      listNotes(youssef.doc).map((note) => note.id),
    )
    await waitFor(() => listNotes(amina.doc).length === 0)

    const restored = await call(relay, `${API}/${versionId}/restore`, facilitator, {})
    expect(restored.status).toBe(200)
    await waitFor(() => listNotes(amina.doc).length === 3)
    await waitFor(() => listNotes(youssef.doc).length === 3)
    expect(listNotes(amina.doc)).toEqual(before)
    expect(listNotes(youssef.doc)).toEqual(before)

    const list = await call(relay, API, facilitator)
    const versions = list.body.versions as Array<{ name: string; reason: string; author: string }>
    expect(versions.map((version) => version.reason)).toEqual(['restore', 'named'])
    expect(versions[1]).toMatchObject({ name: 'Avant la pause', author: 'fac' })

    const viewed = await call(relay, `${API}/${versionId}`, facilitator)
    const board = viewed.body.board as { notes: Array<{ text: string }> }
    expect(board.notes.map((note) => note.text).sort()).toEqual(
      ['Désinformation', 'Discours haineux', 'Hameçonnage'].sort(),
    )

    await relay.close()
    const again = await startRelay({ DATA_DIR: relay.dataDir })
    const fresh = await syncedClient(again.syncUrl, ROOM, await tokenFor({ sub: 'late' }))
    expect(listNotes(fresh.doc)).toEqual(before)
  })

  it('answers only a facilitator of the workshop', async () => {
    const relay = await startRelay()
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      expect((await call(relay, API, await tokenFor({ role }))).status).toBe(403)
    }
    const otherWorkshop = await tokenFor({ role: 'facilitator', workshop: 'rabat' })
    expect((await call(relay, API, otherWorkshop)).status).toBe(403)
    expect((await fetch(`${relay.httpUrl}${API}`)).status).toBe(401)
    const facilitator = await tokenFor({ role: 'facilitator' })
    expect((await call(relay, API, facilitator, { name: '' })).status).toBe(400)
    expect((await call(relay, `${API}/424242`, facilitator)).status).toBe(404)
    expect((await call(relay, API, facilitator)).body).toEqual({ versions: [] })
  })

  it('saves a version automatically while a board keeps changing', async () => {
    const relay = await startRelay({ VERSION_INTERVAL_SECONDS: '1' })
    const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor())
    const facilitator = await tokenFor({ role: 'facilitator' })
    for (let i = 0; i < 12; i++) {
      addNote(writer.doc, { category: 'finding', x: i, y: i, text: `constat ${i}` })
      await new Promise((done) => setTimeout(done, 150))
    }
    const { body } = await call(relay, API, facilitator)
    const versions = body.versions as Array<{ reason: string; author: string }>
    expect(versions.length).toBeGreaterThanOrEqual(1)
    expect(
      versions.every((version) => version.reason === 'auto' && version.author === 'atelier:relay'),
    ).toBe(true)
  })
})
