import { describe, expect, it } from 'vitest'
import { parseRoute } from '../app/route.js'
import { boardLinkOf, formatDate } from './api.js'
import { joinStrings } from './strings.js'

describe('the invitation pages', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = Object.keys(joinStrings.fr).sort()
    expect(Object.keys(joinStrings.en).sort()).toEqual(french)
    expect(Object.keys(joinStrings.ar).sort()).toEqual(french)
    expect(Object.values(joinStrings.ar).every((text) => /\p{Script=Arabic}/u.test(text))).toBe(
      true,
    )
  })

  it('reads /join, /join/<code> and /rsvp/<code>, and nothing else under them', () => {
    expect(parseRoute('/join', '')).toEqual({ kind: 'join' })
    expect(parseRoute('/join/AB12CD', '')).toEqual({ kind: 'join', code: 'AB12CD' })
    expect(parseRoute('/rsvp/ab12-cd34ef', '')).toEqual({ kind: 'rsvp', code: 'ab12-cd34ef' })
    expect(parseRoute('/rsvp', '')).toEqual({ kind: 'notFound' })
    expect(parseRoute('/join/AB12CD/more', '')).toEqual({ kind: 'notFound' })
    expect(parseRoute('/join/<script>', '')).toEqual({ kind: 'notFound' })
  })

  it('opens the board with the token in the fragment, and dates the session in each language', () => {
    expect(boardLinkOf({ token: 'a.b.c', workshop: 'tanger', board: 'governance-g2' })).toBe(
      '/w/tanger/governance-g2#token=a.b.c',
    )
    expect(formatDate('2026-03-12T09:30', 'fr')).toBe('jeudi 12 mars 2026 à 09:30')
    expect(formatDate('2026-03-12', 'en')).toBe('Thursday, 12 March 2026')
    expect(formatDate('2026-03-12', 'ar')).toContain('مارس')
  })
})
