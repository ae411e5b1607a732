import { describe, expect, it } from 'vitest'
import { mapContent, syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

describe('demoting a participant', () => {
  it('stops their writing at once, and after a reconnect, until they are reinstated', async () => {
    const relay = await startRelay()
    const facilitator = await tokenFor({ sub: 'fac', role: 'facilitator' })
    const post = (path: string) =>
      fetch(`${relay.httpUrl}/api/workshops/tanger/people/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${facilitator}` },
      })
    const watcher = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const karim = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'karim' }))
    karim.doc.getMap('test').set('before', 1)
    await waitFor(() => mapContent(watcher.doc).before === 1)

    const demoted = await post('karim/demote')
    expect(demoted.status).toBe(200)
    expect(await demoted.json()).toMatchObject({ connections: 1 })
    karim.doc.getMap('test').set('while-demoted', 1)
    watcher.doc.getMap('test').set('marker', 1)
    await waitFor(() => mapContent(karim.doc).marker === 1)
    expect(mapContent(watcher.doc)['while-demoted']).toBeUndefined()

    karim.provider.disconnect()
    karim.provider.connect()
    await waitFor(() => karim.provider.synced)
    karim.doc.getMap('test').set('after-reconnect', 1)
    watcher.doc.getMap('test').set('marker', 2)
    await waitFor(() => mapContent(karim.doc).marker === 2)
    expect(mapContent(watcher.doc)['after-reconnect']).toBeUndefined()

    expect((await post('karim/reinstate')).status).toBe(200)
    karim.provider.disconnect()
    karim.provider.connect()
    await waitFor(() => mapContent(watcher.doc)['after-reconnect'] === 1)
    await relay.close()
    expect((await storedDoc(relay.dataDir, ROOM)).getMap('test').get('while-demoted')).toBe(1)
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
