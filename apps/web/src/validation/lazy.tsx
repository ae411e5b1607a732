import { Suspense, lazy } from 'react'
import type { ValidationControlProps } from './ValidationControl.js'

// The panel's code and words load in their own chunk, when a board first shows the button.
const ValidationControl = lazy(() =>
  import('./ValidationControl.js').then((module) => ({ default: module.ValidationControl })),
)

/**
 * The "Validation" button for the board's top bar, with the panel it opens, loaded on demand.
 * Import it from `validation/lazy.js` to keep the panel out of the page's first bundle.
 */
export function ValidationButton(props: ValidationControlProps) {
  return (
    <Suspense fallback={null}>
      <ValidationControl {...props} />
    </Suspense>
  )
}
