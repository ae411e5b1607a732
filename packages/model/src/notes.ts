import * as Y from 'yjs'
import { z } from 'zod/mini'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { newId } from './ids.js'
import {
  NOTE_SIZE,
  NoteKey,
  actionKey,
  dependencyKey,
  partnerSchema,
  readAction,
  readNote,
  riskKey,
} from './note-records.js'
import type { Note } from './note-records.js'
import {
  ACTION_FIELDS,
  Limits,
  RISK_FIELDS,
  authorSchema,
  byCreation,
  colourSchema,
  coordinateSchema,
  idSchema,
  lengthSchema,
  noteCategorySchema,
  notesMap,
  pointSchema,
  prioritySchema,
  recordIn,
  tagsSchema,
  textSchema,
  votesMap,
} from './schema.js'
import type { ActionSheet, Point } from './schema.js'
import { applyTextDiff } from './text-diff.js'
import { noteOriginSchema } from './validation-records.js'
import { noteOfVoteKey } from './vote-keys.js'

const noteTextSchema = textSchema(Limits.noteTextLength)
const riskText = textSchema(Limits.riskFieldLength)

export const riskSheetPatchSchema = z.strictObject({
  description: z.optional(riskText),
  groupsAffected: z.optional(riskText),
  channels: z.optional(riskText),
  drivers: z.optional(riskText),
  existingCapacities: z.optional(riskText),
  gaps: z.optional(riskText),
})

const actionText = textSchema(Limits.actionFieldLength)

/**
 * What `updateActionSheet` accepts: any subset of a roadmap action's fields. `partners` replaces
 * the whole list (trimmed, duplicates dropped).
 */
export const actionSheetPatchSchema = z.strictObject({
  responsible: z.optional(actionText),
  partners: z.optional(
    z.pipe(
      z.array(partnerSchema).check(z.maxLength(Limits.partners)),
      z.transform((list: string[]) => [...new Set(list)]),
    ),
  ),
  coordination: z.optional(actionText),
  risks: z.optional(actionText),
  mitigation: z.optional(actionText),
  sustainability: z.optional(actionText),
  inclusion: z.optional(actionText),
})
export type ActionSheetPatch = z.input<typeof actionSheetPatchSchema>

/** What `addNote` accepts. Leave `author` out (or set `anonymous`) for an anonymous note. */
export const noteInputSchema = z.strictObject({
  id: z.optional(idSchema),
  text: z._default(noteTextSchema, ''),
  category: noteCategorySchema,
  colour: z.optional(colourSchema),
  x: coordinateSchema,
  y: coordinateSchema,
  w: z.optional(lengthSchema),
  h: z.optional(lengthSchema),
  author: z.optional(z.nullable(authorSchema)),
  anonymous: z.optional(z.boolean()),
  createdAt: z.optional(z.number().check(z.nonnegative())),
  tags: z.optional(tagsSchema),
  hidden: z.optional(z.boolean()),
  priority: z.optional(prioritySchema),
  risk: z.optional(riskSheetPatchSchema),
  /** The roadmap action's fields, for a note of a roadmap board. */
  action: z.optional(actionSheetPatchSchema),
  /** Set by a promotion to the plenary: where the note came from. */
  origin: z.optional(noteOriginSchema),
})
export type NoteInput = z.input<typeof noteInputSchema>

/** What `updateNote` accepts: any subset; `null` clears the colour override or the priority. */
export const notePatchSchema = z.strictObject({
  text: z.optional(noteTextSchema),
  category: z.optional(noteCategorySchema),
  colour: z.optional(z.nullable(colourSchema)),
  x: z.optional(coordinateSchema),
  y: z.optional(coordinateSchema),
  w: z.optional(lengthSchema),
  h: z.optional(lengthSchema),
  tags: z.optional(tagsSchema),
  hidden: z.optional(z.boolean()),
  priority: z.optional(z.nullable(prioritySchema)),
  risk: z.optional(riskSheetPatchSchema),
  action: z.optional(actionSheetPatchSchema),
})
export type NotePatch = z.input<typeof notePatchSchema>

export const noteMoveSchema = z.strictObject({
  id: idSchema,
  x: coordinateSchema,
  y: coordinateSchema,
})
export type NoteMove = z.infer<typeof noteMoveSchema>
const noteMovesSchema = z.array(noteMoveSchema).check(z.maxLength(Limits.batch))
const noteIdsSchema = z.array(idSchema).check(z.maxLength(Limits.batch))

/** The stored note with this id, or a NOTE_NOT_FOUND error. */
export function requireNote(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = recordIn(notesMap(doc), id)
  if (!map)
    throw new AtelierModelError(ModelErrorCode.NOTE_NOT_FOUND, `No note ${id} on this board`)
  return map
}

// Writing an unchanged value would still add an item to the document's history.
function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value)
}

