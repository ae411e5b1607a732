import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Control } from '@atelier/model'
import type { BoardAddress } from '../sync/connection.js'
import { BallotApi, BallotError, BallotFailure } from './api.js'
import type { BallotResults, BallotState } from './api.js'

export type Ballot = {
  /** A round is open and this screen knows its own votes in it. */
  open: boolean
  state: BallotState | undefined
  /** Why the last vote was refused, until the next one goes through. */
  refusal: BallotFailure | null
  /** Casts a vote for the note, or takes it back when `voted`. */
  vote: (noteId: string, voted: boolean) => Promise<void>
}

/** How many times a read of the ballot or the results is tried before the screen says it failed. */
const RESULTS_ATTEMPTS = 5

const failureOf = (error: unknown) =>
  error instanceof BallotError ? error.failure : BallotFailure.unexpected

/** The ballot API of the page's board, one per address. */
export function useBallotApi(address: BoardAddress | undefined): BallotApi | undefined {
  const { workshop, board, token } = address ?? {}
  return useMemo(
    () => (workshop && board && token ? new BallotApi({ workshop, board, token }) : undefined),
    [workshop, board, token],
  )
}

/**
 * This person's ballot on the board while a round is open: read from the relay when the round
 * opens (the board document does not carry it), updated by each vote.
 */
export function useBallot(address: BoardAddress | undefined, control: Control): Ballot {
  const api = useBallotApi(address)
  const round = control.voting === 'open' ? control.ballot?.round : undefined
  const [state, setState] = useState<BallotState | undefined>(undefined)
  const [refusal, setRefusal] = useState<BallotFailure | null>(null)

  useEffect(() => {
    setState(undefined)
    setRefusal(null)
    if (!api || round === undefined) return
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    // A busy venue network may drop the request: try again when the failure may pass.
    const read = (attempt: number) => {
      api.state().then(
        (state) => live && setState(state),
        (error: unknown) => {
          if (!live) return
          const failure = failureOf(error)
          const passing = failure === BallotFailure.network || failure === BallotFailure.unexpected
          if (passing && attempt < RESULTS_ATTEMPTS) {
            retry = setTimeout(() => read(attempt + 1), 500 * 2 ** attempt)
          } else {
            setRefusal(failure)
          }
        },
      )
    }
    read(1)
    return () => {
      live = false
      clearTimeout(retry)
    }
  }, [api, round])

  const vote = useCallback(
    async (noteId: string, voted: boolean) => {
      if (!api) return
      try {
        setState(voted ? await api.retract(noteId) : await api.cast(noteId))
        setRefusal(null)
      } catch (error) {
        setRefusal(failureOf(error))
        // Another device of this person may have voted meanwhile: show what the relay holds.
        api.state().then(setState, () => undefined)
      }
    },
    [api],
  )

  return { open: round !== undefined && state?.voting === 'open', state, refusal, vote }
}

export type ResultsReading =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; results: BallotResults }

/** The board's results once its round is closed (fetched once per closed round, retried on failure). */
export function useResults(address: BoardAddress | undefined, control: Control): ResultsReading {
  const api = useBallotApi(address)
  const round = control.voting === 'closed' ? control.ballot?.round : undefined
  const [reading, setReading] = useState<ResultsReading>({ kind: 'none' })
  useEffect(() => {
    if (!api || round === undefined) {
      setReading({ kind: 'none' })
      return
    }
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    setReading({ kind: 'loading' })
    // A busy venue network may drop the first request: try again a few times, waiting longer each time.
    const fetchResults = (attempt: number) => {
      api.results().then(
        (results) => live && setReading({ kind: 'ready', results }),
        () => {
          if (!live) return
          if (attempt >= RESULTS_ATTEMPTS) setReading({ kind: 'failed' })
          else retry = setTimeout(() => fetchResults(attempt + 1), 500 * 2 ** attempt)
        },
      )
    }
    fetchResults(1)
    return () => {
      live = false
      clearTimeout(retry)
    }
  }, [api, round])
  return reading
}
