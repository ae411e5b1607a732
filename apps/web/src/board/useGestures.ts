import { useEffect, useRef, useState } from 'react'
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react'
import type { Frame, Note, Point, Rect } from '@atelier/model'
import { frameAtPoint, noteAt, notesIn } from './hit.js'
import { panBy, rectBetween, toBoard, wheelZoomFactor, zoomAt } from './viewport.js'
import type { Viewport } from './viewport.js'

/** Notes being dragged by this screen, by how much (board units). */
export type NoteDrag = { ids: readonly string[]; primary: string; dx: number; dy: number }
/** A frame being moved or resized by this screen: its box now. */
export type FrameDrag = { id: string; part: 'title' | 'resize'; box: Rect }

/** What a gesture on the canvas may do; the board view decides what each means for the doc. */
export type GestureContext = {
  notes: readonly Note[]
  frames: readonly Frame[]
  selection: ReadonlySet<string>
  canWrite: boolean
  canEditFrames: boolean
  /** The projected board takes no input at all. */
  interactive: boolean
  setViewport: (update: (viewport: Viewport) => Viewport) => void
  select: (ids: ReadonlySet<string>, frame?: string) => void
  /** Called as the person pans or zooms themselves: it stops following someone. */
  navigated: () => void
  pointerAt: (board: Point | undefined) => void
  dragMoved: (drag: NoteDrag) => void
  dropNotes: (drag: NoteDrag) => void
  dropFrame: (drag: FrameDrag) => void
  edit: (id: string) => void
  createAt: (board: Point) => void
}

/** Screen pixels a press may wander before it counts as a drag rather than a click. */
const DRAG_THRESHOLD = 4

type Press =
  | { kind: 'pan'; last: Point; moved: boolean }
  | { kind: 'band'; start: Point; additive: boolean }
  | { kind: 'note'; start: Point; drag: NoteDrag; clickSelect?: string; started: boolean }
  | { kind: 'frame'; start: Point; frame: Frame; part: 'title' | 'resize'; started: boolean }
  | { kind: 'pinch' }

/** Whether an event happened on the canvas itself, not on a control floating over it. */
function onCanvas(event: { target: EventTarget | null }, element: HTMLElement): boolean {
  return event.target === element || event.target instanceof HTMLCanvasElement
}

function screenPoint(event: { clientX: number; clientY: number }, element: HTMLElement): Point {
  const box = element.getBoundingClientRect()
  return { x: event.clientX - box.left, y: event.clientY - box.top }
}

function pinchOf(pointers: Map<number, Point>): { centre: Point; distance: number } | undefined {
  const [a, b] = [...pointers.values()]
  if (!a || !b) return undefined
  return {
    centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    distance: Math.hypot(a.x - b.x, a.y - b.y),
  }
}

/**
 * Pointer, pinch and wheel gestures on the board canvas: pan (drag the background), zoom (wheel
 * with Ctrl or a trackpad pinch, two fingers), select (click, Shift+click, Shift+drag a band),
 * drag notes, move and resize frames, double-click to write. Hit-testing is done here in board
 * coordinates, so Konva builds no hit canvas for a thousand notes.
 */
