import { describe, expect, it } from 'vitest'
import { fitFontSize, MIN_NOTE_FONT } from './fitText.js'

// Every character as wide as half the font size: close enough to a real sans-serif.
const measure = (text: string, size: number) => text.length * size * 0.5

describe('fitting a note’s words in the note', () => {
  it('keeps the full size when the words fit', () => {
    expect(fitFontSize('Pas de relais', 120, 60, 14, 1.25, measure)).toBe(14)
  })

  it('shrinks the writing rather than break a long word', () => {
    const size = fitFontSize('Cyberharcèlement des jeunes', 100, 60, 14, 1.25, measure)
    expect(size).toBeLessThan(14)
    expect('Cyberharcèlement'.length * size * 0.5).toBeLessThanOrEqual(100)
  })

  it('shrinks a long text until its lines fit the height, but not below the smallest size', () => {
    const long = 'mot '.repeat(40)
    expect(fitFontSize(long, 120, 60, 14, 1.25, measure)).toBe(MIN_NOTE_FONT)
    const medium = 'mots courts '.repeat(3)
    const size = fitFontSize(medium, 120, 45, 14, 1.25, measure)
    expect(size).toBeGreaterThan(MIN_NOTE_FONT)
    expect(size).toBeLessThan(14)
  })
})
