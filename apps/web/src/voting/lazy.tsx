import { Suspense, lazy, useState } from 'react'
import type { ComponentProps } from 'react'
import { useControl } from '../session/hooks.js'
import type { VotingResults as Results } from './VotingResults.js'

// The results, their chart and their words load in their own chunk, once a vote has closed.
const VotingResults = lazy(() =>
  import('./VotingResults.js').then((module) => ({ default: module.VotingResults })),
)

/**
 * The board's vote results, fetched only once the facilitator closes a vote: a phone that never
 * sees results never loads their code. Once shown it stays mounted (the results hide
 * themselves when the next round opens).
 */
export function LazyVotingResults(props: ComponentProps<typeof Results>) {
  const control = useControl(props.doc)
  const closed = control.voting === 'closed'
  const [shown, setShown] = useState(closed)
  if (closed && !shown) setShown(true)
  if (!shown) return null
  return (
    <Suspense fallback={null}>
      <VotingResults {...props} />
    </Suspense>
  )
}
