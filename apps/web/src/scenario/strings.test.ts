import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { SCENARIO_NS, addScenarioStrings, scenarioStrings } from './strings.js'
import type { ScenarioText } from './strings.js'

async function scenarioT(lng: string): Promise<ScenarioText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addScenarioStrings(i18n)
  return i18n.getFixedT(lng, SCENARIO_NS as never) as unknown as ScenarioText
}

describe('the scenario panel’s words', () => {
  it('says every French phrase in English and Arabic too, none of them empty', () => {
    const french = Object.keys(scenarioStrings.fr).sort()
    expect(Object.keys(scenarioStrings.en).sort()).toEqual(french)
    expect(Object.keys(scenarioStrings.ar).sort()).toEqual(french)
    for (const bundle of Object.values(scenarioStrings)) {
      for (const text of Object.values(bundle)) expect(text.trim()).not.toBe('')
    }
  })

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(scenarioStrings.fr) as (keyof typeof scenarioStrings.fr)[]) {
      const french = placeholders(scenarioStrings.fr[key])
      expect(placeholders(scenarioStrings.en[key]), key).toEqual(french)
      expect(placeholders(scenarioStrings.ar[key]), key).toEqual(french)
    }
  })

  it('names an inject in each language', async () => {
    const options = { number: 2, title: 'X' }
    expect((await scenarioT('fr'))('inject.name', options)).toBe('Élément 2 : X')
    expect((await scenarioT('en'))('inject.name', options)).toBe('Development 2: X')
    expect((await scenarioT('ar'))('inject.name', options)).toBe('المستجد 2: X')
  })
})
