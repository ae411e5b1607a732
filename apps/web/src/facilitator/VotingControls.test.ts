import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readControl } from '@atelier/model'
import type { Control } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { DEFAULT_BUDGET, budgetOf, proposedBudget } from './VotingControls.js'

const governance = getSessionTemplate('governance')!
const inPhase = (id: string | undefined): Control => ({
  ...readControl(new Y.Doc()),
  ...(id ? { phase: { id, index: 0, startedAt: 0 } } : {}),
})

describe('the vote budget the console proposes and accepts', () => {
  it('proposes the voting phase’s votes, else three', () => {
    const voting = governance.agenda.find((phase) => phase.votes !== undefined)!
    const brainstorm = governance.agenda.find((phase) => phase.kind === 'brainstorm')!
    expect(proposedBudget(governance, inPhase(voting.id))).toBe(voting.votes)
    expect(proposedBudget(governance, inPhase(brainstorm.id))).toBe(DEFAULT_BUDGET)
    expect(proposedBudget(governance, inPhase(undefined))).toBe(DEFAULT_BUDGET)
    expect(proposedBudget(undefined, inPhase(voting.id))).toBe(DEFAULT_BUDGET)
  })

  it('accepts a whole number from 1 to 20 and nothing else', () => {
    expect(budgetOf('1')).toBe(1)
    expect(budgetOf(' 20 ')).toBe(20)
    for (const text of ['', '0', '21', '2.5', '-1', 'deux', '1e1']) {
      expect(budgetOf(text), text).toBeUndefined()
    }
  })
})
