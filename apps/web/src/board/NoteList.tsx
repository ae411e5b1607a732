import { memo } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { label, placementAmong } from '@atelier/model'
import type { Frame, Locale, Note } from '@atelier/model'
import { describePlacement } from './scores.js'

type ItemProps = {
  id: string
  text: string
  category: string
  placement: string
  movedBy?: string
  focusable: boolean
}

const NoteItem = memo(function NoteItem({
  id,
  text,
  category,
  placement,
  movedBy,
  focusable,
}: ItemProps) {
  const { t } = useTranslation()
  // One text node per item: a board of a thousand notes lays out a thousand of them, not four.
  const parts = [
    text || t('notes.untitled'),
    category,
    placement,
    movedBy && t('notes.movedBy', { name: movedBy }),
  ]
  return (
    <li data-note-id={id} tabIndex={focusable ? 0 : -1} aria-describedby="note-keyboard-help">
      {parts.filter(Boolean).join('. ')}
    </li>
  )
})

type Props = {
  notes: readonly Note[]
  frames: readonly Frame[]
  locale: Locale
  /** Note id → the name of whoever is dragging it now (presence). */
  movedBy: ReadonlyMap<string, string>
  canWrite: boolean
  onFocusNote: (id: string) => void
  /** Keyboard focus left the list. */
  onLeave: () => void
  onNoteKey: (id: string, event: KeyboardEvent<HTMLElement>) => void
}

function noteIdOf(target: EventTarget): string | undefined {
  return target instanceof HTMLElement
    ? (target.closest('li')?.dataset.noteId ?? undefined)
    : undefined
}

/**
 * The board's notes as a list in the DOM (role `list`, one `listitem` per note with its text,
 * category and place), for screen readers, for tests, and as the keyboard's way onto the
 * canvas: Tab reaches each note, arrows move it, Enter edits it, Delete removes it.
 */
export function NoteList({
  notes,
  frames,
  locale,
  movedBy,
  canWrite,
  onFocusNote,
  onLeave,
  onNoteKey,
}: Props) {
  const { t } = useTranslation()
  return (
    <section className="note-list" aria-label={t('notes.list')}>
      <p id="note-keyboard-help">{canWrite ? t('notes.keyboardHelp') : t('view.readOnly')}</p>
      <ul
        role="list"
        aria-label={t('notes.list')}
        onFocus={(event) => {
          const id = noteIdOf(event.target)
          if (id) onFocusNote(id)
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) onLeave()
        }}
        onKeyDown={(event) => {
          const id = noteIdOf(event.target)
          if (id) onNoteKey(id, event)
        }}
      >
        {notes.map((note) => (
          <NoteItem
            key={note.id}
            id={note.id}
            text={note.text}
            category={label(`category.${note.category}`, locale)}
            placement={describePlacement(placementAmong(frames, note)?.cell, locale)}
            movedBy={movedBy.get(note.id)}
            focusable
          />
        ))}
      </ul>
    </section>
  )
}
