import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { PHONE_NS, addPhoneStrings, phoneStrings } from './strings.js'
import type { PhoneText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

// The shell types i18next for its own namespace; the phone's keys are typed by PhoneText.
async function phoneT(lng: string): Promise<PhoneText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addPhoneStrings(i18n)
  return i18n.getFixedT(lng, PHONE_NS as never) as unknown as PhoneText
}

describe('the phone view’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(phoneStrings.fr)
    expect(baseKeys(phoneStrings.en)).toEqual(french)
    expect(baseKeys(phoneStrings.ar)).toEqual(french)
  })

  it('counts votes in each language’s plural forms', async () => {
    const fr = await phoneT('fr')
    expect(fr('votes.left', { count: 1 })).toBe('1 vote restant')
    expect(fr('votes.left', { count: 5 })).toBe('5 votes restants')
    const ar = await phoneT('ar')
    expect(ar('note.votes', { count: 2 })).toBe('صوتان')
    expect(ar('note.votes', { count: 3 })).toBe('3 أصوات')
    expect(ar('note.votes', { count: 11 })).toBe('11 صوتًا')
  })

  it('tells an offline participant their notes are kept on the phone', async () => {
    const en = await phoneT('en')
    expect(en('status.offline')).toBe(
      'Offline — your notes are kept on this phone and sent when the network returns.',
    )
  })

  it('registers its words once, leaving words already there alone', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: 'fr', resources: { fr: { phone: { readOnly: 'À lire' } } } })
    addPhoneStrings(i18n)
    const t = i18n.getFixedT('fr', PHONE_NS as never) as unknown as PhoneText
    expect(t('readOnly')).toBe('À lire')
    expect(i18n.hasResourceBundle('ar', PHONE_NS)).toBe(true)
  })
})
