import { frameTemplates } from '@atelier/model'
import type { Frame, Note, Point, Rect } from '@atelier/model'

function inside(box: Rect, point: Point): boolean {
  return (
    point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h
  )
}

/** The top-most note under a board point (notes later in the list are drawn on top). */
export function noteAt(notes: readonly Note[], point: Point): Note | undefined {
  for (let index = notes.length - 1; index >= 0; index -= 1) {
    const note = notes[index]
    if (note && inside(note, point)) return note
  }
  return undefined
}

/** The band at the top of a frame where its title is, by which a facilitator moves it. */
export function titleBand(frame: Frame): Rect {
  const { padding, layout } = frameTemplates[frame.kind]
  const h = layout === 'lanes' ? padding.top / 2 : padding.top
  return { x: frame.x, y: frame.y, w: frame.w, h }
}

/** Screen pixels of the square in a frame's bottom-right corner that resizes it. */
export const RESIZE_HANDLE_PX = 18

/** The resize handle of a frame at a zoom: it keeps the same size on screen. */
export function resizeHandle(frame: Frame, scale: number): Rect {
  const size = RESIZE_HANDLE_PX / scale
  return { x: frame.x + frame.w - size, y: frame.y + frame.h - size, w: size, h: size }
}

export type FrameHit = { frame: Frame; part: 'title' | 'resize' | 'body' }

/** The top-most frame under a board point, and which part of it: title, resize handle or body. */
export function frameAtPoint(
  frames: readonly Frame[],
  point: Point,
  scale: number,
): FrameHit | undefined {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index]
    if (!frame || !inside(frame, point)) continue
    if (inside(resizeHandle(frame, scale), point)) return { frame, part: 'resize' }
    if (inside(titleBand(frame), point)) return { frame, part: 'title' }
    return { frame, part: 'body' }
  }
  return undefined
}

/** The notes wholly or partly inside a rubber-band box. */
export function notesIn(notes: readonly Note[], box: Rect): Note[] {
  return notes.filter(
    (note) =>
      note.x < box.x + box.w &&
      box.x < note.x + note.w &&
      note.y < box.y + box.h &&
      box.y < note.y + note.h,
  )
}
