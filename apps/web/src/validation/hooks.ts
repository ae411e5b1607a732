import { useCallback, useRef, useSyncExternalStore } from 'react'
import { rankForValidation } from '@atelier/model'
import type { ValidationCandidate } from '@atelier/model'
import type * as Y from 'yjs'

/**
 * The board's notes in the order the room voted them, read again after every change to the
 * document (a vote written at the close, a verdict decided on another screen).
 */
export function useRanking(doc: Y.Doc): ValidationCandidate[] {
  const cache = useRef<{ ranking: ValidationCandidate[]; stale: boolean }>({
    ranking: [],
    stale: true,
  })
  const subscribe = useCallback(
    (changed: () => void) => {
      const onUpdate = () => {
        cache.current.stale = true
        changed()
      }
      doc.on('update', onUpdate)
      return () => doc.off('update', onUpdate)
    },
    [doc],
  )
  const read = useCallback(() => {
    if (cache.current.stale) cache.current = { ranking: rankForValidation(doc), stale: false }
    return cache.current.ranking
  }, [doc])
  return useSyncExternalStore(subscribe, read)
}

/** Whether any note the room sees has a verdict: then everyone gets the panel's button. */
export function useAnyVerdict(doc: Y.Doc): boolean {
  return useRanking(doc).some((candidate) => candidate.note.validation !== undefined)
}
