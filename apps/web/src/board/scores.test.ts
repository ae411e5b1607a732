import { describe, expect, it } from 'vitest'
import { describePlacement, noteLane, noteScore } from './scores.js'

describe('the scores a note shows', () => {
  it('names likelihood and impact on the risk matrix, with their product', () => {
    const score = noteScore({ kind: 'riskMatrix', likelihood: 3, impact: 4 }, 'fr')
    expect(score?.badge).toBe('3×4 = 12')
    expect(score?.band).toBe('high')
    expect(describePlacement({ kind: 'riskMatrix', likelihood: 3, impact: 4 }, 'fr')).toBe(
      'Probabilité 3 (Possible), Impact 4 (Majeur) : 12',
    )
  })

  it('names urgency first, then feasibility, on the action matrix', () => {
    const score = noteScore({ kind: 'actionMatrix', feasibility: 5, urgency: 2 }, 'en')
    expect(score?.lines.map((line) => line.axis)).toEqual(['Urgency', 'Feasibility'])
    expect(score?.badge).toBe('2×5 = 10')
  })

  it('gives a lane of the note grid a name but no score', () => {
    expect(noteScore({ kind: 'noteGrid', lane: 'needs' }, 'fr')).toBeUndefined()
    expect(noteLane({ kind: 'noteGrid', lane: 'needs' }, 'ar')).toBe('الاحتياجات')
    expect(describePlacement(null, 'fr')).toBe('')
  })
})