function writeRisk(map: Y.Map<unknown>, risk: z.output<typeof riskSheetPatchSchema>): void {
  for (const field of RISK_FIELDS) {
    const value = risk[field]
    if (value !== undefined) setIfChanged(map, riskKey(field), value)
  }
}

function writeAction(map: Y.Map<unknown>, action: z.output<typeof actionSheetPatchSchema>): void {
  for (const field of ACTION_FIELDS) {
    const value = action[field]
    if (value !== undefined) setIfChanged(map, actionKey(field), value)
  }
  if (action.partners !== undefined) {
    const current = readAction(map).partners
    const same =
      map.has(actionKey('partners')) &&
      current.length === action.partners.length &&
      current.every((partner, index) => partner === action.partners?.[index])
    if (!same) map.set(actionKey('partners'), action.partners)
  }
}

function writeTags(map: Y.Map<unknown>, tags: readonly string[]): void {
  let list = map.get(NoteKey.tags)
  if (!(list instanceof Y.Array)) {
    list = new Y.Array<string>()
    map.set(NoteKey.tags, list)
  }
  const array = list as Y.Array<unknown>
  const wanted = new Set(tags)
  const kept = new Set<unknown>()
  const items = array.toArray()
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index]
    // Walking backwards keeps the earliest copy of a tag two peers both added.
    const laterCopy = items.indexOf(item) !== index
    if (typeof item !== 'string' || !wanted.has(item) || laterCopy) array.delete(index, 1)
    else kept.add(item)
  }
  const missing = tags.filter((tag, index) => !kept.has(tag) && tags.indexOf(tag) === index)
  if (missing.length > 0) array.push(missing)
}

function writeText(map: Y.Map<unknown>, text: string): void {
  const current = map.get(NoteKey.text)
  if (current instanceof Y.Text) applyTextDiff(current, text)
  else map.set(NoteKey.text, new Y.Text(text))
}

/**
 * Puts a new sticky note on the board and returns its id.
 *
 * @example addNote(doc, { text: 'Pas de point de signalement', category: 'finding', x: 40, y: 80 })
 */
export function addNote(doc: Y.Doc, input: NoteInput, origin?: unknown): string {
  const note = parseInput(noteInputSchema, input, 'note')
  const notes = notesMap(doc)
  if (note.id !== undefined && notes.has(note.id)) {
    throw new AtelierModelError(ModelErrorCode.ID_TAKEN, `A note ${note.id} already exists`)
  }
  const id = note.id ?? newId(doc, 'n', (candidate) => notes.has(candidate))
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    notes.set(id, map)
    map.set(NoteKey.text, new Y.Text(note.text))
    map.set(NoteKey.category, note.category)
    if (note.colour !== undefined) map.set(NoteKey.colour, note.colour)
    map.set(NoteKey.x, note.x)
    map.set(NoteKey.y, note.y)
    map.set(NoteKey.w, note.w ?? NOTE_SIZE.w)
    map.set(NoteKey.h, note.h ?? NOTE_SIZE.h)
    if (note.author && note.anonymous !== true) {
      map.set(NoteKey.author, { id: note.author.id, name: note.author.name })
    }
    map.set(NoteKey.createdAt, note.createdAt ?? Date.now())
    map.set(NoteKey.tags, Y.Array.from([...new Set(note.tags ?? [])]))
    map.set(NoteKey.hidden, note.hidden ?? false)
    if (note.priority !== undefined) map.set(NoteKey.priority, note.priority)
    if (note.risk) writeRisk(map, note.risk)
    if (note.action) writeAction(map, note.action)
    if (note.origin) map.set(NoteKey.origin, { board: note.origin.board, note: note.origin.note })
  }, origin)
  return id
}

/** Changes some of a note's fields; fields left out keep their value (and other people's edits). */
export function updateNote(doc: Y.Doc, id: string, patch: NotePatch, origin?: unknown): void {
  const noteId = parseInput(idSchema, id, 'note id')
  const change = parseInput(notePatchSchema, patch, 'note patch')
  const map = requireNote(doc, noteId)
  doc.transact(() => {
    if (change.text !== undefined) writeText(map, change.text)
    if (change.category !== undefined) setIfChanged(map, NoteKey.category, change.category)
    if (change.colour === null) map.delete(NoteKey.colour)
    else if (change.colour !== undefined) setIfChanged(map, NoteKey.colour, change.colour)
    for (const key of ['x', 'y', 'w', 'h'] as const) {
      if (change[key] !== undefined) setIfChanged(map, NoteKey[key], change[key])
    }
    if (change.tags !== undefined) writeTags(map, change.tags)
    if (change.hidden !== undefined) setIfChanged(map, NoteKey.hidden, change.hidden)
    if (change.priority === null) map.delete(NoteKey.priority)
    else if (change.priority !== undefined) setIfChanged(map, NoteKey.priority, change.priority)
    if (change.risk) writeRisk(map, change.risk)
    if (change.action) writeAction(map, change.action)
  }, origin)
}

