import { memo, useDeferredValue, useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { label, placementAmong } from '@atelier/model'
import type { Frame, Locale, Note } from '@atelier/model'
import { describeOutcome } from '../validation/outcome.js'
import { listCommand } from './keyboard.js'
import { toScreen } from './viewport.js'
import type { Viewport } from './viewport.js'
import type { CitationCounts } from './mirror.js'
import { describePlacement } from './scores.js'

type ItemProps = {
  id: string
  /** The note's text, category, place and citations, in one sentence. */
  description: string
  citations: number
  movedBy?: string
  /** On a plenary: the board it was promoted from, its verdict and priority (for tests, styles). */
  origin?: string
  verdict?: string
  priority?: string
  /** The list's one stop in the Tab order. */
  tabbable: boolean
}

const NoteItem = memo(function NoteItem({
  id,
  description,
  citations,
  movedBy,
  tabbable,
  ...more
}: ItemProps) {
  // One text node per item: a board of a thousand notes lays out a thousand of them, not four.
  return (
    <li
      data-note-id={id}
      data-citations={citations}
      data-origin={more.origin}
      data-verdict={more.verdict}
      data-priority={more.priority}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby="note-keyboard-help"
    >
      {movedBy ? `${description}. ${movedBy}` : description}
    </li>
  )
})

type ItemsProps = {
  notes: readonly Note[]
  frames: readonly Frame[]
  locale: Locale
  citations: CitationCounts
  movedBy: ReadonlyMap<string, string>
  /** The note the list's Tab stop is on, when it is in the list; else the first note. */
  selected: string | undefined
  t: TFunction
}

/** What the list says of each note, worked out again only when the notes or the words change. */
function describeNotes({
  notes,
  frames,
  locale,
  citations,
  t,
}: Omit<ItemsProps, 'movedBy' | 'selected'>) {
  return notes.map((note) => {
    const count = citations[note.id] ?? 0
    const parts = [
      note.text || t('notes.untitled'),
      label(`category.${note.category}`, locale),
      describePlacement(placementAmong(frames, note)?.cell, locale),
      count > 0 && t('notes.citedBy', { count }),
      note.hidden && t('notes.hidden'),
      ...describeOutcome(note, locale),
    ]
    return {
      id: note.id,
      citations: count,
      description: parts.filter(Boolean).join('. '),
      origin: note.origin?.board,
      verdict: note.validation?.verdict,
      priority: note.priority,
    }
  })
}

function sameMovers(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [id, name] of a) if (b.get(id) !== name) return false
  return true
}

/**
 * The list's items. Presence changes many times a second while people drag; this renders again
 * only when the notes, the words or who moves what changed.
 */
const NoteItems = memo(
  function NoteItems({ movedBy, selected, t, ...content }: ItemsProps) {
    const { notes, frames, locale, citations } = content
    const items = useMemo(
      () => describeNotes({ notes, frames, locale, citations, t }),
      [notes, frames, locale, citations, t],
    )
    const stop = items.some((item) => item.id === selected) ? selected : items[0]?.id
    return items.map((item) => {
      const mover = movedBy.get(item.id)
      return (
        <NoteItem
          key={item.id}
          {...item}
          tabbable={item.id === stop}
          movedBy={mover === undefined ? undefined : t('notes.movedBy', { name: mover })}
        />
      )
    })
  },
  (before, after) =>
    before.notes === after.notes &&
    before.frames === after.frames &&
    before.locale === after.locale &&
    before.citations === after.citations &&
    before.t === after.t &&
    before.selected === after.selected &&
    sameMovers(before.movedBy, after.movedBy),
)

type Props = {
  notes: readonly Note[]
  frames: readonly Frame[]
  locale: Locale
  /** Note id → how many recommendations cite it. */
  citations: CitationCounts
  /** Note id → the name of whoever is dragging it now (presence). */
  movedBy: ReadonlyMap<string, string>
  /** The selected note, if one is: the list's Tab stop, so Shift+Tab from its panel comes back to it. */
  selected: string | undefined
  canWrite: boolean
  /** The note Space picked up, which the arrows move until it is put down or the focus leaves. */
  pickedUp: string | null
  onPickUp: (id: string | null) => void
  onFocusNote: (id: string) => void
  /** Keyboard focus left the list. */
  onLeave: () => void
  onNoteKey: (id: string, event: KeyboardEvent<HTMLElement>) => void
}

const NO_NOTES: readonly Note[] = []

