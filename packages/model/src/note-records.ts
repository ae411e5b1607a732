import * as Y from 'yjs'
import { z } from 'zod/mini'
import {
  ACTION_FIELDS,
  Limits,
  NoteCategory,
  RISK_FIELDS,
  colourSchema,
  coordinateSchema,
  lengthSchema,
  noteCategorySchema,
  personIdSchema,
  prioritySchema,
  tagSchema,
  textSchema,
  wellFormed,
} from './schema.js'
import type { ActionField, ActionSheet, Author, Priority, RiskSheet } from './schema.js'
import { noteOriginSchema, storedValidationSchema } from './validation-records.js'
import type { NoteOrigin, Validation } from './validation-records.js'

/** A sticky note as the interface and exports see it: plain values, already repaired. */
export type Note = {
  id: string
  text: string
  category: NoteCategory
  /** The colour to draw: the override when set, else the category's colour. */
  colour: string
  colourOverride?: string
  x: number
  y: number
  w: number
  h: number
  /** Absent on an anonymous note: the document stores no author for it at all. */
  author?: Author
  /** Milliseconds since 1970, from the author's clock. */
  createdAt: number
  tags: string[]
  /** Hidden by a moderator: still on the board, not shown to participants. */
  hidden: boolean
  priority?: Priority
  /** The digital-risk analysis sheet; present on `risk` notes only. */
  risk?: RiskSheet
  /** On a plenary: the sub-group board and note this one was promoted from. */
  origin?: NoteOrigin
  /** The validation round's verdict on this priority, once the room has decided. */
  validation?: Validation
  /** The roadmap action's sheet; present when the note stores any of its fields. */
  action?: ActionSheet
}

/** The size a note gets when its input names none. */
export const NOTE_SIZE = { w: 140, h: 100 } as const

/** Each category's colour, chosen to stay distinct on a projector and for colour-blind readers. */
export const CATEGORY_COLOURS: Readonly<Record<NoteCategory, string>> = {
  finding: '#ffe066',
  need: '#74c0fc',
  action: '#8ce99a',
  actor: '#d0bfff',
  recommendation: '#ffc078',
  risk: '#ff8787',
}

/** Keys of a note's Y.Map in the document. Risk sheet fields are flattened as `risk.<field>`. */
export const NoteKey = {
  text: 'text',
  category: 'category',
  colour: 'colour',
  x: 'x',
  y: 'y',
  w: 'w',
  h: 'h',
  author: 'author',
  createdAt: 'createdAt',
  tags: 'tags',
  hidden: 'hidden',
  priority: 'priority',
  origin: 'origin',
  validation: 'validation',
} as const

/** The document key of one risk sheet field. Flat keys, so two people filling different fields
 * at once both keep their edits (a nested map created twice concurrently would drop one). */
export function riskKey(field: (typeof RISK_FIELDS)[number]): string {
  return `risk.${field}`
}

/** The document key of one roadmap action field (`action.<field>`), flat like the risk sheet's. */
export function actionKey(field: ActionField | 'partners'): string {
  return `action.${field}`
}

const DEPENDENCY_PREFIX = 'dependsOn.'

/**
 * The document key recording that a note depends on note `id` (`dependsOn.<id>`: true). One
 * flat key per dependency, so two people adding different arrows at once both keep theirs.
 */
export function dependencyKey(id: string): string {
  return `${DEPENDENCY_PREFIX}${id}`
}

/** The note id a dependency key names, or undefined for any other key. */
export function dependencyOfKey(key: string): string | undefined {
  return key.startsWith(DEPENDENCY_PREFIX) ? key.slice(DEPENDENCY_PREFIX.length) : undefined
}

export const partnerSchema = textSchema(Limits.partnerLength).check(z.trim(), z.minLength(1))

function readPartners(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const partners = new Set<string>()
  for (const item of value) {
    const parsed = partnerSchema.safeParse(item)
    if (parsed.success && partners.size < Limits.partners) partners.add(parsed.data)
  }
  return [...partners]
}

/** A note's roadmap action sheet, repaired; empty fields when the note stores none. */
export function readAction(map: Y.Map<unknown>): ActionSheet {
  const sheet = { partners: readPartners(map.get(actionKey('partners'))) } as ActionSheet
  for (const field of ACTION_FIELDS) {
    const value = map.get(actionKey(field))
    sheet[field] =
      typeof value === 'string' ? wellFormed(value).slice(0, Limits.actionFieldLength) : ''
  }
  return sheet
}

