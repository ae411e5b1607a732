import { useEffect, useId, useRef } from 'react'
import type * as Y from 'yjs'
import type { Locale, Note } from '@atelier/model'
import { ActionSheet } from '../roadmap/ActionSheet.js'
import { useDependencies } from '../roadmap/hooks.js'
import type { BoardReading } from './board-reading.js'
import { CategoryBadge } from './CategoryIcon.js'
import { usePhoneText } from './hooks.js'
import './place.css'
import './action-sheet.css'

export type ActionSheetDialogProps = {
  doc: Y.Doc
  noteId: string
  reading: BoardReading
  /** The notes this person sees (a hidden one only for the facilitator): the possible prerequisites. */
  notes: readonly Note[]
  locale: Locale
  /** False for an observer, and for a writer while the facilitator holds the board. */
  canWrite: boolean
  onClose: () => void
}

/**
 * A roadmap action's sheet as a bottom sheet on the phone: the note's text, then the board's
 * own action sheet (roadmap/ActionSheet.tsx: where it is scheduled, its fields, partners and
 * dependencies), each field shared as it is typed. It is loaded on demand (see PhoneView), so
 * a phone on a board without a roadmap never downloads it.
 */
export function ActionSheetDialog(props: ActionSheetDialogProps) {
  const { t } = usePhoneText()
  const { doc, noteId, reading, notes, locale, canWrite, onClose } = props
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const note = notes.find((candidate) => candidate.id === noteId)
  const hidden = !note && reading.notes.some((candidate) => candidate.id === noteId)
  const arrows = useDependencies(doc, notes, true)

  useEffect(() => {
    const element = dialog.current
    // The button that opened the sheet gets the focus back, even when the sheet goes away
    // with its note rather than by being closed.
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
      className="phone-sheet phone-action-sheet"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <div className="phone-sheet-top">
        <h2 id={headingId} className="phone-heading">
          {t('action.sheet')}
        </h2>
        <button type="button" className="phone-button" onClick={() => dialog.current?.close()}>
          {t('sheet.close')}
        </button>
      </div>
      {note ? (
        <>
          <blockquote className="phone-sheet-note">
            <CategoryBadge category={note.category} locale={locale} />
            <p dir="auto">{note.text}</p>
          </blockquote>
          <ActionSheet
            doc={doc}
            note={note}
            notes={notes}
            frames={reading.frames}
            arrows={arrows}
            locale={locale}
            canWrite={canWrite}
          />
        </>
      ) : (
        <p className="phone-refusal" role="alert">
          {hidden ? t('error.hidden') : t('error.notFound')}
        </p>
      )}
    </dialog>
  )
}
