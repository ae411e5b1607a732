import type * as Y from 'yjs'
import { useControl } from '../session/hooks.js'
import type { Me } from '../sync/types.js'

/**
 * Whether the facilitator's lock holds this person back: a writer other than a facilitator on a
 * locked board. The relay refuses their changes then; the interface goes read-only to match.
 */
export function useLockedForMe(doc: Y.Doc, me: Me): boolean {
  const { locked } = useControl(doc)
  return locked && me.canWrite && me.role !== 'facilitator'
}
