import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import type { RefObject } from 'react'
import type { Note, Rect } from '@atelier/model'
import * as Y from 'yjs'
import { BoardMirror } from './mirror.js'
import type { BoardContent } from './mirror.js'
import { boundsOf, contains, fitRect, inflate, intersects, visibleRect } from './viewport.js'
import type { ScreenSize, Viewport } from './viewport.js'

type SharedMirror = { mirror: BoardMirror; users: number }
const mirrors = new WeakMap<Y.Doc, SharedMirror>()

/**
 * The mirror of a document, one per document: a render React throws away (a lazy part of the
 * page suspending) reuses it rather than reading a thousand notes again and leaving an observer.
 */
function sharedMirror(doc: Y.Doc): SharedMirror {
  let shared = mirrors.get(doc)
  if (!shared) {
    shared = { mirror: new BoardMirror(doc), users: 0 }
    mirrors.set(doc, shared)
  }
  return shared
}

/** The board's content as plain values, re-rendering only when the document changes. */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const shared = sharedMirror(doc)
  useEffect(() => {
    shared.users += 1
    return () => {
      shared.users -= 1
      // Later, not now: StrictMode and a view switch mount again at once.
      setTimeout(() => {
        if (shared.users > 0 || mirrors.get(doc) !== shared) return
        shared.mirror.destroy()
        mirrors.delete(doc)
      })
    }
  }, [doc, shared])
  return useSyncExternalStore(shared.mirror.subscribe, shared.mirror.snapshot)
}

/**
 * The size of an element on screen, kept up to date. Read before the first paint, so that the
 * canvas is drawn in the same commit as the page rather than after the first resize event.
 */
export function useElementSize(element: RefObject<HTMLElement | null>): ScreenSize {
  const [size, setSize] = useState<ScreenSize>({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const update = (width: number, height: number) =>
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }))
    update(target.clientWidth, target.clientHeight)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width, entry.contentRect.height)
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return size
}

/** Everything on the board, for "fit all". */
export function contentBounds(content: BoardContent): Rect | undefined {
  return boundsOf([...content.frames, ...content.notes])
}

type ViewportState = { viewport: Viewport; automatic: boolean }

/**
 * The viewport. Until the person moves it (or follows someone), it fits the board's content as
 * soon as there is any: a device opening a board for the first time may show its empty cache
 * before the relay's content arrives. The fit is worked out while rendering, so the first
 * frame with the notes is already the fitted one (a thousand notes are not first laid out at
 * 100 % and then again).
 */
export function useViewport(size: ScreenSize, content: BoardContent, ready: boolean) {
  const [state, setState] = useState<ViewportState>({
    viewport: { x: 0, y: 0, scale: 1 },
    automatic: true,
  })
  if (state.automatic && ready && size.width > 0) {
    const bounds = contentBounds(content)
    if (bounds) setState({ viewport: fitRect(bounds, size), automatic: false })
    else if (state.viewport.x !== size.width / 2 || state.viewport.y !== size.height / 2)
      setState({ viewport: { x: size.width / 2, y: size.height / 2, scale: 1 }, automatic: true })
  }
  const setViewport = useCallback((update: Viewport | ((viewport: Viewport) => Viewport)) => {
    setState((old) => ({
      viewport: typeof update === 'function' ? update(old.viewport) : update,
      automatic: false,
    }))
  }, [])
  return [state.viewport, setViewport] as const
}

/**
 * Undo and redo of this screen's own changes (never other people's), grouped into steps of
 * what was done within 400 ms.
 */
export type History = {
  canUndo: boolean
  canRedo: boolean
  undo: () => void
  redo: () => void
}

export function useUndo(doc: Y.Doc, enabled: boolean): History {
  const manager = useMemo(
    () => (enabled ? new Y.UndoManager(doc, { captureTimeout: 400 }) : undefined),
    [doc, enabled],
  )
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false })
  useEffect(() => {
    if (!manager) return
    const update = () => setStacks({ canUndo: manager.canUndo(), canRedo: manager.canRedo() })
    manager.on('stack-item-added', update)
    manager.on('stack-item-popped', update)
    manager.on('stack-cleared', update)
    return () => manager.destroy()
  }, [manager])
  return {
    ...stacks,
    undo: () => void manager?.undo(),
    redo: () => void manager?.redo(),
  }
}

type Cull = { rect: Rect; area: number }

/**
 * The notes to draw at rest: those near the view (a margin of half a screen around it, so a pan
 * does not redraw at every step) and not in motion. The result keeps its identity while neither
 * the notes, the moving set nor the margin change, so the resting layer is not redrawn during a drag.
 */
export function useRestingNotes(
  notes: readonly Note[],
  moving: ReadonlySet<string>,
  viewport: Viewport,
  size: ScreenSize,
): readonly Note[] {
  const cull = useRef<Cull | undefined>(undefined)
  const view = visibleRect(viewport, size)
  const previous = cull.current
  if (!previous || !contains(previous.rect, view) || view.w * view.h < previous.area / 16) {
    const rect = inflate(view, Math.max(view.w, view.h) / 2)
    cull.current = { rect, area: rect.w * rect.h }
  }
  const rect = cull.current?.rect
  const movingKey = [...moving].sort().join(',')
  return useMemo(
    () => notes.filter((note) => !moving.has(note.id) && (!rect || intersects(note, rect))),
    // `moving` is read through its key: a new set with the same notes is the same set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [notes, movingKey, rect],
  )
}
