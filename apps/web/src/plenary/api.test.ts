import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import { credentialsOf, sessionOfBoard } from './api.js'

describe('promotion from a board', () => {
  it('finds the session of a sub-group board, and none for other boards', () => {
    expect(sessionOfBoard('governance-g1')).toBe('governance')
    expect(sessionOfBoard('operational-response-g4')).toBe('operational-response')
    expect(sessionOfBoard('governance-plenary')).toBeUndefined()
  })

  it('reads the workshop and token of an open board from its connection', () => {
    const provider = { roomname: 'tanger/governance-g2', params: { token: 'abc' } }
    expect(credentialsOf(provider as unknown as WebsocketProvider)).toEqual({
      workshop: 'tanger',
      token: 'abc',
    })
    const bare = { roomname: 'tanger/governance-g2', params: {} }
    expect(credentialsOf(bare as unknown as WebsocketProvider)).toBeUndefined()
  })
})