/**
 * Changes some of a note's roadmap action fields (responsible actor, partners, coordination,
 * risks, mitigation, sustainability, inclusion of young people and migrants); fields left out
 * keep their value. Throws INVALID_INPUT or NOTE_NOT_FOUND, changing nothing.
 *
 * @example updateActionSheet(doc, 'n1', { responsible: 'Conseil Régional', partners: ['AREF'] })
 */
export function updateActionSheet(
  doc: Y.Doc,
  id: string,
  patch: ActionSheetPatch,
  origin?: unknown,
): void {
  const noteId = parseInput(idSchema, id, 'note id')
  const change = parseInput(actionSheetPatchSchema, patch, 'action sheet')
  const map = requireNote(doc, noteId)
  doc.transact(() => writeAction(map, change), origin)
}

/** A note's roadmap action sheet (empty fields when unset), or undefined if there is no note. */
export function getActionSheet(doc: Y.Doc, id: string): ActionSheet | undefined {
  const map = recordIn(notesMap(doc), id)
  return map ? readAction(map) : undefined
}

/** Replaces a note's text, touching only the characters that differ (see {@link applyTextDiff}). */
export function setNoteText(doc: Y.Doc, id: string, text: string, origin?: unknown): void {
  updateNote(doc, id, { text }, origin)
}

/** Moves a note's top-left corner to `at`. */
export function moveNote(doc: Y.Doc, id: string, at: Point, origin?: unknown): void {
  const noteId = parseInput(idSchema, id, 'note id')
  const point = parseInput(pointSchema, at, 'position')
  const map = requireNote(doc, noteId)
  doc.transact(() => {
    setIfChanged(map, NoteKey.x, point.x)
    setIfChanged(map, NoteKey.y, point.y)
  }, origin)
}

/**
 * Moves several notes at once (a multi-selection drag) in one transaction. Notes someone else
 * deleted meanwhile are skipped, not an error; returns the ids that were moved.
 */
export function moveNotes(doc: Y.Doc, moves: readonly NoteMove[], origin?: unknown): string[] {
  const list = parseInput(noteMovesSchema, moves, 'note moves')
  const notes = notesMap(doc)
  const moved: string[] = []
  doc.transact(() => {
    for (const move of list) {
      const map = recordIn(notes, move.id)
      if (!map) continue
      setIfChanged(map, NoteKey.x, move.x)
      setIfChanged(map, NoteKey.y, move.y)
      moved.push(move.id)
    }
  }, origin)
  return moved
}

function deleteNoteIn(doc: Y.Doc, id: string): boolean {
  const notes = notesMap(doc)
  if (!notes.has(id)) return false
  notes.delete(id)
  // Arrows to the deleted note go with it.
  const key = dependencyKey(id)
  notes.forEach((value) => {
    if (value instanceof Y.Map && value.has(key)) value.delete(key)
  })
  const votes = votesMap(doc)
  for (const key of [...votes.keys()]) {
    if (noteOfVoteKey(key) === id) votes.delete(key)
  }
  return true
}

/** Removes a note and the votes cast for it. Returns false if there was no such note. */
export function deleteNote(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const noteId = parseInput(idSchema, id, 'note id')
  let deleted = false
  doc.transact(() => {
    deleted = deleteNoteIn(doc, noteId)
  }, origin)
  return deleted
}

/** Removes several notes in one transaction; returns the ids that were there to delete. */
export function deleteNotes(doc: Y.Doc, ids: readonly string[], origin?: unknown): string[] {
  const list = parseInput(noteIdsSchema, ids, 'note ids')
  const deleted: string[] = []
  doc.transact(() => {
    for (const id of list) if (deleteNoteIn(doc, id)) deleted.push(id)
  }, origin)
  return deleted
}

/** One note as plain values, or undefined if the board has no such note. */
export function getNote(doc: Y.Doc, id: string): Note | undefined {
  const map = recordIn(notesMap(doc), id)
  return map ? readNote(id, map) : undefined
}

/** Every note on the board, in the same order on every peer (creation time, then id). */
export function listNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = []
  notesMap(doc).forEach((value, id) => {
    if (value instanceof Y.Map) notes.push(readNote(id, value))
  })
  return notes.sort(byCreation)
}

/** A note's text as a plain string, or undefined if the board has no such note. */
export function getNoteText(doc: Y.Doc, id: string): string | undefined {
  return getNote(doc, id)?.text
}

/**
 * The shared Y.Text behind a note's text, for binding a collaborative text editor to it, or
 * undefined if there is no such note (or its text was stored badly; `setNoteText` repairs it).
 */
export function getNoteTextY(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = recordIn(notesMap(doc), id)?.get(NoteKey.text)
  return text instanceof Y.Text ? text : undefined
}
