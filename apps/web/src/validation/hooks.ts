import { useMemo, useSyncExternalStore } from 'react'
import { rankForValidation } from '@atelier/model'
import type { ValidationCandidate } from '@atelier/model'
import type * as Y from 'yjs'
import { docStore } from '../sync/doc-store.js'

/**
 * The board's notes in the order the room voted them, read again after every change to the
 * document (a vote written at the close, a verdict decided on another screen).
 */
export function useRanking(doc: Y.Doc): ValidationCandidate[] {
  const store = useMemo(
    () =>
      docStore(
        (listener) => {
          doc.on('update', listener)
          return () => doc.off('update', listener)
        },
        () => rankForValidation(doc),
      ),
    [doc],
  )
  return useSyncExternalStore(store.subscribe, store.snapshot)
}

/** Whether any note the room sees has a verdict: then everyone gets the panel's button. */
export function useAnyVerdict(doc: Y.Doc): boolean {
  return useRanking(doc).some((candidate) => candidate.note.validation !== undefined)
}
