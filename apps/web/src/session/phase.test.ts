import { describe, expect, it } from 'vitest'
import { getSessionTemplate } from '@atelier/toolkit'
import { phaseView } from './phase.js'

describe('the phase the session bar shows', () => {
  const governance = getSessionTemplate('governance')!
  const second = governance.agenda[1]!

  it('takes its title and questions from the session template, in the interface language', () => {
    const phase = { id: second.id, index: 1, startedAt: 0 }
    const fr = phaseView(phase, governance, 'fr')
    expect(fr.title).toBe(second.title.fr)
    expect(fr.number).toBe(2)
    expect(fr.total).toBe(governance.agenda.length)
    expect(fr.questions.map((q) => q.text)).toEqual(second.questions.map((q) => q.text.fr))
    expect(phaseView(phase, governance, 'ar').title).toBe(second.title.ar)
  })

  it('falls back to the phase id while the template is unknown', () => {
    const view = phaseView({ id: 'brainstorm', index: 3, startedAt: 0 }, undefined, 'en')
    expect(view).toEqual({
      id: 'brainstorm',
      title: 'brainstorm',
      number: 4,
      total: undefined,
      questions: [],
    })
  })
})
