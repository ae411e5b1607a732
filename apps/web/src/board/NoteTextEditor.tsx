import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isModelError, setNoteText } from '@atelier/model'
import type { Note } from '@atelier/model'
import type * as Y from 'yjs'
import { shiftCaret } from './caret.js'
import { FONT_FAMILY, NOTE_STYLE, isRightToLeftText } from './theme.js'
import { toScreen } from './viewport.js'
import type { Viewport } from './viewport.js'

type Props = {
  doc: Y.Doc
  note: Note
  viewport: Viewport
  /** Editing ended (Escape, Ctrl+Enter or a click elsewhere). */
  onDone: (note: Note) => void
}

/**
 * Edits a note's text in place: a text area laid over the note on the canvas, at its zoom.
 * Every keystroke goes to the shared text (only the characters that changed), and other
 * people's typing in the same note arrives while the caret stays where it was.
 */
export function NoteTextEditor({ doc, note, viewport, onDone }: Props) {
  const { t } = useTranslation()
  const area = useRef<HTMLTextAreaElement>(null)
  const [value, setValue] = useState(note.text)
  const shown = useRef(note.text)

  useLayoutEffect(() => {
    const element = area.current
    if (!element) return
    element.focus()
    element.setSelectionRange(element.value.length, element.value.length)
  }, [])

  useEffect(() => {
    const element = area.current
    if (note.text === shown.current || !element) return
    const start = shiftCaret(shown.current, note.text, element.selectionStart)
    const end = shiftCaret(shown.current, note.text, element.selectionEnd)
    shown.current = note.text
    setValue(note.text)
    requestAnimationFrame(() => element.setSelectionRange(start, end))
  }, [note.text])

  const corner = toScreen(viewport, note)
  const scale = viewport.scale
  const rtl = isRightToLeftText(value)
  return (
    <textarea
      ref={area}
      className="note-editor"
      aria-label={t('notes.edit')}
      placeholder={t('notes.placeholder')}
      value={value}
      dir={rtl ? 'rtl' : 'auto'}
      maxLength={4000}
      style={{
        left: corner.x,
        top: corner.y,
        width: note.w * scale,
        height: note.h * scale,
        padding: `${(NOTE_STYLE.padding - 2) * scale}px ${(NOTE_STYLE.padding - 2) * scale}px`,
        fontSize: NOTE_STYLE.fontSize * scale,
        lineHeight: NOTE_STYLE.lineHeight,
        fontFamily: FONT_FAMILY,
        background: note.colour,
        borderRadius: NOTE_STYLE.radius * scale,
      }}
      onChange={(event) => {
        const text = event.target.value
        shown.current = text
        setValue(text)
        try {
          setNoteText(doc, note.id, text)
        } catch (error) {
          // Someone deleted the note while it was being written: stop editing it.
          if (isModelError(error)) onDone(note)
          else throw error
        }
      }}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault()
          onDone(note)
        }
      }}
      onBlur={() => onDone(note)}
      onPointerDown={(event) => event.stopPropagation()}
    />
  )
}
