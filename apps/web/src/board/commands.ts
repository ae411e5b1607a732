import { useEffect, useRef } from 'react'
import type { KeyboardEvent as ReactKeyboardEvent } from 'react'
import type { Note } from '@atelier/model'
import type * as Y from 'yjs'
import { keyCommand } from './keyboard.js'
import type { KeyCommand } from './keyboard.js'
import { nudgeNotes, removeNotes } from './actions.js'

/** What the board view lets key commands do. */
export type CommandTarget = {
  doc: Y.Doc
  canWrite: boolean
  /** The facilitator: removes notes that hold a decision too (see `removeNotes`). */
  decides: boolean
  selection: ReadonlySet<string>
  noteById: ReadonlyMap<string, Note>
  notes: readonly Note[]
  select: (ids: ReadonlySet<string>) => void
  edit: (id: string) => void
  newNote: () => void
  reveal: (note: Note) => void
  undo: () => void
  redo: () => void
  zoom: (factor: number) => void
  fitAll: () => void
  /** Where keyboard focus goes after notes were deleted (the next note in the list). */
  focusNote: (id: string | undefined) => void
}

function selectedNotes(target: CommandTarget): Note[] {
  return [...target.selection].flatMap((id) => target.noteById.get(id) ?? [])
}

function afterDeletion(target: CommandTarget): string | undefined {
  const index = target.notes.findIndex((note) => target.selection.has(note.id))
  const rest = target.notes.filter((note) => !target.selection.has(note.id))
  return (rest[index] ?? rest[index - 1])?.id
}

/** Carries out one key command. Returns false when it did nothing, so the key does its default. */
export function runCommand(command: KeyCommand, target: CommandTarget): boolean {
  switch (command.kind) {
    case 'move': {
      const notes = selectedNotes(target)
      if (notes.length === 0) return false
      nudgeNotes(target.doc, notes, command.dx, command.dy)
      const first = notes[0]
      if (first) target.reveal({ ...first, x: first.x + command.dx, y: first.y + command.dy })
      return true
    }
    case 'edit': {
      const [id] = target.selection
      if (id === undefined || target.selection.size !== 1) return false
      target.edit(id)
      return true
    }
    case 'delete': {
      if (target.selection.size === 0) return false
      const next = afterDeletion(target)
      removeNotes(target.doc, target.selection, target.decides)
      target.select(new Set())
      target.focusNote(next)
      return true
    }
    case 'deselect':
      target.select(new Set())
      return true
    case 'selectAll':
      target.select(new Set(target.notes.map((note) => note.id)))
      return true
    case 'newNote':
      target.newNote()
      return true
    case 'undo':
      target.undo()
      return true
    case 'redo':
      target.redo()
      return true
    case 'zoomIn':
      target.zoom(1.25)
      return true
    case 'zoomOut':
      target.zoom(0.8)
      return true
    case 'fitAll':
      target.fitAll()
      return true
  }
}

/** Whether a key event belongs to a field, a menu or a button rather than to the board. */
export function isForAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return target.closest('input, textarea, select, button, [role="menu"], [role="dialog"]') !== null
}

/** Handles a key press on the board (window) or on a note of the note list. */
export function handleKey(event: KeyboardEvent | ReactKeyboardEvent, target: CommandTarget): void {
  const command = keyCommand(event, target.selection.size > 0, target.canWrite)
  if (command && runCommand(command, target)) event.preventDefault()
}

/**
 * Key commands on the whole page (not in fields, menus or the note list, which handles its own),
 * always with the latest target. `deleteFrame` is set while a facilitator has a frame selected.
 */
export function useBoardKeys(target: CommandTarget, deleteFrame: (() => void) | undefined): void {
  const latest = useRef({ target, deleteFrame })
  latest.current = { target, deleteFrame }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = event.target instanceof HTMLElement ? event.target : null
      if (isForAField(element) || element?.closest('.note-list')) return
      const { target: current, deleteFrame: removeFrame } = latest.current
      if (removeFrame && (event.key === 'Delete' || event.key === 'Backspace')) {
        removeFrame()
        event.preventDefault()
        return
      }
      handleKey(event, current)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
