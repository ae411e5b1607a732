import { describe, expect, it } from 'vitest'
import { blockAttrs, parseActors } from './blocks.js'

describe('the actors a rapporteur types', () => {
  it('splits on commas, semicolons, line breaks and the Arabic comma, without duplicates', () => {
    expect(parseActors(' Wilaya, ANRT ;ONG locales\nWilaya، الجمعيات ')).toEqual([
      'Wilaya',
      'ANRT',
      'ONG locales',
      'الجمعيات',
    ])
  })

  it('drops empty entries and keeps at most twenty actors', () => {
    expect(parseActors(', ;')).toEqual([])
    const many = Array.from({ length: 30 }, (_, index) => `Acteur ${index}`).join(',')
    expect(parseActors(many)).toHaveLength(20)
  })
})

describe('a recommendation node’s attributes', () => {
  it('reads a peer’s garbled attributes as safe values', () => {
    expect(blockAttrs({ id: 3, priority: 'urgent', actors: ['A', 2], noteIds: 'n1' })).toEqual({
      id: '',
      priority: 'medium',
      actors: ['A'],
      noteIds: [],
    })
  })
})
