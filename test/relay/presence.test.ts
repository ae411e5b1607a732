import { describe, expect, it } from 'vitest'
import { closed, openRaw, syncedClient, type Client } from '../helpers/clients.js'
import { awarenessFrame } from '../helpers/frames.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const ROOM = 'tanger/group-1'

function userSeenBy(viewer: Client, of: Client): Record<string, unknown> | undefined {
  const state = viewer.provider.awareness.getStates().get(of.doc.clientID)
  return state?.user as Record<string, unknown> | undefined
}

describe('relay hazards: awareness', () => {
  it('shows the name and role of the token, not the name a client claims', async () => {
    const relay = await startRelay()
    const amina = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'a', name: 'Amina', role: 'participant' }),
    )
    const youssef = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'y', name: 'Youssef' }),
    )
    amina.provider.awareness.setLocalStateField('user', { name: 'The facilitator', color: '#d33' })
    await waitFor(() => userSeenBy(youssef, amina)?.color === '#d33')
    expect(userSeenBy(youssef, amina)).toEqual({
      name: 'Amina',
      color: '#d33',
      id: 'a',
      role: 'participant',
    })
  })

  it("ignores a forged entry for another client's id, whose later real updates still arrive", async () => {
    const relay = await startRelay()
    const victim = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'v', name: 'Victim' }),
    )
    const viewer = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    victim.provider.awareness.setLocalStateField('cursor', { x: 1 })
    await waitFor(
      () => viewer.provider.awareness.getStates().get(victim.doc.clientID)?.cursor?.x === 1,
    )
    const { socket } = await openRaw(
      `${relay.syncUrl}/${ROOM}?token=${await tokenFor({ sub: 'evil' })}`,
    )
    socket!.send(
      awarenessFrame([
        [
          victim.doc.clientID,
          Number.MAX_SAFE_INTEGER,
          '{"user":{"name":"evil"},"cursor":{"x":666}}',
        ],
      ]),
    )
    victim.provider.awareness.setLocalStateField('cursor', { x: 2 })
    await waitFor(
      () => viewer.provider.awareness.getStates().get(victim.doc.clientID)?.cursor?.x === 2,
    )
    expect(userSeenBy(viewer, victim)?.name).toBe('Victim')
  })

  it('closes a client that sends ten thousand entries in one message', async () => {
    const relay = await startRelay()
    const viewer = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'w' }))
    const { socket } = await openRaw(
      `${relay.syncUrl}/${ROOM}?token=${await tokenFor({ sub: 'evil' })}`,
    )
    const entries = Array.from({ length: 10_000 }, (_, i): [number, number, string] => [
      i + 1,
      1,
      '{}',
    ])
    socket!.send(awarenessFrame(entries))
    expect((await closed(socket!)).code).toBe(1007)
    expect(viewer.provider.awareness.getStates().size).toBe(1)
  })

  it('closes a client that sends an oversized awareness state', async () => {
    const relay = await startRelay()
    const { socket } = await openRaw(
      `${relay.syncUrl}/${ROOM}?token=${await tokenFor({ sub: 'evil' })}`,
    )
    socket!.send(awarenessFrame([[99, 1, JSON.stringify({ blob: 'x'.repeat(100_000) })]]))
    expect((await closed(socket!)).code).toBe(1007)
    const { socket: huge } = await openRaw(
      `${relay.syncUrl}/${ROOM}?token=${await tokenFor({ sub: 'evil2' })}`,
    )
    huge!.send(awarenessFrame([[98, 1, JSON.stringify({ blob: 'x'.repeat(5_000_000) })]]))
    expect((await closed(huge!)).code).toBe(1009)
  })

  it('drops echoes of presence without sending them to anyone again', async () => {
    const relay = await startRelay()
    const clients = await Promise.all(
      ['a', 'b', 'c'].map(async (sub) =>
        syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub })),
      ),
    )
    const [a, b, c] = clients as [Client, Client, Client]
    // y-protocols ignores a first entry of clock 0, so each client says something first.
    for (const client of clients) client.provider.awareness.setLocalStateField('cursor', { x: 0 })
    await waitFor(() => c.provider.awareness.getStates().size === 3)
    await new Promise((done) => setTimeout(done, 200))
    let received = 0
    c.provider.awareness.on('update', () => received++)
    a.provider.awareness.setLocalStateField('cursor', { x: 5 })
    await waitFor(() => c.provider.awareness.getStates().get(a.doc.clientID)?.cursor?.x === 5)
    await new Promise((done) => setTimeout(done, 300))
    // b and c each echo a's change back; neither echo comes back to c.
    expect(received).toBe(1)
    expect(b.provider.awareness.getStates().size).toBe(3)
    const metrics = await (await fetch(`${relay.httpUrl}/metrics`)).text()
    expect(metrics).toMatch(/atelier_connections 3/)
  })

  it('tells the others when a client leaves, and not later resurrects it from an echo', async () => {
    const relay = await startRelay()
    const a = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'a' }))
    const b = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'b' }))
    a.provider.awareness.setLocalStateField('cursor', { x: 1 })
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID))
    const id = a.doc.clientID
    ;(a.provider.ws as unknown as { terminate(): void } | null)?.terminate()
    a.provider.shouldConnect = false
    await waitFor(() => !b.provider.awareness.getStates().has(id))
    await new Promise((done) => setTimeout(done, 200))
    expect(b.provider.awareness.getStates().has(id)).toBe(false)
  })
})
