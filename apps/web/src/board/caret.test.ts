import { describe, expect, it } from 'vitest'
import { shiftCaret } from './caret.js'

describe('the caret while someone else types in the same note', () => {
  it('stays put when they type after it', () => {
    expect(shiftCaret('Pas de relais', 'Pas de relais locaux', 3)).toBe(3)
  })

  it('moves along when they type before it', () => {
    expect(shiftCaret('relais', 'Pas de relais', 6)).toBe(13)
  })

  it('moves back when they delete before it', () => {
    expect(shiftCaret('Pas de relais', 'relais', 13)).toBe(6)
  })

  it('lands after their words when they replace the ones around it', () => {
    expect(shiftCaret('un deux trois', 'un 2 trois', 5)).toBe(4)
  })
})
