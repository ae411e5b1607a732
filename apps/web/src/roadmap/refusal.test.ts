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
  it('says in the reader’s words which action already depends on which, with their names', async () => {
    const error = new AtelierModelError(
      ModelErrorCode.DEPENDENCY_CYCLE,
      'Note n-2 already depends on n-1: the dependency would close a cycle',
    )
    const names = new Map([
      ['n-1', 'Former les agents'],
      ['n-2', 'Créer un guichet'],
    ])
    const attempt = { note: 'n-1', dependsOn: 'n-2' }
    expect(refusalText(error, await french(), names, attempt)).toBe(
      'Refusé : « Créer un guichet » dépend déjà, directement ou non, de « Former les agents » : cette dépendance formerait une boucle.',
    )
    const self = new AtelierModelError(
      ModelErrorCode.DEPENDENCY_CYCLE,
      'Note n-1 cannot depend on itself',
    )
    expect(refusalText(self, await french(), names, { note: 'n-1', dependsOn: 'n-1' })).toBe(
      'Refusé : une action ne peut pas dépendre d’elle-même.',
    )
  })

  it('gives any other refusal’s message as it is', async () => {
    const error = new AtelierModelError(ModelErrorCode.INVALID_INPUT, 'partners: too many')
    expect(refusalText(error, await french())).toBe('Refusé : partners: too many')
  })
})
