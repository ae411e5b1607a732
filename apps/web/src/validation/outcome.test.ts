import { beforeAll, describe, expect, it } from 'vitest'
import i18next from 'i18next'
import type { Note } from '@atelier/model'
import { describeOutcome, originGroup, originWords, outcomeChip } from './outcome.js'
import { validationTextIn } from './strings.js'

const note: Note = {
  id: 'n-1',
  text: 'Former les agents',
  category: 'action',
  colour: '#8ce99a',
  x: 0,
  y: 0,
  w: 140,
  h: 100,
  createdAt: 0,
  tags: [],
  hidden: false,
}

describe('a plenary note’s outcome in words', () => {
  // As the app's setupI18n does before the first render.
  beforeAll(() => i18next.init({ lng: 'fr', resources: {}, keySeparator: false }))

  it('names the sub-group of a consultation board, and keeps other ids', () => {
    expect(originGroup('governance-g2')).toBe('2')
    expect(originGroup('inclusion-resilience-g12')).toBe('12')
    expect(originGroup('synthesis')).toBe('synthesis')
  })

  it('names the plenary a roadmap action was pulled from, by session number once known', () => {
    const t = validationTextIn('fr')
    const origin = { board: 'governance-plenary', note: 'n-1' }
    expect(originWords(origin, t)).toEqual({ badge: 'Plénière', sentence: 'Validée en plénière' })
    expect(originWords(origin, t, 1)).toEqual({
      badge: 'S1',
      sentence: 'Validée en plénière de la session 1',
    })
    expect(originWords({ board: 'governance-g2', note: 'n-1' }, t).badge).toBe('G2')
  })

  it('says where a note came from, its verdict, level and reservation', () => {
    const decided: Note = {
      ...note,
      origin: { board: 'governance-g2', note: 'n-9' },
      priority: 'medium',
      validation: { verdict: 'reservations', reservation: 'Budget à préciser', decidedAt: 1 },
    }
    expect(describeOutcome(decided, 'fr')).toEqual([
      'Promue depuis le sous-groupe 2',
      'Validation : Validée avec réserves, Priorité : Moyenne',
      'Réserve : Budget à préciser',
    ])
    expect(describeOutcome(decided, 'en')[1]).toBe(
      'Validation: Agreed with reservations, Medium priority',
    )
    expect(outcomeChip(decided, validationTextIn('fr'), 'fr')).toBe('! Moyenne')
  })

  it('says nothing of a note neither promoted nor decided', () => {
    expect(describeOutcome(note, 'fr')).toEqual([])
    expect(outcomeChip(note, validationTextIn('fr'), 'fr')).toBe('')
    const refused: Note = { ...note, validation: { verdict: 'not-agreed', decidedAt: 1 } }
    expect(describeOutcome(refused, 'ar')).toEqual(['المصادقة: غير مُصادَق عليها, دون أولوية'])
  })
})
