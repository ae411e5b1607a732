import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { VALIDATION_NS, addValidationStrings, validationStrings } from './strings.js'
import type { ValidationText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function validationT(lng: string): Promise<ValidationText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addValidationStrings(i18n)
  return i18n.getFixedT(lng, VALIDATION_NS as never) as unknown as ValidationText
}

describe('the plenary’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(validationStrings.fr)
    expect(baseKeys(validationStrings.en)).toEqual(french)
    expect(baseKeys(validationStrings.ar)).toEqual(french)
  })

  it('names each verdict and counts promoted notes in each language', async () => {
    expect((await validationT('fr'))('verdict.reservations')).toBe('Validée avec réserves')
    expect((await validationT('en'))('verdict.not-agreed')).toBe('Not agreed')
    expect((await validationT('ar'))('verdict.agreed')).toBe('مُصادَق عليها')
    expect((await validationT('fr'))('promote.added', { count: 2 })).toBe(
      '2 notes ajoutées à la plénière.',
    )
    expect((await validationT('ar'))('promote.added', { count: 2 })).toBe(
      'أُضيفت ملاحظتان إلى الجلسة العامة.',
    )
  })
})
