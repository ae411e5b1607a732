import * as Y from 'yjs'
import { z } from 'zod'
import {
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
import type { Author, Priority, RiskSheet } from './schema.js'
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

// Each field repairs itself on its own: one bad value from a peer costs that value, not the note.
const storedNoteSchema = z.object({
  category: noteCategorySchema.catch(NoteCategory.finding),
  colour: colourSchema.optional().catch(undefined),
  x: coordinateSchema.catch(0),
  y: coordinateSchema.catch(0),
  w: lengthSchema.catch(NOTE_SIZE.w),
  h: lengthSchema.catch(NOTE_SIZE.h),
  author: z
    .object({ id: personIdSchema, name: textSchema(Limits.nameLength) })
    .optional()
    .catch(undefined),
  createdAt: z.number().finite().catch(0),
  hidden: z.boolean().catch(false),
  priority: prioritySchema.optional().catch(undefined),
  origin: noteOriginSchema.optional().catch(undefined),
  validation: storedValidationSchema.optional().catch(undefined),
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
  return note
}
