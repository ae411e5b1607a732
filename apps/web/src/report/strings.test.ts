import { describe, expect, it } from 'vitest'
import { reportPageStrings } from './strings.js'

describe('the report page words', () => {
  it('says every French phrase in English and Arabic too, none empty', () => {
    const french = Object.keys(reportPageStrings.fr).sort()
    expect(Object.keys(reportPageStrings.en).sort()).toEqual(french)
    expect(Object.keys(reportPageStrings.ar).sort()).toEqual(french)
    for (const bundle of Object.values(reportPageStrings)) {
      for (const [key, value] of Object.entries(bundle)) expect(value.trim(), key).not.toBe('')
    }
  })

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])
    for (const [key, french] of Object.entries(reportPageStrings.fr)) {
      for (const lng of ['en', 'ar'] as const) {
        expect(placeholders(reportPageStrings[lng][key]!), `${lng} ${key}`).toEqual(
          placeholders(french),
        )
      }
    }
  })
})
