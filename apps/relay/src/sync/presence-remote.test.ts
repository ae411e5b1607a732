import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodePresence, RoomPresence, type PresencePeer } from './presence.js'

const amina: PresencePeer = { sub: 'amina', name: 'Amina', role: 'participant' }
const stamped = JSON.stringify({ user: { id: 'youssef', name: 'Youssef', role: 'participant' } })
const entry = (clientId: number, clock: number, state: string) =>
  encodePresence([{ clientId, clock, state }])

describe("a room's presence fed by another relay instance", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps the identity the other instance stamped, and hands it to newcomers', () => {
    const presence = new RoomPresence()
    const changes = presence.receiveRemote('instance-b', entry(7, 1, stamped))
    expect(changes).toEqual([{ clientId: 7, clock: 1, state: stamped }])
    expect(presence.snapshot()).toEqual([{ clientId: 7, clock: 1, state: stamped }])
  })

  it('ignores an older or repeated entry, and applies a removal', () => {
    const presence = new RoomPresence()
    presence.receiveRemote('instance-b', entry(7, 3, stamped))
    expect(presence.receiveRemote('instance-b', entry(7, 2, stamped))).toEqual([])
    expect(presence.receiveRemote('instance-b', entry(7, 3, stamped))).toEqual([])
    expect(presence.receiveRemote('instance-b', entry(7, 4, 'null'))).toEqual([
      { clientId: 7, clock: 4, state: 'null' },
    ])
    expect(presence.size).toBe(0)
    // A late copy of the state it had does not bring it back.
    expect(presence.receiveRemote('instance-b', entry(7, 3, stamped))).toEqual([])
  })

  it("does not let a local connection take over another instance's client id", () => {
    const presence = new RoomPresence()
    presence.receiveRemote('instance-b', entry(7, 1, stamped))
    const forged = presence.receive(amina, entry(7, Number.MAX_SAFE_INTEGER, '{"cursor":1}'))
    expect(forged.forged).toBe(1)
    expect(presence.snapshot()).toEqual([{ clientId: 7, clock: 1, state: stamped }])
  })

  it('stops handing out an entry its instance stopped renewing', () => {
    vi.useFakeTimers()
    const presence = new RoomPresence()
    presence.receiveRemote('instance-b', entry(7, 1, stamped))
    presence.receive(amina, entry(8, 1, '{}'))
    vi.advanceTimersByTime(60_000)
    expect(presence.snapshot().map((each) => each.clientId)).toEqual([8])
  })

  it('refuses a malformed message without changing anything', () => {
    const presence = new RoomPresence()
    const good = entry(7, 1, stamped)
    const cut = new Uint8Array([2, ...good.subarray(1), 9])
    expect(() => presence.receiveRemote('instance-b', cut)).toThrow()
    expect(presence.size).toBe(0)
  })
})
