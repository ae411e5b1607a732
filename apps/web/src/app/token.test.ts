import { describe, expect, it } from 'vitest'
import { takeToken } from './token.js'
import type { TokenPlace } from './token.js'

function browser(hash: string) {
  const stored = new Map<string, string>()
  const urls: string[] = []
  const place: TokenPlace = {
    location: { pathname: '/w/tanger/g1', search: '?view=board', hash },
    history: { state: null, replaceState: (_data, _unused, url) => urls.push(url) },
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => stored.set(key, value),
    },
  }
  return { place, stored, urls }
}

describe('the token in a board link', () => {
  it('is read from the fragment, kept for this tab and removed from the address bar', () => {
    const { place, stored, urls } = browser('#token=abc.def.ghi')
    expect(takeToken('tanger', 'g1', place)).toBe('abc.def.ghi')
    expect(stored.get('atelier:token:tanger/g1')).toBe('abc.def.ghi')
    expect(urls).toEqual(['/w/tanger/g1?view=board'])
  })

  it('is found again after a reload, for that board only', () => {
    const first = browser('#token=abc.def.ghi')
    takeToken('tanger', 'g1', first.place)
    const reload = { ...first.place, location: { ...first.place.location, hash: '' } }
    expect(takeToken('tanger', 'g1', reload)).toBe('abc.def.ghi')
    expect(takeToken('tanger', 'g2', reload)).toBeUndefined()
  })
})
