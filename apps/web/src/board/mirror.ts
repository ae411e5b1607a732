import {
  citationCounts,
  getBoardMeta,
  getNote,
  listFrames,
  listNotes,
  observeBoard,
} from '@atelier/model'
import type { BoardMeta, Frame, Note } from '@atelier/model'
import type * as Y from 'yjs'

/** The board as plain values, for rendering. A new object whenever anything changed. */
export type BoardContent = {
  readonly meta: BoardMeta
  /** In creation order, the same on every peer (later notes are drawn on top). */
  readonly notes: readonly Note[]
  readonly noteById: ReadonlyMap<string, Note>
  /** Bottom-most first. */
  readonly frames: readonly Frame[]
  /** Note id → how many recommendations cite it; notes no recommendation cites are absent. */
  readonly citations: CitationCounts
}

export type CitationCounts = Readonly<Record<string, number>>

/** Whether two sets of citation counts say the same, so that an unchanged one keeps its object. */
export function sameCounts(a: CitationCounts, b: CitationCounts): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** Marks when notes first reached this page, for the stress benchmark's render time. */
function markLoaded(notes: number): void {
  if (notes === 0 || performance.getEntriesByName('atelier:notes-loaded').length > 0) return
  performance.mark('atelier:notes-loaded', { detail: { notes } })
}

/**
 * A plain mirror of one board document, kept up to date through `observeBoard`: a change reads
 * only the notes it touched, and every other note keeps its object, so a canvas of a thousand
 * notes re-renders only what moved.
 */
export class BoardMirror {
  private view: BoardContent
  private readonly listeners = new Set<() => void>()
  private readonly stop: () => void

  constructor(private readonly doc: Y.Doc) {
    this.view = this.readAll()
    markLoaded(this.view.notes.length)
    this.stop = observeBoard(doc, (change) => {
      const next: { -readonly [K in keyof BoardContent]: BoardContent[K] } = { ...this.view }
      if (change.meta) next.meta = getBoardMeta(doc)
      if (change.frames.size > 0) next.frames = listFrames(doc)
      if (change.notes.size > 0) Object.assign(next, this.readNotes(change.notes))
      // Read once per change for the whole board, not per note: a deleted note stops counting.
      if (change.recommendations || change.notes.size > 0) {
        const citations = citationCounts(doc)
        if (!sameCounts(citations, next.citations)) next.citations = citations
      }
      this.view = next
      markLoaded(next.notes.length)
      for (const listener of this.listeners) listener()
    })
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly snapshot = (): BoardContent => this.view

  destroy(): void {
    this.stop()
    this.listeners.clear()
  }

  private readAll(): BoardContent {
    const notes = listNotes(this.doc)
    return {
      meta: getBoardMeta(this.doc),
      notes,
      noteById: new Map(notes.map((note) => [note.id, note])),
      frames: listFrames(this.doc),
      citations: citationCounts(this.doc),
    }
  }

  private readNotes(ids: ReadonlySet<string>): Pick<BoardContent, 'notes' | 'noteById'> {
    const noteById = new Map(this.view.noteById)
    let added = false
    for (const id of ids) {
      const note = getNote(this.doc, id)
      if (!note) noteById.delete(id)
      else {
        if (!noteById.has(id)) added = true
        noteById.set(id, note)
      }
    }
    if (added) {
      // A new note (or one restored by undo) may sort anywhere: read the order again.
      const notes = listNotes(this.doc).map((note) => noteById.get(note.id) ?? note)
      return { notes, noteById: new Map(notes.map((note) => [note.id, note])) }
    }
    const notes: Note[] = []
    for (const note of this.view.notes) {
      const current = noteById.get(note.id)
      if (current) notes.push(current)
    }
    return { notes, noteById }
  }
}
