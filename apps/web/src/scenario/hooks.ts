import { useEffect, useState } from 'react'
import type { Locale, ScenarioRound } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'
import { useRelayClock } from '../session/hooks.js'
import { scenarioView } from './reading.js'
import type { ScenarioView } from './reading.js'

/** Timers longer than this fire early in some browsers; the hook simply re-reads then. */
const MAX_WAIT_MS = 2 ** 31 - 1

/**
 * The round as it shows now on the relay's clock, read again when the next timed inject is due
 * (and at once when the facilitator moves the round or the clock's offset changes).
 */
export function useScenarioView(
  round: ScenarioRound | undefined,
  template: SessionTemplate | undefined,
  locale: Locale,
): ScenarioView | undefined {
  const { offsetMs } = useRelayClock()
  const [, setTick] = useState(0)
  const view = scenarioView(round, template, locale, Date.now() + offsetMs)
  const nextAt = view?.nextAt
  useEffect(() => {
    if (nextAt === undefined) return
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, nextAt - (Date.now() + offsetMs)) + 50)
    const timer = setTimeout(() => setTick((tick) => tick + 1), wait)
    return () => clearTimeout(timer)
  }, [nextAt, offsetMs])
  return view
}
