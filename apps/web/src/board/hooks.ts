import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { RefObject } from 'react'
import type { Note, Rect } from '@atelier/model'
import * as Y from 'yjs'
import { BoardMirror } from './mirror.js'
import type { BoardContent } from './mirror.js'
import { boundsOf, contains, fitRect, inflate, intersects, visibleRect } from './viewport.js'
import type { ScreenSize, Viewport } from './viewport.js'

/** The board's content as plain values, re-rendering only when the document changes. */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const mirror = useMemo(() => new BoardMirror(doc), [doc])
  useEffect(() => () => mirror.destroy(), [mirror])
  return useSyncExternalStore(mirror.subscribe, mirror.snapshot)
}

/** The size of an element on screen, kept up to date. */
export function useElementSize(element: RefObject<HTMLElement | null>): ScreenSize {
  const [size, setSize] = useState<ScreenSize>({ width: 0, height: 0 })
  useEffect(() => {
    const target = element.current
    if (!target) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }))
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

/**
 * The viewport. Until the person moves it (or follows someone), it fits the board's content as
 * soon as there is any: a device opening a board for the first time may show its empty cache
 * before the relay's content arrives.
 */
export function useViewport(size: ScreenSize, content: BoardContent, ready: boolean) {
  const [viewport, setRaw] = useState<Viewport>({ x: 0, y: 0, scale: 1 })
  const automatic = useRef(true)
  useEffect(() => {
    if (!automatic.current || !ready || size.width === 0) return
    const bounds = contentBounds(content)
    if (bounds) {
      automatic.current = false
      setRaw(fitRect(bounds, size))
    } else setRaw({ x: size.width / 2, y: size.height / 2, scale: 1 })
  }, [ready, size, content])
  const setViewport = useCallback((update: Viewport | ((viewport: Viewport) => Viewport)) => {
    automatic.current = false
    setRaw(update)
  }, [])
  return [viewport, setViewport] as const
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
