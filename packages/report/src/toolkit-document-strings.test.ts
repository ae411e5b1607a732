import { describe, expect, it } from 'vitest'
import { METHOD_KEYS, TOOLKIT_STRINGS } from './toolkit-document-strings.js'

describe('the toolkit document’s words', () => {
  const keys = Object.keys(TOOLKIT_STRINGS.fr).sort()

  it.each(['en', 'ar'] as const)('has every French key in %s, none empty', (language) => {
    expect(Object.keys(TOOLKIT_STRINGS[language]).sort()).toEqual(keys)
    for (const key of keys)
      expect(TOOLKIT_STRINGS[language][key as keyof typeof TOOLKIT_STRINGS.fr].trim()).not.toBe('')
  })

  it('writes Arabic in Arabic letters', () => {
    for (const text of Object.values(TOOLKIT_STRINGS.ar)) expect(text).toMatch(/\p{Script=Arabic}/u)
  })

  it('describes each part of the approach in every language', () => {
    expect(METHOD_KEYS.length).toBe(7)
    for (const language of ['fr', 'en', 'ar'] as const) {
      const texts = METHOD_KEYS.map((key) => TOOLKIT_STRINGS[language][key])
      expect(new Set(texts).size).toBe(METHOD_KEYS.length)
    }
  })
})
