import { describe, expect, it } from 'vitest'
import { boardLink, forgetOrigin, gatherTarget, originOf, rememberOrigin } from './gather.js'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('the call to the plenary', () => {
  it('moves every other board of the session, not the plenary itself', () => {
    const gather = { board: 'governance-plenary', at: 1 }
    expect(gatherTarget(gather, 'governance-g2')).toBe('governance-plenary')
    expect(gatherTarget(gather, 'governance-plenary')).toBeUndefined()
    expect(gatherTarget(undefined, 'governance-g2')).toBeUndefined()
  })

  it('links to the plenary with the same token in the fragment and the same view', () => {
    expect(boardLink('tanger', 'governance-plenary', 'a.b.c', 'phone')).toBe(
      '/w/tanger/governance-plenary?view=phone#token=a.b.c',
    )
    expect(boardLink('tanger', 'governance-g1', 'a.b.c')).toBe(
      '/w/tanger/governance-g1#token=a.b.c',
    )
  })

  it('remembers the way back per workshop, and ignores a garbled one', () => {
    const storage = memoryStorage()
    expect(originOf(storage, 'tanger')).toBeUndefined()
    rememberOrigin(storage, 'tanger', { board: 'governance-g2', view: 'phone' })
    expect(originOf(storage, 'tanger')).toEqual({ board: 'governance-g2', view: 'phone' })
    expect(originOf(storage, 'rabat')).toBeUndefined()
    forgetOrigin(storage, 'tanger')
    expect(originOf(storage, 'tanger')).toBeUndefined()
    storage.setItem('atelier:gathered-from:tanger', '{"board":"../../evil"}')
    expect(originOf(storage, 'tanger')).toBeUndefined()
    storage.setItem('atelier:gathered-from:tanger', 'not json')
    expect(originOf(storage, 'tanger')).toBeUndefined()
  })
})
