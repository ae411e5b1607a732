import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { WritingMode } from '@atelier/model'
import type { DraftAddress } from './api.js'
import { useMyDrafts, useWritingMode } from './hooks.js'

/** What a board page knows of private writing: the mode and this person's held notes. */
export type DraftsState = { mode: WritingMode } & ReturnType<typeof useMyDrafts>

/** The private writing of each open board, published by its page's station. */
const published = new WeakMap<Y.Doc, DraftsState>()
const listeners = new Map<Y.Doc, Set<() => void>>()

function publish(doc: Y.Doc, state: DraftsState | undefined): void {
  if (state) published.set(doc, state)
  else published.delete(doc)
  for (const listener of listeners.get(doc) ?? []) listener()
}

/**
 * Keeps the board page's private writing: the writing mode of the board and one list of this
 * person's held notes, shared by the views that read it (`useDrafts`). Renders nothing.
 */
export function DraftsStation(props: { address: DraftAddress; doc: Y.Doc }) {
  const { doc } = props
  const mode = useWritingMode(doc)
  const { drafts, submit, withdraw, available } = useMyDrafts(props.address, mode)
  useEffect(() => {
    publish(doc, { mode, drafts, submit, withdraw, available })
  }, [doc, mode, drafts, submit, withdraw, available])
  useEffect(() => () => publish(doc, undefined), [doc])
  return null
}

/** The board's private writing, or undefined where no station runs (tests, the console). */
export function useDrafts(doc: Y.Doc): DraftsState | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(doc) ?? new Set()
      listeners.set(doc, set)
      set.add(listener)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(doc)
      }
    },
    [doc],
  )
  return useSyncExternalStore(subscribe, () => published.get(doc))
}

/** Whether this screen's new notes go to the relay instead of the board. */
export function holdsNotes(drafts: DraftsState | undefined, role: string): drafts is DraftsState {
  return drafts !== undefined && drafts.mode !== 'open' && role !== 'facilitator'
}
