import { useCallback, useEffect, useMemo, useState } from 'react'
import { ParticipantsApi } from './api.js'

/** The registry's API client for this workshop and token. */
export function useParticipantsApi(workshop: string, token: string): ParticipantsApi {
  return useMemo(() => new ParticipantsApi(workshop, token), [workshop, token])
}

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown }

/**
 * What `load` answers, asked again whenever `version` changes (after every change to the
 * registry) or on `retry`. The last value stays shown while the next one loads.
 */
export function useLoaded<T>(
  load: () => Promise<T>,
  version: number,
): { state: Loaded<T>; retry: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    )
    return () => {
      current = false
    }
  }, [load, version, attempt])
  const retry = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, retry }
}