export function useGestures(
  container: RefObject<HTMLElement | null>,
  viewport: Viewport,
  context: GestureContext,
) {
  const latest = useRef({ viewport, context })
  latest.current = { viewport, context }
  const press = useRef<Press | undefined>(undefined)
  const pointers = useRef(new Map<number, Point>())
  const lastPinch = useRef<{ centre: Point; distance: number } | undefined>(undefined)
  const frameBox = useRef<FrameDrag | undefined>(undefined)
  const [drag, setDrag] = useState<NoteDrag>()
  const [frameDrag, setFrameDrag] = useState<FrameDrag>()
  const [band, setBand] = useState<Rect>()

  useEffect(() => {
    const element = container.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      const { context: ctx } = latest.current
      if (!ctx.interactive || !onCanvas(event, element)) return
      event.preventDefault()
      const at = screenPoint(event, element)
      ctx.navigated()
      if (event.ctrlKey || event.metaKey) {
        ctx.setViewport((view) => zoomAt(view, at, wheelZoomFactor(event.deltaY, event.deltaMode)))
      } else {
        const unit = event.deltaMode === 1 ? 16 : 1
        const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX
        const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY
        ctx.setViewport((view) => panBy(view, -dx * unit, -dy * unit))
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [container])

  function start(at: Point, board: Point, event: ReactPointerEvent): Press {
    const { context: ctx, viewport: view } = latest.current
    const note = noteAt(ctx.notes, board)
    if (note) {
      const additive = event.shiftKey || event.metaKey || event.ctrlKey
      let selection = new Set(ctx.selection)
      let clickSelect: string | undefined
      if (additive) {
        if (selection.has(note.id)) selection.delete(note.id)
        else selection.add(note.id)
      } else if (!selection.has(note.id)) selection = new Set([note.id])
      else clickSelect = note.id
      ctx.select(selection)
      const ids = selection.has(note.id) ? [...selection] : [note.id]
      return {
        kind: 'note',
        start: at,
        drag: { ids, primary: note.id, dx: 0, dy: 0 },
        clickSelect,
        started: false,
      }
    }
    const frame = ctx.canEditFrames ? frameAtPoint(ctx.frames, board, view.scale) : undefined
    if (frame && frame.part !== 'body') {
      ctx.select(new Set(), frame.frame.id)
      return { kind: 'frame', start: at, frame: frame.frame, part: frame.part, started: false }
    }
    if (event.shiftKey) return { kind: 'band', start: board, additive: true }
    return { kind: 'pan', last: at, moved: false }
  }

  function onPointerDown(event: ReactPointerEvent<HTMLElement>) {
    const element = container.current
    const { context: ctx, viewport: view } = latest.current
    if (!element || !ctx.interactive || !onCanvas(event, element)) return
    if (event.pointerType === 'mouse' && event.button > 1) return
    element.setPointerCapture(event.pointerId)
    const at = screenPoint(event, element)
    pointers.current.set(event.pointerId, at)
    if (pointers.current.size === 2) {
      cancel()
      press.current = { kind: 'pinch' }
      lastPinch.current = pinchOf(pointers.current)
      return
    }
    if (pointers.current.size > 2) return
    press.current =
      event.button === 1
        ? { kind: 'pan', last: at, moved: false }
        : start(at, toBoard(view, at), event)
  }

  function moveNote(current: Extract<Press, { kind: 'note' }>, at: Point) {
    const { context: ctx, viewport: view } = latest.current
    if (!ctx.canWrite) return
    if (
      !current.started &&
      Math.hypot(at.x - current.start.x, at.y - current.start.y) < DRAG_THRESHOLD
    )
      return
    current.started = true
    current.drag = {
      ...current.drag,
      dx: (at.x - current.start.x) / view.scale,
      dy: (at.y - current.start.y) / view.scale,
    }
    setDrag(current.drag)
    ctx.dragMoved(current.drag)
  }

  function moveFrame(current: Extract<Press, { kind: 'frame' }>, at: Point) {
    const { viewport: view } = latest.current
    if (
      !current.started &&
      Math.hypot(at.x - current.start.x, at.y - current.start.y) < DRAG_THRESHOLD
    )
      return
    current.started = true
    const dx = (at.x - current.start.x) / view.scale
    const dy = (at.y - current.start.y) / view.scale
    const { frame } = current
    const box =
      current.part === 'title'
        ? { x: frame.x + dx, y: frame.y + dy, w: frame.w, h: frame.h }
        : { x: frame.x, y: frame.y, w: frame.w + dx, h: frame.h + dy }
    frameBox.current = { id: frame.id, part: current.part, box }
    setFrameDrag(frameBox.current)
  }

  function onPointerMove(event: ReactPointerEvent<HTMLElement>) {
    const element = container.current
    const { context: ctx, viewport: view } = latest.current
    if (!element || !ctx.interactive) return
    const at = screenPoint(event, element)
    ctx.pointerAt(toBoard(view, at))
    if (!pointers.current.has(event.pointerId)) return
    pointers.current.set(event.pointerId, at)
    const current = press.current
    if (!current) return
    switch (current.kind) {
      case 'pinch': {
        const next = pinchOf(pointers.current)
        const before = lastPinch.current
        if (next && before && before.distance > 0) {
          ctx.navigated()
          ctx.setViewport((vp) =>
            zoomAt(
              panBy(vp, next.centre.x - before.centre.x, next.centre.y - before.centre.y),
              next.centre,
              next.distance / before.distance,
            ),
          )
        }
        lastPinch.current = next
        return
      }
      case 'pan': {
        const dx = at.x - current.last.x
        const dy = at.y - current.last.y
        if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return
        if (!current.moved) ctx.navigated()
        current.moved = true
        current.last = at
        ctx.setViewport((vp) => panBy(vp, dx, dy))
        return
      }
      case 'band':
        setBand(rectBetween(current.start, toBoard(view, at)))
        return
      case 'note':
        moveNote(current, at)
        return
      case 'frame':
        moveFrame(current, at)
    }
  }

  function finish(current: Press, at: Point | undefined) {
    const { context: ctx, viewport: view } = latest.current
    switch (current.kind) {
      case 'pan':
        if (!current.moved) ctx.select(new Set())
        return
      case 'band': {
        const box = at ? rectBetween(current.start, toBoard(view, at)) : undefined
        const picked = box ? notesIn(ctx.notes, box).map((note) => note.id) : []
        ctx.select(new Set([...(current.additive ? ctx.selection : []), ...picked]))
        return
      }
      case 'note':
        if (current.started) ctx.dropNotes(current.drag)
        else if (current.clickSelect) ctx.select(new Set([current.clickSelect]))
        return
      case 'frame':
        if (current.started && frameBox.current && at) ctx.dropFrame(frameBox.current)
        return
      case 'pinch':
    }
  }

  function cancel() {
    press.current = undefined
    frameBox.current = undefined
    setDrag(undefined)
    setBand(undefined)
    setFrameDrag(undefined)
  }

  function onPointerUp(event: ReactPointerEvent<HTMLElement>) {
    const element = container.current
    pointers.current.delete(event.pointerId)
    const current = press.current
    if (!current || !element) return
    if (current.kind === 'pinch') {
      if (pointers.current.size === 0) press.current = undefined
      return
    }
    const at = event.type === 'pointercancel' ? undefined : screenPoint(event, element)
    finish(current, at)
    cancel()
  }

  function onDoubleClick(event: React.MouseEvent<HTMLElement>) {
    const element = container.current
    const { context: ctx, viewport: view } = latest.current
    if (!element || !ctx.interactive || !ctx.canWrite || !onCanvas(event, element)) return
    const board = toBoard(view, screenPoint(event, element))
    const note = noteAt(ctx.notes, board)
    if (note) ctx.edit(note.id)
    else ctx.createAt(board)
  }

  function onPointerLeave() {
    latest.current.context.pointerAt(undefined)
  }

  return {
    drag,
    frameDrag,
    band,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      onPointerLeave,
      onDoubleClick,
    },
  }
}
