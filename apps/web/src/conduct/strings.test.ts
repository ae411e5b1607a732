import { describe, expect, it } from 'vitest'
import { conductStrings } from './strings.js'

describe('the code of conduct dialog’s words', () => {
  it('says every French phrase in English and Arabic too, none empty', () => {
    const french = Object.keys(conductStrings.fr).sort()
    for (const language of ['en', 'ar'] as const) {
      expect(Object.keys(conductStrings[language]).sort()).toEqual(french)
      for (const text of Object.values(conductStrings[language])) expect(text.trim()).not.toBe('')
    }
  })
})
