import { updateNote } from '@atelier/model'
import type { Note } from '@atelier/model'
import type * as Y from 'yjs'
import { useModerationText } from './strings.js'
import './moderation.css'

/**
 * The facilitator's switch to hide a note from the room, or show it again. A hidden note stays
 * on the board and in the exports (kept for the record); only participants' screens leave it out.
 */
export function HideToggle({ doc, note }: { doc: Y.Doc; note: Note }) {
  const { t } = useModerationText()
  return (
    <div className="hide-toggle">
      {note.hidden && <p className="hint hidden-mark">{t('hiddenHint')}</p>}
      <button
        type="button"
        aria-pressed={note.hidden}
        onClick={() => updateNote(doc, note.id, { hidden: !note.hidden })}
      >
        {note.hidden ? t('unhide') : t('hide')}
      </button>
    </div>
  )
}
