import type { Point, Rect } from '@atelier/model'

/**
 * How the board is shown on a screen: a board point `p` is drawn at `p * scale + (x, y)`
 * screen pixels (Konva's stage position and scale).
 */
export type Viewport = { x: number; y: number; scale: number }
export type ScreenSize = { width: number; height: number }

export const MIN_SCALE = 0.05
export const MAX_SCALE = 4
/** How much one zoom button press or keyboard shortcut zooms. */
export const ZOOM_STEP = 1.25

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** The board point under a screen point. */
export function toBoard(viewport: Viewport, screen: Point): Point {
  return {
    x: (screen.x - viewport.x) / viewport.scale,
    y: (screen.y - viewport.y) / viewport.scale,
  }
}

/** The screen point where a board point is drawn. */
export function toScreen(viewport: Viewport, board: Point): Point {
  return { x: board.x * viewport.scale + viewport.x, y: board.y * viewport.scale + viewport.y }
}

/** The part of the board a screen of `size` shows. */
export function visibleRect(viewport: Viewport, size: ScreenSize): Rect {
  const topLeft = toBoard(viewport, { x: 0, y: 0 })
  return { ...topLeft, w: size.width / viewport.scale, h: size.height / viewport.scale }
}

/** Zooms by `factor`, keeping the board point under `screen` (the pointer, a pinch centre) still. */
export function zoomAt(viewport: Viewport, screen: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor)
  const anchor = toBoard(viewport, screen)
  return { scale, x: screen.x - anchor.x * scale, y: screen.y - anchor.y * scale }
}

/** Zooms about the centre of the screen (the zoom buttons). */
export function zoomCentred(viewport: Viewport, size: ScreenSize, factor: number): Viewport {
  return zoomAt(viewport, { x: size.width / 2, y: size.height / 2 }, factor)
}

/** Moves the view by a screen distance (a drag on the background, a scroll). */
export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy }
}

/**
 * The zoom factor of one wheel event: trackpads send many small deltas, mice a few large ones;
 * both zoom smoothly and about as much per gesture. `deltaMode` 1 counts lines, not pixels.
 */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaY
  const clamped = Math.max(-100, Math.min(100, pixels))
  return Math.exp(-clamped / 200)
}

/** The smallest box holding every box, or undefined for none. */
export function boundsOf(boxes: Iterable<Rect>): Rect | undefined {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const box of boxes) {
    left = Math.min(left, box.x)
    top = Math.min(top, box.y)
    right = Math.max(right, box.x + box.w)
    bottom = Math.max(bottom, box.y + box.h)
  }
  if (!Number.isFinite(left)) return undefined
  return { x: left, y: top, w: right - left, h: bottom - top }
}

/**
 * The viewport that shows all of `rect`, centred, with `margin` screen pixels around it and
 * never closer than `maxScale` (so "fit all" on one note does not fill the screen with it).
 */
export function fitRect(rect: Rect, size: ScreenSize, margin = 48, maxScale = 1): Viewport {
  const room = { w: Math.max(1, size.width - 2 * margin), h: Math.max(1, size.height - 2 * margin) }
  const scale = clampScale(
    Math.min(maxScale, room.w / Math.max(1, rect.w), room.h / Math.max(1, rect.h)),
  )
  return {
    scale,
    x: size.width / 2 - (rect.x + rect.w / 2) * scale,
    y: size.height / 2 - (rect.y + rect.h / 2) * scale,
  }
}

/** Pans the least needed to bring `rect` fully into view (a note reached with the keyboard). */
export function revealRect(
  viewport: Viewport,
  size: ScreenSize,
  rect: Rect,
  margin = 32,
): Viewport {
  const view = visibleRect(viewport, size)
  const pad = margin / viewport.scale
  let dx = 0
  let dy = 0
  if (rect.x - pad < view.x) dx = view.x - (rect.x - pad)
  else if (rect.x + rect.w + pad > view.x + view.w) dx = view.x + view.w - (rect.x + rect.w + pad)
  if (rect.y - pad < view.y) dy = view.y - (rect.y - pad)
  else if (rect.y + rect.h + pad > view.y + view.h) dy = view.y + view.h - (rect.y + rect.h + pad)
  return panBy(viewport, dx * viewport.scale, dy * viewport.scale)
}

/** Whether two boxes overlap. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** A box grown by `by` on every side. */
export function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, w: rect.w + 2 * by, h: rect.h + 2 * by }
}

/** The box between two corners, in either order (a rubber-band selection). */
export function rectBetween(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  }
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  )
}

/** The same zoom, moved so that `board` is at the centre of the screen (a minimap click). */
export function centreOn(viewport: Viewport, size: ScreenSize, board: Point): Viewport {
  return {
    scale: viewport.scale,
    x: size.width / 2 - board.x * viewport.scale,
    y: size.height / 2 - board.y * viewport.scale,
  }
}

/** How a minimap of `map` pixels draws a `world` box: its scale and offset, centred. */
export function minimapProjection(world: Rect, map: ScreenSize, padding = 6): Viewport {
  const scale = Math.min(
    (map.width - 2 * padding) / Math.max(1, world.w),
    (map.height - 2 * padding) / Math.max(1, world.h),
  )
  return {
    scale,
    x: (map.width - world.w * scale) / 2 - world.x * scale,
    y: (map.height - world.h * scale) / 2 - world.y * scale,
  }
}