/** Whether a note stores any roadmap action field. */
export function hasAction(map: Y.Map<unknown>): boolean {
  return [...ACTION_FIELDS, 'partners' as const].some((field) => map.has(actionKey(field)))
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

/** The ids a note's stored dependency keys name (valid ids only, sorted; not checked to exist). */
export function readDependencyIds(map: Y.Map<unknown>): string[] {
  const ids: string[] = []
  for (const key of map.keys()) {
    const id = dependencyOfKey(key)
    if (id !== undefined && map.get(key) === true && ID_PATTERN.test(id)) ids.push(id)
  }
  return ids.sort()
}

// Each field repairs itself on its own: one bad value from a peer costs that value, not the note.
const storedNoteSchema = z.object({
  category: z.catch(noteCategorySchema, NoteCategory.finding),
  colour: z.catch(z.optional(colourSchema), undefined),
  x: z.catch(coordinateSchema, 0),
  y: z.catch(coordinateSchema, 0),
  w: z.catch(lengthSchema, NOTE_SIZE.w),
  h: z.catch(lengthSchema, NOTE_SIZE.h),
  author: z.catch(
    z.optional(z.object({ id: personIdSchema, name: textSchema(Limits.nameLength) })),
    undefined,
  ),
  createdAt: z.catch(z.number(), 0),
  hidden: z.catch(z.boolean(), false),
  priority: z.catch(z.optional(prioritySchema), undefined),
  origin: z.catch(z.optional(noteOriginSchema), undefined),
  validation: z.catch(z.optional(storedValidationSchema), undefined),
})

function readText(value: unknown): string {
  // Read well formed, as the other peers received it (see `wellFormed`).
  if (value instanceof Y.Text) return wellFormed(value.toString())
  return typeof value === 'string' ? wellFormed(value) : ''
}

function readTags(value: unknown): string[] {
  const items: unknown[] = value instanceof Y.Array ? value.toArray() : []
  const tags = new Set<string>()
  for (const item of items) {
    const parsed = tagSchema.safeParse(item)
    if (parsed.success) tags.add(parsed.data)
  }
  return [...tags]
}

function readRisk(map: Y.Map<unknown>): RiskSheet {
  const sheet = {} as RiskSheet
  for (const field of RISK_FIELDS) {
    const value = map.get(riskKey(field))
    sheet[field] = typeof value === 'string' ? wellFormed(value) : ''
  }
  return sheet
}

/** Reads one stored note, repairing whatever a peer may have written badly. */
export function readNote(id: string, map: Y.Map<unknown>): Note {
  const stored = storedNoteSchema.parse({
    category: map.get(NoteKey.category),
    colour: map.get(NoteKey.colour),
    x: map.get(NoteKey.x),
    y: map.get(NoteKey.y),
    w: map.get(NoteKey.w),
    h: map.get(NoteKey.h),
    author: map.get(NoteKey.author),
    createdAt: map.get(NoteKey.createdAt),
    hidden: map.get(NoteKey.hidden),
    priority: map.get(NoteKey.priority),
    origin: map.get(NoteKey.origin),
    validation: map.get(NoteKey.validation),
  })
  const note: Note = {
    id,
    text: readText(map.get(NoteKey.text)),
    category: stored.category,
    colour: stored.colour ?? CATEGORY_COLOURS[stored.category],
    x: stored.x,
    y: stored.y,
    w: stored.w,
    h: stored.h,
    createdAt: stored.createdAt,
    tags: readTags(map.get(NoteKey.tags)),
    hidden: stored.hidden,
  }
  if (stored.colour !== undefined) note.colourOverride = stored.colour
  if (stored.author !== undefined) note.author = { id: stored.author.id, name: stored.author.name }
  if (stored.priority !== undefined) note.priority = stored.priority
  if (stored.category === NoteCategory.risk) note.risk = readRisk(map)
  if (stored.origin !== undefined) note.origin = { ...stored.origin }
  if (stored.validation !== undefined) note.validation = { ...stored.validation }
  if (hasAction(map)) note.action = readAction(map)
  return note
}
