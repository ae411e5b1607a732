import type * as Y from 'yjs'
import type { Locale, Note } from '@atelier/model'
import { ActionSheet } from '../roadmap/ActionSheet.js'
import { useDependencies } from '../roadmap/hooks.js'
import type { BoardReading } from './board-reading.js'
import { usePhoneText } from './hooks.js'
import { Sheet } from './Sheet.js'
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
  const note = notes.find((candidate) => candidate.id === noteId)
  const hidden = !note && reading.notes.some((candidate) => candidate.id === noteId)
  const arrows = useDependencies(doc, notes, true)

  return (
    <Sheet
      heading={t('action.sheet')}
      close={t('sheet.close')}
      note={note}
      locale={locale}
      onClose={onClose}
      className="phone-action-sheet"
    >
      {note ? (
        <ActionSheet
          doc={doc}
          note={note}
          notes={notes}
          frames={reading.frames}
          arrows={arrows}
          locale={locale}
          canWrite={canWrite}
        />
      ) : (
        <p className="phone-refusal" role="alert">
          {hidden ? t('error.hidden') : t('error.notFound')}
        </p>
      )}
    </Sheet>
  )
}
