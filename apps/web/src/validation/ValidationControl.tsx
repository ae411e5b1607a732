import { memo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { useAnyVerdict } from './hooks.js'
import { useValidationText } from './strings.js'
import { ValidationPanel } from './ValidationPanel.js'

export type ValidationControlProps = {
  doc: Y.Doc
  /** The facilitator at work on the board: decides the verdicts. */
  canDecide: boolean
}

/**
 * The top bar's "Validation" button and the drawer it opens. The facilitator always has it;
 * everyone else gets it once the room has decided on a priority, to read the outcome.
 */
export const ValidationControl = memo(function ValidationControl({
  doc,
  canDecide,
}: ValidationControlProps) {
  const { t } = useValidationText()
  const decided = useAnyVerdict(doc)
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  if (!canDecide && !decided) return null
  return (
    <>
      <button
        ref={button}
        type="button"
        className="small validation-toggle"
        aria-expanded={open}
        title={t('openHint')}
        onClick={() => setOpen(!open)}
      >
        {t('open')}
      </button>
      {open && (
        <ValidationPanel
          doc={doc}
          canDecide={canDecide}
          onClose={() => {
            setOpen(false)
            requestAnimationFrame(() => button.current?.focus())
          }}
        />
      )}
    </>
  )
})
