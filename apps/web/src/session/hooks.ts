import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { observeControl, readControl } from '@atelier/model'
import type { Control, Timer } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'
import { loadSessionTemplate } from '@atelier/toolkit/load'
import { docStore } from '../sync/doc-store.js'
import { RelayClock } from './clock.js'
import type { RelayClockState } from './clock.js'
import { readCountdown, untilNextSecond } from './countdown.js'
import type { CountdownReading } from './countdown.js'

/** The session's controls in a board document, kept up to date as the facilitator moves it on. */
export function useControl(doc: Y.Doc): Control {
  const store = useMemo(
    () =>
      docStore(
        (listener) => observeControl(doc, listener),
        () => readControl(doc),
      ),
    [doc],
  )
  return useSyncExternalStore(store.subscribe, store.snapshot)
}

let pageClock: RelayClock | undefined

/** The page's one estimate of the relay's clock (`GET /api/time`). */
export function relayClock(): RelayClock {
  pageClock ??= new RelayClock((url) => fetch(url, { cache: 'no-store' }))
  return pageClock
}

/**
 * The relay's clock for this page: the offset to the device's clock (measured once for every
 * countdown on the page, again when the network returns) and a function that reads it.
 */
export function useRelayClock(): RelayClockState & { relayNow: () => number } {
  const clock = relayClock()
  const state = useSyncExternalStore(clock.subscribe, clock.snapshot)
  return { ...state, relayNow: () => Date.now() + state.offsetMs }
}

/**
 * The countdown of `timer` on the relay's clock, re-read just after each shown second changes
 * (and at once when the timer or the offset changes). Undefined without a timer.
 */
export function useCountdown(timer: Timer | undefined): CountdownReading | undefined {
  const { offsetMs } = useRelayClock()
  const [, setTick] = useState(0)
  const reading = timer && readCountdown(timer, Date.now() + offsetMs)
  const remaining = reading?.state === 'running' ? reading.remainingMs : undefined
  useEffect(() => {
    if (remaining === undefined) return
    const next = setTimeout(() => setTick((tick) => tick + 1), untilNextSecond(remaining))
    return () => clearTimeout(next)
  }, [remaining])
  return reading
}

const templates = new Map<string, Promise<SessionTemplate | undefined>>()

/**
 * The toolkit session template with this id, loaded with its own chunk the first time a board
 * follows that session (the methodology's texts stay out of the page's first bundle, and the
 * other sessions' out of the page).
 */
export function useSessionTemplate(id: string | undefined): SessionTemplate | undefined {
  const [loaded, setLoaded] = useState<{ id: string; template: SessionTemplate | undefined }>()
  useEffect(() => {
    if (!id) return
    let current = true
    let loading = templates.get(id)
    if (!loading) templates.set(id, (loading = loadSessionTemplate(id)))
    void loading.then(
      (template) => current && setLoaded({ id, template }),
      () => {
        // A chunk that did not load (offline before it was cached): the bar shows phase ids.
        templates.delete(id)
      },
    )
    return () => {
      current = false
    }
  }, [id])
  return useMemo(() => (loaded && loaded.id === id ? loaded.template : undefined), [loaded, id])
}
