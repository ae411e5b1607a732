import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { SESSION_NS, addSessionStrings, sessionStrings } from './strings.js'
import type { SessionText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function sessionT(lng: string): Promise<SessionText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addSessionStrings(i18n)
  return i18n.getFixedT(lng, SESSION_NS as never) as unknown as SessionText
}

describe('the session bar’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(sessionStrings.fr)
    expect(baseKeys(sessionStrings.en)).toEqual(french)
    expect(baseKeys(sessionStrings.ar)).toEqual(french)
  })

  it('names the facilitator’s lock in each language', async () => {
    expect((await sessionT('fr'))('locked')).toBe('Tableau verrouillé par l’animateur')
    expect((await sessionT('en'))('locked')).toBe('Board locked by the facilitator')
    expect((await sessionT('ar'))('questions.show', { count: 2 })).toBe('عرض السؤالين')
  })
})
