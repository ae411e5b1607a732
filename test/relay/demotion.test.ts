import { describe, expect, it } from 'vitest'
import { addNote, listNotes } from '@atelier/model'
import type * as Y from 'yjs'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

const note = (doc: Y.Doc, text: string) => addNote(doc, { category: 'finding', x: 0, y: 0, text })
const texts = (doc: Y.Doc) => listNotes(doc).map((each) => each.text)

/** A relay with a watcher and Karim, a participant, on one board; `post` acts as the facilitator. */
async function room() {
  const relay = await startRelay()
  const facilitator = await tokenFor({ sub: 'fac', role: 'facilitator' })
  const post = (path: string) =>
    fetch(`${relay.httpUrl}/api/workshops/tanger/people/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${facilitator}` },
    })
  const watcher = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
  const karim = await syncedClient(
    relay.syncUrl,
    ROOM,
    await tokenFor({ sub: 'karim', role: 'participant' }),
  )
  return { relay, post, watcher, karim }
}

describe('demoting a participant', () => {
  it('stops their writing at once, and after a reconnect, until they are reinstated', async () => {
    const { relay, post, watcher, karim } = await room()
    note(karim.doc, 'before')
    await waitFor(() => texts(watcher.doc).includes('before'))

    const demoted = await post('karim/demote')
    expect(demoted.status).toBe(200)
    expect(await demoted.json()).toMatchObject({ connections: 1 })
    note(karim.doc, 'while-demoted')
    note(watcher.doc, 'marker-1')
    await waitFor(() => texts(karim.doc).includes('marker-1'))
    expect(texts(watcher.doc)).not.toContain('while-demoted')

    karim.provider.disconnect()
    karim.provider.connect()
    await waitFor(() => karim.provider.synced)
    note(karim.doc, 'after-reconnect')
    note(watcher.doc, 'marker-2')
    await waitFor(() => texts(karim.doc).includes('marker-2'))
    expect(texts(watcher.doc)).not.toContain('after-reconnect')

    expect((await post('karim/reinstate')).status).toBe(200)
    karim.provider.disconnect()
    karim.provider.connect()
    await waitFor(() => texts(watcher.doc).includes('after-reconnect'))
    await relay.close()
    expect(texts(await storedDoc(relay.dataDir, ROOM))).toContain('while-demoted')
  })

  it('lets a reinstated participant write again at once, with what they wrote while demoted', async () => {
    const { relay, post, watcher, karim } = await room()
    expect(await (await post('karim/demote')).json()).toMatchObject({ connections: 1 })
    note(karim.doc, 'while-demoted')
    note(watcher.doc, 'marker')
    await waitFor(() => texts(karim.doc).includes('marker'))
    expect(texts(watcher.doc)).not.toContain('while-demoted')

    // No reconnection: the relay asks his connection for what it lacks.
    const reinstated = await post('karim/reinstate')
    expect(await reinstated.json()).toMatchObject({ writing: true, connections: 1 })
    await waitFor(() => texts(watcher.doc).includes('while-demoted'))
    note(karim.doc, 'after')
    await waitFor(() => texts(watcher.doc).includes('after'))
    // Reinstating someone who is not demoted changes nothing.
    expect(await (await post('karim/reinstate')).json()).toMatchObject({ connections: 0 })
    await relay.close()
    expect(texts(await storedDoc(relay.dataDir, ROOM))).toEqual(
      expect.arrayContaining(['while-demoted', 'marker', 'after']),
    )
  })

  it('lets only a facilitator demote', async () => {
    const relay = await startRelay()
    const response = await fetch(`${relay.httpUrl}/api/workshops/tanger/people/karim/demote`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor({ role: 'rapporteur' })}` },
    })
    expect(response.status).toBe(403)
  })
})
