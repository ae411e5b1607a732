import { describe, expect, it } from 'vitest'
import { readControl, scenarioInjectShown } from '@atelier/model'
import type { Control } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import * as Y from 'yjs'
import { ControlRefusal, controlActionSchema, patchFor } from './control.js'
import { injectOffsetsMs } from './scenario.js'

const template = getSessionTemplate('governance')!
const scenario = template.scenarios[0]!
const T0 = Date.UTC(2026, 10, 29, 14, 0)
const MINUTE = 60_000
const idle: Control = readControl(new Y.Doc())

function playing(inject = 0, startedAt = T0): Control {
  return {
    ...idle,
    scenario: { id: scenario.id, inject, startedAt, injectAt: startedAt },
  }
}

describe('scenario actions', () => {
  it('start a scenario on its first inject, with its countdown and the scenario phase', () => {
    const patch = patchFor({ action: 'scenario', scenarioId: scenario.id }, idle, template, T0)
    const gamePhase = template.agenda.findIndex((phase) => phase.kind === 'scenario')
    expect(patch).toEqual({
      session: 'governance',
      phase: { id: template.agenda[gamePhase]!.id, index: gamePhase, startedAt: T0 },
      timer: {
        state: 'running',
        endsAt: T0 + scenario.minutes * MINUTE,
        durationMs: scenario.minutes * MINUTE,
      },
      scenario: { id: scenario.id, inject: 0, startedAt: T0, injectAt: T0 },
    })
  })

  it('keep the scenario phase when the session is in it already', () => {
    const gamePhase = template.agenda.find((phase) => phase.kind === 'scenario')!
    const inPhase: Control = { ...idle, phase: { id: gamePhase.id, index: 5, startedAt: 1 } }
    const patch = patchFor({ action: 'scenario', scenarioId: scenario.id }, inPhase, template, T0)
    expect(patch.phase).toBeUndefined()
  })

  it('advance to the inject after the one showing, early, on the relay clock', () => {
    const next = patchFor({ action: 'inject' }, playing(), template, T0 + MINUTE)
    expect(next.scenario).toEqual({
      id: scenario.id,
      inject: 1,
      startedAt: T0,
      injectAt: T0 + MINUTE,
    })
    // Inject 1 came on the timer at its minute: the facilitator's advance reveals inject 2.
    const later = T0 + scenario.injects[1]!.atMinute * MINUTE + 1000
    const after = patchFor({ action: 'inject' }, playing(), template, later)
    expect(after.scenario).toMatchObject({ inject: 2, injectAt: later })
    expect(scenarioInjectShown(after.scenario!, injectOffsetsMs(scenario), later)?.index).toBe(2)
  })

  it('refuse to advance past the last inject with 409', () => {
    const last = scenario.injects.length - 1
    const refused = refusal(() => patchFor({ action: 'inject' }, playing(last), template, T0))
    expect(refused.status).toBe(409)
    const timedOut = T0 + scenario.minutes * MINUTE
    expect(
      refusal(() => patchFor({ action: 'inject' }, playing(), template, timedOut)).status,
    ).toBe(409)
  })

  it('refuse to advance or end when no scenario is played, and an unknown scenario', () => {
    expect(refusal(() => patchFor({ action: 'inject' }, idle, template, T0)).status).toBe(409)
    expect(refusal(() => patchFor({ action: 'endScenario' }, idle, template, T0)).status).toBe(409)
    const other = getSessionTemplate('operational-response')!.scenarios[0]!.id
    const start = { action: 'scenario', scenarioId: other } as const
    expect(refusal(() => patchFor(start, idle, template, T0)).status).toBe(400)
  })

  it('end the round, clearing it', () => {
    expect(patchFor({ action: 'endScenario' }, playing(2), template, T0)).toEqual({
      scenario: null,
    })
  })

  it('are checked like every action: a malformed one is refused', () => {
    for (const body of [
      { action: 'scenario' },
      { action: 'scenario', scenarioId: 'Not An Id' },
      { action: 'inject', index: 3 },
      { action: 'endScenario', now: true },
    ]) {
      expect(controlActionSchema.safeParse(body).success).toBe(false)
    }
  })
})

function refusal(run: () => unknown): ControlRefusal {
  try {
    run()
  } catch (error) {
    if (error instanceof ControlRefusal) return error
    throw error
  }
  throw new Error('the action was not refused')
}
