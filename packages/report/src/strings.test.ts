import { describe, expect, it } from 'vitest'
import { STRINGS } from './strings.js'

describe('the report’s words', () => {
  const keys = Object.keys(STRINGS.fr).sort()

  it.each(['en', 'ar'] as const)('has every French key in %s, none empty', (language) => {
    expect(Object.keys(STRINGS[language]).sort()).toEqual(keys)
    for (const key of keys)
      expect(STRINGS[language][key as keyof typeof STRINGS.fr].trim()).not.toBe('')
  })

  it('writes Arabic in Arabic letters', () => {
    for (const text of Object.values(STRINGS.ar)) expect(text).toMatch(/\p{Script=Arabic}/u)
  })
})