function noteIdOf(target: EventTarget): string | undefined {
  return target instanceof HTMLElement
    ? (target.closest('li')?.dataset.noteId ?? undefined)
    : undefined
}

/** The list's items, in order, and the one `target` is in. */
function itemsAround(target: HTMLElement): { items: HTMLElement[]; at: number } {
  const list = target.closest('ul')
  const items = list ? Array.from(list.querySelectorAll<HTMLElement>('li[data-note-id]')) : []
  const item = target.closest('li')
  return { items, at: item ? items.indexOf(item) : -1 }
}

const STEPS = {
  previous: (at: number) => at - 1,
  next: (at: number) => at + 1,
  first: () => 0,
  last: (_at: number, count: number) => count - 1,
} as const

/**
 * The board's notes as a list in the DOM (role `list`, one `listitem` per note with its text,
 * category, place and how many recommendations cite it), for screen readers, for tests, and as
 * the keyboard's way onto the canvas: Tab reaches the selected note (the list is one stop), Up
 * and Down go to the others, Space picks one up for the arrows to move, Enter edits it, Delete
 * removes it, and Tab goes on to its panel (see `listCommand`).
 */
export function NoteList({
  notes: current,
  frames,
  locale,
  citations,
  movedBy,
  selected,
  canWrite,
  pickedUp,
  onPickUp,
  onFocusNote,
  onLeave,
  onNoteKey,
}: Props) {
  const { t } = useTranslation()
  const [said, say] = useState('')
  // The canvas is drawn first; the list follows at lower priority (a board may hold 1000 notes),
  // starting empty so that even the first render does not wait for it.
  const notes = useDeferredValue(current, NO_NOTES)
  return (
    <section className="note-list" aria-label={t('notes.list')}>
      <p id="note-keyboard-help">{canWrite ? t('notes.keyboardHelp') : t('view.readOnly')}</p>
      <ul
        role="list"
        aria-label={t('notes.list')}
        onFocus={(event) => {
          const id = noteIdOf(event.target)
          if (id !== pickedUp) onPickUp(null)
          if (id) onFocusNote(id)
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) {
            onPickUp(null)
            onLeave()
          }
        }}
        onKeyDown={(event) => {
          const id = noteIdOf(event.target)
          if (!id || !(event.target instanceof HTMLElement)) return
          const command = listCommand(event, pickedUp === id, canWrite)
          if (command.kind === 'board') return onNoteKey(id, event)
          event.preventDefault()
          if (command.kind === 'go') {
            const { items, at } = itemsAround(event.target)
            items[STEPS[command.to](at, items.length)]?.focus()
          } else if (command.kind === 'pickUp') {
            onPickUp(id)
            say(t('notes.pickedUp'))
          } else if (command.kind === 'putDown') {
            onPickUp(null)
            say(t('notes.putDown', { description: event.target.textContent ?? '' }))
          }
        }}
      >
        <NoteItems
          notes={notes}
          frames={frames}
          locale={locale}
          citations={citations}
          movedBy={movedBy}
          selected={selected}
          t={t}
        />
      </ul>
      <p role="status">{said}</p>
    </section>
  )
}

/**
 * What the keys do, in sight on the canvas while the keyboard is in the list of notes (the
 * list is out of sight; a screen reader hears the same words from it).
 */
export function KeyboardHint({ pickedUp }: { pickedUp: boolean }) {
  const { t } = useTranslation()
  return (
    <p className="keyboard-hint" aria-hidden="true" data-picked-up={pickedUp ? 'yes' : 'no'}>
      {pickedUp ? t('notes.pickedUp') : t('notes.keyboardHelp')}
    </p>
  )
}

/** Room between a picked-up note and its mark, in screen pixels. */
const LIFTED_GAP = 6

/**
 * The mark of a note Space picked up, over the canvas where the note is: a thicker dashed ring
 * and a shadow, as if lifted, so that a sighted keyboard user sees which note the arrows move.
 */
export function LiftedMark({ note, viewport }: { note: Note; viewport: Viewport }) {
  const corner = toScreen(viewport, note)
  return (
    <div
      className="lifted-mark"
      aria-hidden="true"
      data-note-id={note.id}
      style={{
        left: corner.x - LIFTED_GAP,
        top: corner.y - LIFTED_GAP,
        width: note.w * viewport.scale + 2 * LIFTED_GAP,
        height: note.h * viewport.scale + 2 * LIFTED_GAP,
      }}
    />
  )
}
