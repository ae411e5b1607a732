import { label, scenarioInjectShown } from '@atelier/model'
import type { Locale, ScenarioRound } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'

/** An inject as the scenario panel shows it, in one language. */
export type InjectView = {
  id: string
  /** Its place in the scenario, from 1. */
  number: number
  title: string
  text: string
  /** When it appeared, on the relay's clock. */
  at: number
}

/** The scenario round being played, as every screen shows it at one instant. */
export type ScenarioView = {
  id: string
  title: string
  situation: string
  /** Who the sub-group plays. */
  role: string
  /** The injects revealed so far, oldest first: the last one is the newest. */
  injects: InjectView[]
  total: number
  questions: { id: string; text: string }[]
  /** Where the board's response actions go: the action matrix's name, when the layout has one. */
  responseFrame: string | undefined
  /** The relay instant at which the next inject comes on the timer, if one is still to come. */
  nextAt: number | undefined
}

/**
 * The round the board's controls name, read from the session's template in `locale` at `now`
 * (relay clock): the injects the facilitator revealed and those whose time has come. Undefined
 * without a round, or while the template is loading or lacks the scenario.
 *
 * @example scenarioView(control.scenario, template, 'fr', relayNow())?.injects.at(-1)?.title
 */
export function scenarioView(
  round: ScenarioRound | undefined,
  template: SessionTemplate | undefined,
  locale: Locale,
  now: number,
): ScenarioView | undefined {
  const scenario = round && template?.scenarios.find((entry) => entry.id === round.id)
  if (!round || !scenario) return undefined
  const offsets = scenario.injects.map((inject) => inject.atMinute * 60_000)
  const shown = scenarioInjectShown(round, offsets, now)
  const count = shown ? shown.index + 1 : 0
  const injects = scenario.injects.slice(0, count).map((inject, index) => ({
    id: inject.id,
    number: index + 1,
    title: inject.title[locale],
    text: inject.text[locale],
    at: index === count - 1 && shown ? shown.at : round.startedAt + offsets[index]!,
  }))
  const next = offsets[count]
  const hasActionMatrix = template!.layout.subgroup.some((frame) => frame.kind === 'actionMatrix')
  return {
    id: scenario.id,
    title: scenario.title[locale],
    situation: scenario.situation[locale],
    role: scenario.role[locale],
    injects,
    total: scenario.injects.length,
    questions: scenario.questions.map((question) => ({
      id: question.id,
      text: question.text[locale],
    })),
    responseFrame: hasActionMatrix ? label('frame.actionMatrix', locale) : undefined,
    nextAt: next === undefined ? undefined : round.startedAt + next,
  }
}
