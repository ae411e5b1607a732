import { Suspense, lazy } from 'react'
import type { HistoryControlProps } from './HistoryControl.js'

// The history panel is the facilitator's alone: its code and words load in their own chunk,
// which no participant, observer or projector ever downloads.
const HistoryControl = lazy(() =>
  import('./HistoryControl.js').then((module) => ({ default: module.HistoryControl })),
)

/**
 * The facilitator's "History" button for the board's top bar, with the panel it opens, loaded
 * on demand. Import it from `history/lazy.js` to keep the panel out of the page's first bundle.
 */
export function HistoryButton(props: HistoryControlProps) {
  return (
    <Suspense fallback={null}>
      <HistoryControl {...props} />
    </Suspense>
  )
}
