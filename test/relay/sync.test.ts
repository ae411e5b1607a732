import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { closed, connectClient, mapContent, openRaw, syncedClient } from '../helpers/clients.js'
import { spawnRelay, startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

describe('sync relay', () => {
  it('lets two stock y-websocket clients converge on one board', async () => {
    const relay = await startRelay()
    const a = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'p-a' }))
    const b = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'p-b' }))
    a.doc.getMap('test').set('from-a', 1)
    b.doc.getMap('test').set('from-b', 2)
    await waitFor(() => Object.keys(mapContent(a.doc)).length === 2)
    await waitFor(() => Object.keys(mapContent(b.doc)).length === 2)
    expect(mapContent(a.doc)).toEqual({ 'from-a': 1, 'from-b': 2 })
    expect(mapContent(b.doc)).toEqual(mapContent(a.doc))
  })

  it('serves a late joiner everything written before it came', async () => {
    const relay = await startRelay()
    const a = await syncedClient(relay.syncUrl, ROOM, await tokenFor())
    a.doc.getText('t').insert(0, 'constats')
    const late = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'p-late' }))
    await waitFor(() => late.doc.getText('t').toString() === 'constats')
  })

  it('lets two clients of a relay run as a child process converge', async () => {
    const relay = await spawnRelay()
    const a = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'p-a' }))
    const b = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'p-b' }))
    a.doc.getMap('test').set('x', 'from a')
    await waitFor(() => mapContent(b.doc).x === 'from a')
  })

  it("drops an observer's edits: they reach neither the others nor storage", async () => {
    const relay = await startRelay()
    const writer = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const observer = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'o', role: 'observer' }),
    )
    observer.doc.getMap('test').set('observer-wrote', true)
    writer.doc.getMap('test').set('writer-wrote', true)
    await waitFor(() => mapContent(observer.doc)['writer-wrote'] === true)
    // The writer's update went through after the observer's; the observer's never arrives.
    await new Promise((done) => setTimeout(done, 200))
    expect(mapContent(writer.doc)).toEqual({ 'writer-wrote': true })
    // Reconnecting replays the observer's state as sync step 2: dropped again.
    observer.provider.disconnect()
    observer.provider.connect()
    await waitFor(() => observer.provider.synced)
    await new Promise((done) => setTimeout(done, 200))
    expect(mapContent(writer.doc)).toEqual({ 'writer-wrote': true })
    await relay.close()
    expect((await storedDoc(relay.dataDir, ROOM)).getMap('test').toJSON()).toEqual({
      'writer-wrote': true,
    })
  })

  it('lets a participant whose token lists boards write only those', async () => {
    const relay = await startRelay()
    const token = await tokenFor({ sub: 'p-2', boards: ['group-2'] })
    const other = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'fac', role: 'facilitator' }),
    )
    const outsider = await syncedClient(relay.syncUrl, ROOM, token)
    outsider.doc.getMap('test').set('not-mine', true)
    const own = await syncedClient(relay.syncUrl, 'tanger/group-2', token)
    own.doc.getMap('test').set('mine', true)
    const reader = await syncedClient(relay.syncUrl, 'tanger/group-2', await tokenFor({ sub: 'r' }))
    await waitFor(() => mapContent(reader.doc).mine === true)
    other.doc.getMap('test').set('marker', 1)
    await waitFor(() => mapContent(outsider.doc).marker === 1)
    expect(mapContent(other.doc)).toEqual({ marker: 1 })
  })

  it('refuses before the handshake every token and room that must not connect', async () => {
    const relay = await startRelay()
    const base = relay.syncUrl
    const good = await tokenFor()
    const forged = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    const cases: Array<[string, string, number]> = [
      ['no token', `${base}/tanger/group-1`, 401],
      ['empty token', `${base}/tanger/group-1?token=`, 401],
      ['garbage token', `${base}/tanger/group-1?token=abc.def.ghi`, 401],
      ['forged signature', `${base}/tanger/group-1?token=${forged}`, 401],
      [
        'expired',
        `${base}/tanger/group-1?token=${await tokenFor({}, Math.floor(Date.now() / 1000) - 10)}`,
        401,
      ],
      ['other workshop', `${base}/rabat/group-1?token=${good}`, 403],
      ['upper case room', `${base}/Tanger/group-1?token=${good}`, 400],
      ['dot-dot room', `${base}/%2e%2e%2f/group-1?token=${good}`, 400],
      ['invalid utf-8', `${base}/tanger/%C3%28?token=${good}`, 400],
      ['nul byte', `${base}/tanger/group%001?token=${good}`, 400],
      ['long id', `${base}/tanger/${'a'.repeat(10_000)}?token=${good}`, 400],
    ]
    for (const [name, url, status] of cases) {
      const outcome = await openRaw(url)
      expect.soft(outcome.status, name).toBe(status)
      expect.soft(outcome.socket, name).toBeUndefined()
    }
    for (const url of [`${base}/tanger/group-1/?token=${good}`, `${base}/tanger?token=${good}`]) {
      const outcome = await openRaw(url)
      expect(outcome.socket, url).toBeUndefined()
      expect(outcome.status).toBeGreaterThanOrEqual(400)
    }
  })

  it('stops a client from writing the moment its token expires', async () => {
    const relay = await startRelay()
    const watcher = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const shortLived = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 's' }, '2s'))
    const closedWith = new Promise<number>((done) =>
      shortLived.provider.on('connection-close', (event) => done(event?.code ?? -1)),
    )
    shortLived.doc.getMap('test').set('before', true)
    await waitFor(() => mapContent(watcher.doc).before === true)
    expect(await closedWith).toBe(4401)
    shortLived.doc.getMap('test').set('after', true)
    await new Promise((done) => setTimeout(done, 300))
    expect(mapContent(watcher.doc)).toEqual({ before: true })
  })

  it('answers 426 to a plain HTTP request on the sync path', async () => {
    const relay = await startRelay()
    const response = await fetch(`${relay.httpUrl}/sync/tanger/group-1?token=x`)
    expect(response.status).toBe(426)
  })

  it('closes a socket that sends before its room accepted it, only with a reason', async () => {
    const relay = await startRelay()
    const { socket } = await openRaw(`${relay.syncUrl}/${ROOM}?token=${await tokenFor()}`)
    expect(socket).toBeDefined()
    socket!.send('not binary')
    expect((await closed(socket!)).code).toBe(1007)
  })

  it('keeps a board connected through the stock client after a reconnect', async () => {
    const relay = await startRelay()
    const a = connectClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'a' }), { doc: new Y.Doc() })
    await waitFor(() => a.provider.synced)
    a.provider.disconnect()
    a.doc.getMap('test').set('offline', 1)
    a.provider.connect()
    const b = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'b' }))
    await waitFor(() => mapContent(b.doc).offline === 1)
  })
})
