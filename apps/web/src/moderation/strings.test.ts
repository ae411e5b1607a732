import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { MODERATION_NS, addModerationStrings, moderationStrings } from './strings.js'
import type { ModerationText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function moderationT(lng: string): Promise<ModerationText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addModerationStrings(i18n)
  return i18n.getFixedT(lng, MODERATION_NS as never) as unknown as ModerationText
}

describe('the words of moderation', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(moderationStrings.fr)
    expect(baseKeys(moderationStrings.en)).toEqual(french)
    expect(baseKeys(moderationStrings.ar)).toEqual(french)
  })

  it('counts down to the plenary in each language, with Arabic plurals', async () => {
    expect((await moderationT('fr'))('gather.countdown', { count: 3 })).toBe(
      'Vous rejoignez la plénière dans 3 secondes…',
    )
    expect((await moderationT('en'))('gather.countdown', { count: 1 })).toBe(
      'Moving you to the plenary in 1 second…',
    )
    expect((await moderationT('ar'))('gather.countdown', { count: 2 })).toBe(
      'الانتقال إلى الجلسة العامة بعد ثانيتين…',
    )
  })
})
