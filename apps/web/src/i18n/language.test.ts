import { describe, expect, it } from 'vitest'
import { directionOf, initialLanguage } from './language.js'
import { ar } from './ar.js'
import { en } from './en.js'
import { fr } from './fr.js'

describe('the interface language', () => {
  it('starts in French unless this device chose another', () => {
    expect(initialLanguage(null)).toBe('fr')
    expect(initialLanguage('de')).toBe('fr')
    expect(initialLanguage('ar')).toBe('ar')
  })

  it('writes Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fr')).toBe('ltr')
  })

  it('has every French message in English and Arabic, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(fr)) {
      for (const other of [en, ar] as Record<string, string>[]) {
        const translated = other[key]
        expect(translated, key).toBeTruthy()
        // Arabic's singular forms spell the number out instead of using {{count}}.
        if (!key.endsWith('_one'))
          expect(placeholders(translated ?? ''), key).toEqual(placeholders(text))
      }
    }
  })
})
