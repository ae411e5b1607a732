import { describe, expect, it } from 'vitest'
import { getSessionTemplate } from '@atelier/toolkit'
import { scenarioView } from './reading.js'

const governance = getSessionTemplate('governance')!
const scenario = governance.scenarios[0]!
const T0 = Date.UTC(2026, 10, 29, 14, 0)
const MINUTE = 60_000
const round = { id: scenario.id, inject: 0, startedAt: T0, injectAt: T0 }

describe('the scenario panel’s reading of a round', () => {
  it('shows the first inject at the start, in the interface language, with what comes next', () => {
    const view = scenarioView(round, governance, 'ar', T0)!
    expect(view.title).toBe(scenario.title.ar)
    expect(view.situation).toBe(scenario.situation.ar)
    expect(view.injects).toEqual([
      {
        id: scenario.injects[0]!.id,
        number: 1,
        title: scenario.injects[0]!.title.ar,
        text: scenario.injects[0]!.text.ar,
        at: T0,
      },
    ])
    expect(view.total).toBe(scenario.injects.length)
    expect(view.questions.map((q) => q.text)).toEqual(scenario.questions.map((q) => q.text.ar))
    expect(view.nextAt).toBe(T0 + scenario.injects[1]!.atMinute * MINUTE)
    expect(view.responseFrame).toBe('مصفوفة ترتيب أولويات الإجراءات')
  })

  it('adds the injects whose time has come, and those the facilitator revealed early', () => {
    const second = T0 + scenario.injects[1]!.atMinute * MINUTE
    expect(scenarioView(round, governance, 'fr', second)!.injects.map((i) => i.number)).toEqual([
      1, 2,
    ])
    const early = { ...round, inject: 2, injectAt: T0 + MINUTE }
    const view = scenarioView(early, governance, 'en', T0 + 2 * MINUTE)!
    expect(view.injects.map((i) => i.id)).toEqual(scenario.injects.slice(0, 3).map((i) => i.id))
    expect(view.injects.at(-1)!.at).toBe(T0 + MINUTE)
    const end = scenarioView(round, governance, 'en', T0 + scenario.minutes * MINUTE)!
    expect(end.injects).toHaveLength(scenario.injects.length)
    expect(end.nextAt).toBeUndefined()
  })

  it('shows nothing without a round, before the template loads, or for a scenario it lacks', () => {
    expect(scenarioView(undefined, governance, 'fr', T0)).toBeUndefined()
    expect(scenarioView(round, undefined, 'fr', T0)).toBeUndefined()
    expect(scenarioView({ ...round, id: 'vaccine-rumour' }, governance, 'fr', T0)).toBeUndefined()
  })
})
