import * as Y from 'yjs'
import { z } from 'zod/mini'
import { AtelierModelError, ModelErrorCode } from './errors.js'
import { Limits, byCreation, coordinateSchema, framesMap, recordIn, textSchema } from './schema.js'
import { frameKindSchema, frameTemplates, minFrameSize } from './templates.js'
import type { FrameKind } from './templates.js'

/** A frame (matrix or grid) as the interface and exports see it: plain values, repaired. */
export type Frame = {
  id: string
  kind: FrameKind
  x: number
  y: number
  w: number
  h: number
  /** A title the facilitator typed; absent means the template's title in the reader's locale. */
  title?: string
  createdAt: number
}

/** Keys of a frame's Y.Map in the document. */
export const FrameKey = {
  kind: 'kind',
  x: 'x',
  y: 'y',
  w: 'w',
  h: 'h',
  title: 'title',
  createdAt: 'createdAt',
} as const

const storedFrameSchema = z.object({
  x: z.catch(coordinateSchema, 0),
  y: z.catch(coordinateSchema, 0),
  w: z.catch(z.optional(z.number().check(z.lte(Limits.maxSize))), undefined),
  h: z.catch(z.optional(z.number().check(z.lte(Limits.maxSize))), undefined),
  title: z.catch(z.optional(textSchema(Limits.titleLength)), undefined),
  createdAt: z.catch(z.number(), 0),
})

/**
 * Reads one stored frame, repairing bad fields. A frame of a kind this version does not know
 * is skipped (undefined): it cannot be drawn or scored without its template.
 */
export function readFrame(id: string, map: Y.Map<unknown>): Frame | undefined {
  const kind = frameKindSchema.safeParse(map.get(FrameKey.kind))
  if (!kind.success) return undefined
  const stored = storedFrameSchema.parse({
    x: map.get(FrameKey.x),
    y: map.get(FrameKey.y),
    w: map.get(FrameKey.w),
    h: map.get(FrameKey.h),
    title: map.get(FrameKey.title),
    createdAt: map.get(FrameKey.createdAt),
  })
  const min = minFrameSize(kind.data)
  const size = frameTemplates[kind.data].size
  const frame: Frame = {
    id,
    kind: kind.data,
    x: stored.x,
    y: stored.y,
    w: stored.w !== undefined && stored.w >= min.w ? stored.w : size.w,
    h: stored.h !== undefined && stored.h >= min.h ? stored.h : size.h,
    createdAt: stored.createdAt,
  }
  if (stored.title !== undefined) frame.title = stored.title
  return frame
}

/** One frame as plain values, or undefined if the board has no such (readable) frame. */
export function getFrame(doc: Y.Doc, id: string): Frame | undefined {
  const map = recordIn(framesMap(doc), id)
  return map ? readFrame(id, map) : undefined
}

/** Every frame on the board, bottom-most first (creation time, then id) on every peer. */
export function listFrames(doc: Y.Doc): Frame[] {
  const frames: Frame[] = []
  framesMap(doc).forEach((value, id) => {
    const frame = value instanceof Y.Map ? readFrame(id, value) : undefined
    if (frame) frames.push(frame)
  })
  return frames.sort(byCreation)
}

/** The stored frame with this id and its plain reading, or a FRAME_NOT_FOUND error. */
export function requireFrame(doc: Y.Doc, id: string): { map: Y.Map<unknown>; frame: Frame } {
  const map = recordIn(framesMap(doc), id)
  const frame = map && readFrame(id, map)
  if (!map || !frame) {
    throw new AtelierModelError(ModelErrorCode.FRAME_NOT_FOUND, `No frame ${id} on this board`)
  }
  return { map, frame }
}
