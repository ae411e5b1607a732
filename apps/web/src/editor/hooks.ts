import { useEffect, useMemo, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import {
  citationCounts,
  listComments,
  listNotes,
  observeBoard,
  observeComments,
} from '@atelier/model'
import type { Comment, Note } from '@atelier/model'
import { CARET_FIELD } from './caret-awareness.js'

/** The board's notes, by id, kept up to date: the notes a recommendation may cite. */
export function useBoardNotes(doc: Y.Doc): ReadonlyMap<string, Note> {
  const [notes, setNotes] = useState(() => listNotes(doc))
  useEffect(() => {
    setNotes(listNotes(doc))
    return observeBoard(doc, (change) => {
      if (change.notes.size > 0) setNotes(listNotes(doc))
    })
  }, [doc])
  return useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes])
}

/** How many recommendations cite each note, recounted when blocks or notes change. */
export function useCitations(doc: Y.Doc): Readonly<Record<string, number>> {
  const [counts, setCounts] = useState(() => citationCounts(doc))
  useEffect(() => {
    setCounts(citationCounts(doc))
    return observeBoard(doc, (change) => {
      if (change.recommendations || change.notes.size > 0) setCounts(citationCounts(doc))
    })
  }, [doc])
  return counts
}

/** One recommendation's comment thread, oldest first, kept up to date. */
export function useComments(doc: Y.Doc, recommendationId: string): Comment[] {
  const [comments, setComments] = useState(() => listComments(doc, recommendationId))
  useEffect(() => {
    setComments(listComments(doc, recommendationId))
    return observeComments(doc, () => setComments(listComments(doc, recommendationId)))
  }, [doc, recommendationId])
  return comments
}

/** Someone whose caret is in the recommendations right now. */
export type Writer = { clientId: number; name: string; colour: string }

function writersIn(awareness: Awareness): Writer[] {
  const writers: Writer[] = []
  awareness.getStates().forEach((state, clientId) => {
    const user = state.user as { name?: unknown; colour?: unknown } | undefined
    if (!state[CARET_FIELD] || typeof user?.name !== 'string') return
    const colour = typeof user.colour === 'string' ? user.colour : '#6b7280'
    writers.push({ clientId, name: user.name, colour })
  })
  return writers.sort((a, b) => a.clientId - b.clientId)
}

/** The people with a caret in the editor, this screen included, for the panel's header. */
export function useWriters(awareness: Awareness): Writer[] {
  const [writers, setWriters] = useState(() => writersIn(awareness))
  useEffect(() => {
    const update = () =>
      setWriters((old) => {
        const next = writersIn(awareness)
        return JSON.stringify(next) === JSON.stringify(old) ? old : next
      })
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return writers
}
