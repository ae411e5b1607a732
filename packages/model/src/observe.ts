import type * as Y from 'yjs'
import { framesMap, metaMap, notesMap, recommendationsFragment, votesMap } from './schema.js'
import { noteOfVoteKey } from './vote-keys.js'

/** What one transaction changed on a board. Ids of deleted records are included. */
export type BoardChange = {
  /** Notes added, changed (any field, including text and tags) or deleted. */
  notes: ReadonlySet<string>
  /** Frames added, changed or deleted. */
  frames: ReadonlySet<string>
  /** Notes whose votes changed. */
  votes: ReadonlySet<string>
  meta: boolean
  recommendations: boolean
  /** True when the change was made on this peer, false when it came from another. */
  local: boolean
  /** The origin the transaction was made with (a provider for remote updates). */
  origin: unknown
}

/** A shared type as Yjs reports it in a transaction. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never

type Top = 'meta' | 'notes' | 'frames' | 'votes' | 'recommendations'

/**
 * Calls `listener` once after every transaction that changed the board, with the ids of what
 * changed, so a canvas of a thousand notes redraws only the notes that moved. Returns a
 * function that stops listening.
 *
 * @example const stop = observeBoard(doc, (change) => change.notes.forEach(redraw))
 */
export function observeBoard(doc: Y.Doc, listener: (change: BoardChange) => void): () => void {
  const tops = new Map<unknown, Top>([
    [metaMap(doc), 'meta'],
    [notesMap(doc), 'notes'],
    [framesMap(doc), 'frames'],
    [votesMap(doc), 'votes'],
    [recommendationsFragment(doc), 'recommendations'],
  ])
  const handler = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return
    const change = {
      notes: new Set<string>(),
      frames: new Set<string>(),
      votes: new Set<string>(),
      meta: false,
      recommendations: false,
      local: transaction.local,
      origin: transaction.origin,
    }
    transaction.changed.forEach((keys, type) => {
      // Walk up to the top-level type; the key under it names the record that changed.
      let record: string | null | undefined
      let current: SharedType = type
      while (current._item) {
        record = current._item.parentSub
        current = current._item.parent as SharedType
      }
      const top = tops.get(current)
      if (top === 'meta') change.meta = true
      else if (top === 'recommendations') change.recommendations = true
      else if (top !== undefined) {
        const ids = record == null ? [...keys].filter((key) => key !== null) : [record]
        for (const id of ids) {
          if (top === 'votes') {
            const noteId = noteOfVoteKey(id)
            if (noteId) change.votes.add(noteId)
          } else change[top].add(id)
        }
      }
    })
    const changed =
      change.meta ||
      change.recommendations ||
      change.notes.size + change.frames.size + change.votes.size > 0
    if (changed) listener(change)
  }
  doc.on('afterTransaction', handler)
  return () => doc.off('afterTransaction', handler)
}
