import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { ROADMAP_NS, addRoadmapStrings, roadmapStrings } from './strings.js'
import type { RoadmapText } from './strings.js'

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

async function roadmapT(lng: string): Promise<RoadmapText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addRoadmapStrings(i18n)
  return i18n.getFixedT(lng, ROADMAP_NS as never) as unknown as RoadmapText
}

describe('the roadmap’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(roadmapStrings.fr)
    expect(baseKeys(roadmapStrings.en)).toEqual(french)
    expect(baseKeys(roadmapStrings.ar)).toEqual(french)
  })

  it('counts the actions pulled onto the roadmap in each language', async () => {
    expect((await roadmapT('fr'))('console.added', { count: 2 })).toBe(
      '2 actions ajoutées à la feuille de route.',
    )
    expect((await roadmapT('en'))('console.already', { count: 1 })).toBe('1 was there already.')
    expect((await roadmapT('ar'))('console.added', { count: 2 })).toBe(
      'أُضيف إجراءان إلى خارطة الطريق.',
    )
    expect((await roadmapT('ar'))('deps.legend')).toBe('الترابطات')
  })
})
