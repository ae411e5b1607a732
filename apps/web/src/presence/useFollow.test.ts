import { describe, expect, it } from 'vitest'
import { followedPeer, newSummon } from './useFollow.js'
import type { Peer } from './state.js'

const viewport = { x: 0, y: 0, scale: 1, width: 800, height: 600 }
function peer(clientId: number, role: Peer['role'], extra: Partial<Peer> = {}): Peer {
  return {
    clientId,
    id: `p-${clientId}`,
    name: `P${clientId}`,
    role,
    colour: '#e03131',
    view: 'board',
    viewport,
    ...extra,
  }
}

describe('following people on the board', () => {
  it('follows one person by their id, whichever screen id they have now', () => {
    const peers = [peer(1, 'participant'), peer(2, 'facilitator')]
    expect(followedPeer(peers, { kind: 'person', id: 'p-1' })?.clientId).toBe(1)
    expect(followedPeer(peers, { kind: 'facilitator' })?.clientId).toBe(2)
    expect(followedPeer(peers, undefined)).toBeUndefined()
  })

  it('answers a summon made after it arrived, not one made before', () => {
    const seen = new Map<number, number>()
    expect(newSummon([peer(2, 'facilitator', { summon: 100 })], seen)).toBeUndefined()
    expect(newSummon([peer(2, 'facilitator', { summon: 100 })], seen)).toBeUndefined()
    expect(newSummon([peer(2, 'facilitator', { summon: 200 })], seen)?.clientId).toBe(2)
  })

  it('answers the first summon of a facilitator seen before it', () => {
    const seen = new Map<number, number>()
    expect(newSummon([peer(2, 'facilitator')], seen)).toBeUndefined()
    expect(newSummon([peer(2, 'facilitator', { summon: 5 })], seen)?.clientId).toBe(2)
  })

  it('lets only facilitators summon', () => {
    const seen = new Map<number, number>()
    newSummon([peer(3, 'participant', { summon: 1 })], seen)
    expect(newSummon([peer(3, 'participant', { summon: 2 })], seen)).toBeUndefined()
  })
})
