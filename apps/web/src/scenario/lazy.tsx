import { Suspense, lazy, useRef, useState } from 'react'
import { useControl } from '../session/hooks.js'
import type { ScenarioPanelProps } from './ScenarioPanel.js'

// The panel's code and words load in their own chunk, the first time a round runs on the board.
const ScenarioPanel = lazy(() =>
  import('./ScenarioPanel.js').then((module) => ({ default: module.ScenarioPanel })),
)

/**
 * The serious-game panel, fetched only once the facilitator starts a round on this board: a
 * phone that never sees one never loads it. Once shown it stays mounted, as the panel itself
 * shows nothing between rounds. A round that starts while the page is open is announced as the
 * panel would announce it had it been there from the start.
 */
export function LazyScenarioPanel(props: Omit<ScenarioPanelProps, 'announceFirst'>) {
  const control = useControl(props.doc)
  const running = control.scenario !== undefined
  // The shell renders a board once it is synced, so the first render knows whether a round ran.
  const startedHere = useRef(!running)
  const [shown, setShown] = useState(running)
  if (running && !shown) setShown(true)
  if (!shown) return null
  return (
    <Suspense fallback={null}>
      <ScenarioPanel {...props} announceFirst={startedHere.current} />
    </Suspense>
  )
}
