import * as Y from 'yjs'
import { z } from 'zod/mini'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { FrameKey, listFrames, requireFrame } from './frame-records.js'
import type { Frame } from './frame-records.js'
import { frameGrid } from './geometry.js'
import { newId } from './ids.js'
import { NoteKey } from './note-records.js'
import { listNotes } from './notes.js'
import { placementAmong } from './placement.js'
import {
  Limits,
  coordinateSchema,
  framesMap,
  idSchema,
  lengthSchema,
  notesMap,
  pointSchema,
  recordIn,
  textSchema,
} from './schema.js'
import type { Point, Rect } from './schema.js'
import { frameKindSchema, frameTemplates, minFrameSize } from './templates.js'
import type { FrameKind } from './templates.js'

/** Optional extras for `addFrame`: a chosen id, a size other than the template's, a title. */
export const frameOptionsSchema = z.strictObject({
  id: z.optional(idSchema),
  w: z.optional(lengthSchema),
  h: z.optional(lengthSchema),
  title: z.optional(textSchema(Limits.titleLength).check(z.trim())),
})
export type FrameOptions = z.input<typeof frameOptionsSchema>

/** What `resizeFrame` accepts: the new size, and a new corner when resized from the top or left. */
export const frameBoxSchema = z.strictObject({
  x: z.optional(coordinateSchema),
  y: z.optional(coordinateSchema),
  w: lengthSchema,
  h: lengthSchema,
})
export type FrameBox = z.input<typeof frameBoxSchema>

function checkSize(kind: FrameKind, w: number, h: number): void {
  const min = minFrameSize(kind)
  if (w < min.w || h < min.h) {
    throw new AtelierModelError(
      ModelErrorCode.INVALID_INPUT,
      `A ${kind} frame must be at least ${min.w} x ${min.h}`,
      [{ path: w < min.w ? 'w' : 'h', message: `at least ${w < min.w ? min.w : min.h}` }],
    )
  }
}

/**
 * Puts a frame built from a template on the board with its top-left corner at `at`, and
 * returns its id. Its labels come from `frameTemplates[kind]`.
 *
 * @example addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
 */
export function addFrame(
  doc: Y.Doc,
  kind: FrameKind,
  at: Point,
  options: FrameOptions = {},
  origin?: unknown,
): string {
  const frameKind = parseInput(frameKindSchema, kind, 'frame kind')
  const corner = parseInput(pointSchema, at, 'position')
  const extras = parseInput(frameOptionsSchema, options, 'frame options')
  const size = frameTemplates[frameKind].size
  const w = extras.w ?? size.w
  const h = extras.h ?? size.h
  checkSize(frameKind, w, h)
  const frames = framesMap(doc)
  if (extras.id !== undefined && frames.has(extras.id)) {
    throw new AtelierModelError(ModelErrorCode.ID_TAKEN, `A frame ${extras.id} already exists`)
  }
  const id = extras.id ?? newId(doc, 'f', (candidate) => frames.has(candidate))
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    frames.set(id, map)
    map.set(FrameKey.kind, frameKind)
    map.set(FrameKey.x, corner.x)
    map.set(FrameKey.y, corner.y)
    map.set(FrameKey.w, w)
    map.set(FrameKey.h, h)
    if (extras.title) map.set(FrameKey.title, extras.title)
    map.set(FrameKey.createdAt, Date.now())
  }, origin)
  return id
}

type Rider = Rect & { map: Y.Map<unknown>; inCell: boolean }

/** The notes standing on `frame` (as placement reads them), with their stored maps. */
function notesOn(doc: Y.Doc, frame: Frame): Rider[] {
  const frames = listFrames(doc)
  const notes = notesMap(doc)
  return listNotes(doc).flatMap((note) => {
    const map = recordIn(notes, note.id)
    const placement = placementAmong(frames, note)
    if (!map || placement?.frameId !== frame.id) return []
    return [{ map, x: note.x, y: note.y, w: note.w, h: note.h, inCell: placement.cell !== null }]
  })
}

function clamp(value: number): number {
  return Math.min(Limits.coordinate, Math.max(-Limits.coordinate, value))
}

/** Moves a frame's top-left corner to `at`, carrying the notes on it so they keep their scores. */
export function moveFrame(doc: Y.Doc, id: string, at: Point, origin?: unknown): void {
  const { map, frame } = requireFrame(doc, parseInput(idSchema, id, 'frame id'))
  const corner = parseInput(pointSchema, at, 'position')
  const dx = corner.x - frame.x
  const dy = corner.y - frame.y
  const riders = notesOn(doc, frame)
  doc.transact(() => {
    map.set(FrameKey.x, corner.x)
    map.set(FrameKey.y, corner.y)
    for (const note of riders) {
      note.map.set(NoteKey.x, clamp(note.x + dx))
      note.map.set(NoteKey.y, clamp(note.y + dy))
    }
  }, origin)
}

function rescale(value: number, from: number, fromLength: number, to: number, toLength: number) {
  return to + ((value - from) / fromLength) * toLength
}

/**
 * Resizes a frame (and moves its corner when `box` has one). Notes on its cells are rescaled
 * with the cells, so every note keeps its scores or lane; notes on its labels stay put.
 */
export function resizeFrame(doc: Y.Doc, id: string, box: FrameBox, origin?: unknown): void {
  const { map, frame } = requireFrame(doc, parseInput(idSchema, id, 'frame id'))
  const next = parseInput(frameBoxSchema, box, 'frame box')
  checkSize(frame.kind, next.w, next.h)
  const after: Rect = { x: next.x ?? frame.x, y: next.y ?? frame.y, w: next.w, h: next.h }
  const oldGrid = frameGrid(frame)
  const newGrid = frameGrid({ kind: frame.kind, ...after })
  const riders = notesOn(doc, frame).filter((note) => note.inCell)
  doc.transact(() => {
    map.set(FrameKey.x, after.x)
    map.set(FrameKey.y, after.y)
    map.set(FrameKey.w, after.w)
    map.set(FrameKey.h, after.h)
    for (const note of riders) {
      const cx = rescale(note.x + note.w / 2, oldGrid.x, oldGrid.w, newGrid.x, newGrid.w)
      const cy = rescale(note.y + note.h / 2, oldGrid.y, oldGrid.h, newGrid.y, newGrid.h)
      note.map.set(NoteKey.x, clamp(cx - note.w / 2))
      note.map.set(NoteKey.y, clamp(cy - note.h / 2))
    }
  }, origin)
}

/** Renames a frame; an empty title goes back to the template's title. */
export function renameFrame(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  const { map } = requireFrame(doc, parseInput(idSchema, id, 'frame id'))
  const text = parseInput(frameOptionsSchema.shape.title, title, 'frame title')
  doc.transact(() => {
    if (text) map.set(FrameKey.title, text)
    else map.delete(FrameKey.title)
  }, origin)
}

/** Removes a frame; the notes on it stay where they are. Returns false if there was none. */
export function deleteFrame(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const frameId = parseInput(idSchema, id, 'frame id')
  const frames = framesMap(doc)
  if (!frames.has(frameId)) return false
  doc.transact(() => frames.delete(frameId), origin)
  return true
}
