import { useId, useLayoutEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import type { Locale, Note } from '@atelier/model'
import { CategoryBadge } from './CategoryIcon.js'
import './place.css'

export type SheetProps = {
  heading: string
  /** The close button's words. */
  close: string
  /** The note the sheet is about, shown under its heading; none once it is gone. */
  note: Note | undefined
  locale: Locale
  onClose: () => void
  className?: string
  children: ReactNode
}

/**
 * A bottom sheet of the phone view (placing a note, a roadmap action's sheet): a modal
 * `<dialog>` with its heading, a close button (Escape closes it too) and the note it is about.
 * The button that opened it gets the focus back, even when the sheet goes away with its note
 * rather than by being closed.
 */
export function Sheet(props: SheetProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  // Before the first paint, as the sheet appears: the button that opened it still has the focus,
  // and no key goes elsewhere while a plain effect (run after the paint) would wait.
  useLayoutEffect(() => {
    const element = dialog.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (element && !element.open) element.showModal()
    return () => {
      element?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className={props.className ? `phone-sheet ${props.className}` : 'phone-sheet'}
      aria-labelledby={headingId}
      onClose={props.onClose}
    >
      <div className="phone-sheet-top">
        <h2 id={headingId} className="phone-heading">
          {props.heading}
        </h2>
        <button type="button" className="phone-button" onClick={() => dialog.current?.close()}>
          {props.close}
        </button>
      </div>
      {props.note && (
        <blockquote className="phone-sheet-note">
          <CategoryBadge category={props.note.category} locale={props.locale} />
          <p dir="auto">{props.note.text}</p>
        </blockquote>
      )}
      {props.children}
    </dialog>
  )
}
