import { z } from 'zod'
import { idSchema, runningFor, scenarioInjectShown } from '@atelier/model'
import type { Control, ControlPatch } from '@atelier/model'
import type { Scenario, SessionTemplate } from '@atelier/toolkit'

/**
 * The facilitator's scenario actions (`POST …/sessions/<id>/control`): start one of the
 * session's scenarios, reveal its next inject ahead of time, end the round.
 */
export const scenarioActionSchemas = [
  z.strictObject({ action: z.literal('scenario'), scenarioId: idSchema }),
  z.strictObject({ action: z.literal('inject') }),
  z.strictObject({ action: z.literal('endScenario') }),
] as const
export type ScenarioAction = z.infer<(typeof scenarioActionSchemas)[number]>

/** Why a scenario action cannot apply; the route answers with `status`. */
export type ScenarioRefusal = { refused: 400 | 409; message: string }

/** When each inject of `scenario` comes, in milliseconds from the round's start. */
export function injectOffsetsMs(scenario: Pick<Scenario, 'injects'>): number[] {
  return scenario.injects.map((inject) => inject.atMinute * 60_000)
}

/**
 * The change a scenario action makes to a session's controls at `now` on the relay's clock:
 * starting shows the first inject, runs the countdown for the scenario's minutes and moves the
 * session to its agenda's scenario phase; `inject` reveals the one after the inject showing
 * (on the timer or revealed before), refused past the last; `endScenario` clears the round.
 */
export function scenarioPatch(
  action: ScenarioAction,
  current: Control,
  template: SessionTemplate,
  now: number,
): ControlPatch | ScenarioRefusal {
  switch (action.action) {
    case 'scenario': {
      const scenario = template.scenarios.find((entry) => entry.id === action.scenarioId)
      if (!scenario) {
        return { refused: 400, message: `the session has no scenario ${action.scenarioId}` }
      }
      const index = template.agenda.findIndex((phase) => phase.kind === 'scenario')
      const phase = template.agenda[index]
      const samePhase = phase && current.phase?.id === phase.id
      return {
        session: template.id,
        ...(phase && !samePhase ? { phase: { id: phase.id, index, startedAt: now } } : {}),
        timer: runningFor(now, scenario.minutes * 60_000),
        scenario: { id: scenario.id, inject: 0, startedAt: now, injectAt: now },
      }
    }
    case 'inject': {
      const round = current.scenario
      const scenario = round && template.scenarios.find((entry) => entry.id === round.id)
      if (!round || !scenario) return { refused: 409, message: 'no scenario is being played' }
      const shown = scenarioInjectShown(round, injectOffsetsMs(scenario), now)
      const next = (shown?.index ?? -1) + 1
      if (next >= scenario.injects.length) {
        return { refused: 409, message: 'the last inject of the scenario is already showing' }
      }
      return { scenario: { ...round, inject: next, injectAt: now } }
    }
    case 'endScenario':
      if (!current.scenario) return { refused: 409, message: 'no scenario is being played' }
      return { scenario: null }
  }
}

/** Whether `scenarioPatch` refused. */
export function isScenarioRefusal(
  result: ControlPatch | ScenarioRefusal,
): result is ScenarioRefusal {
  return 'refused' in result && typeof result.refused === 'number'
}
