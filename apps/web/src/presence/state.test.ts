import { describe, expect, it } from 'vitest'
import { facilitatorToFollow, readPeer } from './state.js'

const user = { id: 'p-1', name: 'Amina', role: 'participant', colour: '#1971c2', color: '#1971c2' }

describe('reading other screens from presence', () => {
  it('reads a participant with a cursor, a viewport and a drag', () => {
    const peer = readPeer(7, {
      user,
      cursor: { x: 10, y: 20 },
      viewport: { x: 0, y: 0, scale: 1, width: 800, height: 600 },
      dragging: { noteId: 'n1-1', x: 40, y: 50, with: ['n1-2', 3] },
    })
    expect(peer).toMatchObject({
      clientId: 7,
      name: 'Amina',
      view: 'board',
      cursor: { x: 10, y: 20 },
      dragging: { noteId: 'n1-1', x: 40, y: 50, with: ['n1-2'] },
    })
  })

  it('drops what a careless peer wrote, keeping the rest', () => {
    const peer = readPeer(1, {
      user: { ...user, colour: 'red' },
      cursor: { x: 'a', y: 1 },
      viewport: { x: 0, y: 0, scale: 0, width: 1, height: 1 },
      dragging: { x: 1, y: 1 },
      view: 'hacker',
    })
    expect(peer).toEqual({
      clientId: 1,
      id: 'p-1',
      name: 'Amina',
      role: 'participant',
      colour: '#5c636a',
      view: 'board',
    })
  })

  it('ignores states without an identity', () => {
    expect(readPeer(1, null)).toBeUndefined()
    expect(readPeer(1, { cursor: { x: 1, y: 1 } })).toBeUndefined()
    expect(readPeer(1, { user: { ...user, role: 'king' } })).toBeUndefined()
  })

  it('follows the facilitator at work, never a projector', () => {
    const viewport = { x: 0, y: 0, scale: 1, width: 800, height: 600 }
    const facilitator = { ...user, role: 'facilitator' }
    const peers = [
      readPeer(3, { user: facilitator, view: 'projector', viewport })!,
      readPeer(9, { user: facilitator, viewport })!,
      readPeer(5, { user, viewport })!,
    ]
    expect(facilitatorToFollow(peers)?.clientId).toBe(9)
    expect(facilitatorToFollow(peers.slice(2))).toBeUndefined()
  })
})
