import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { DRAFTS_NS, addDraftsStrings, draftsStrings } from './strings.js'
import type { DraftsText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function draftsT(lng: string): Promise<DraftsText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addDraftsStrings(i18n)
  return i18n.getFixedT(lng, DRAFTS_NS as never) as unknown as DraftsText
}

describe('the words of private writing', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(draftsStrings.fr)
    expect(baseKeys(draftsStrings.en)).toEqual(french)
    expect(baseKeys(draftsStrings.ar)).toEqual(french)
  })

  it('counts the notes to reveal in each language', async () => {
    expect((await draftsT('fr'))('console.reveal', { count: 3 })).toBe('Dévoiler 3 notes')
    expect((await draftsT('en'))('console.reveal', { count: 1 })).toBe('Reveal 1 note')
    expect((await draftsT('ar'))('console.reveal', { count: 2 })).toBe('كشف ملاحظتين')
  })
})
