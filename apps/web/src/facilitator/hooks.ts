import { useCallback, useEffect, useMemo, useState } from 'react'
import { ConsultationApi } from './api.js'
import type { Consultation, ControlAction, Presence } from './api.js'

/** How often the console asks who is on each board. */
export const PRESENCE_POLL_MS = 3000

export type ConsultationState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; consultation: Consultation }
  | { status: 'failed'; error: unknown }

/** The console's API client for this workshop and token. */
export function useConsultationApi(workshop: string, token: string): ConsultationApi {
  return useMemo(() => new ConsultationApi(workshop, token), [workshop, token])
}

/** The workshop's consultation, loaded once and again on `reload`; `created` shows a new one. */
export function useConsultation(api: ConsultationApi): {
  state: ConsultationState
  reload: () => void
  created: (consultation: Consultation) => void
} {
  const [state, setState] = useState<ConsultationState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    api.consultation().then(
      (consultation) =>
        current && setState(consultation ? { status: 'ready', consultation } : { status: 'none' }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    )
    return () => {
      current = false
    }
  }, [api, attempt])
  const reload = useCallback(() => setAttempt((count) => count + 1), [])
  const created = useCallback(
    (consultation: Consultation) => setState({ status: 'ready', consultation }),
    [],
  )
  return { state, reload, created }
}

/**
 * Who is on each board, asked of the relay every `PRESENCE_POLL_MS` while `enabled`. A failed
 * poll keeps the last counts and says why; the next poll tries again.
 */
export function usePresence(
  api: ConsultationApi,
  enabled: boolean,
): { presence: Presence; error: unknown } {
  const [presence, setPresence] = useState<Presence>({})
  const [error, setError] = useState<unknown>()
  useEffect(() => {
    if (!enabled) return
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () => {
      api
        .presence()
        .then(
          (next) => {
            if (!current) return
            setPresence(next)
            setError(undefined)
          },
          (failure: unknown) => current && setError(failure),
        )
        .finally(() => {
          if (current) timer = setTimeout(poll, PRESENCE_POLL_MS)
        })
    }
    poll()
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, enabled])
  return { presence, error }
}

/**
 * Sends a session's moves one at a time: `busy` while one is on its way, `error` when the last
 * one failed (cleared by the next success).
 */
export function useSessionMoves(
  api: ConsultationApi,
  session: string,
): { send: (action: ControlAction) => void; busy: boolean; error: unknown } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const send = useCallback(
    (action: ControlAction) => {
      setBusy(true)
      api
        .control(session, action)
        .then(
          () => setError(undefined),
          (failure: unknown) => setError(failure),
        )
        .finally(() => setBusy(false))
    },
    [api, session],
  )
  return { send, busy, error }
}
