import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { AgeBand, ConsentPurpose, ParticipantStatus, StakeholderType } from './api.js'
import { actionKey } from './DataProtection.js'
import { consolePartStrings } from './part-strings.js'
import { PARTICIPANTS_NS, addParticipantsStrings, participantsStrings } from './strings.js'
import type { ParticipantsText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function participantsT(lng: string): Promise<ParticipantsText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addParticipantsStrings(i18n)
  return i18n.getFixedT(lng, PARTICIPANTS_NS as never) as unknown as ParticipantsText
}

describe('the participants words', () => {
  it('says every French phrase in English and Arabic too', () => {
    for (const bundles of [participantsStrings, consolePartStrings]) {
      const french = baseKeys(bundles.fr)
      expect(baseKeys(bundles.en)).toEqual(french)
      expect(baseKeys(bundles.ar)).toEqual(french)
    }
  })

  it('names every stakeholder type, age band, status, consent purpose and audit action', async () => {
    for (const lng of ['fr', 'en', 'ar']) {
      const t = await participantsT(lng)
      const keys = [
        ...StakeholderType.map((type) => `stakeholder.${type}` as const),
        ...AgeBand.map((band) => `age.${band}` as const),
        ...ParticipantStatus.map((status) => `status.${status}` as const),
        ...ConsentPurpose.map((purpose) => `purpose.${purpose}` as const),
        ...['viewed', 'exported', 'deleted-all', 'retention-expired', 'later'].map(actionKey),
      ]
      for (const key of keys) expect(participantsStrings[lng as 'fr']![key], key).toBeTruthy()
      expect(t('audit.action.other')).not.toBe('audit.action.other')
    }
  })

  it('counts the participants an import confirms in each language', async () => {
    expect((await participantsT('fr'))('import.confirm', { count: 24 })).toBe(
      'Importer 24 participants',
    )
    expect((await participantsT('en'))('import.confirm', { count: 1 })).toBe('Import 1 participant')
    expect((await participantsT('ar'))('import.confirm', { count: 2 })).toBe(
      'استيراد مشاركَين اثنين',
    )
  })
})
