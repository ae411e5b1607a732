import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { AtelierModelError, ModelErrorCode } from '@atelier/model'
import { refusalText } from './refusal.js'
import { ROADMAP_NS, addRoadmapStrings } from './strings.js'
import type { RoadmapText } from './strings.js'

async function french(): Promise<RoadmapText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng: 'fr', resources: {}, keySeparator: false })
  addRoadmapStrings(i18n)
  return i18n.getFixedT('fr', ROADMAP_NS as never) as unknown as RoadmapText
}

describe('a refused roadmap change in words', () => {
  it('says a dependency would close a loop, with the model’s reason and the actions’ names', async () => {
    const error = new AtelierModelError(
      ModelErrorCode.DEPENDENCY_CYCLE,
      'Note n-1 already depends on n-2: the dependency would close a cycle',
    )
    const names = new Map([
      ['n-1', 'Former les agents'],
      ['n-2', 'Créer un guichet'],
    ])
    expect(refusalText(error, await french(), names)).toBe(
      'Refusé : cette dépendance formerait une boucle. Note “Former les agents” already depends on “Créer un guichet”: the dependency would close a cycle',
    )
  })

  it('gives any other refusal’s message as it is', async () => {
    const error = new AtelierModelError(ModelErrorCode.INVALID_INPUT, 'partners: too many')
    expect(refusalText(error, await french())).toBe('Refusé : partners: too many')
  })
})
