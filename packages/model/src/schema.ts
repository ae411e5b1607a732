import * as Y from 'yjs'
import { z } from 'zod/mini'

/**
 * The version of the board document's shape. Raise it, and add a migration in `migrations.ts`,
 * whenever a stored field changes meaning or place (see MIGRATIONS.md).
 */
export const SCHEMA_VERSION = 1

/** Names of the document's top-level shared types. Only this package uses them. */
export const DocKey = {
  meta: 'meta',
  notes: 'notes',
  frames: 'frames',
  votes: 'votes',
  recommendations: 'recommendations',
} as const

export const BoardKind = {
  subgroup: 'subgroup',
  plenary: 'plenary',
  synthesis: 'synthesis',
  roadmap: 'roadmap',
} as const
export type BoardKind = (typeof BoardKind)[keyof typeof BoardKind]
export const boardKindSchema = z.enum(BoardKind)

export const Locale = { fr: 'fr', ar: 'ar', en: 'en' } as const
export type Locale = (typeof Locale)[keyof typeof Locale]
export const localeSchema = z.enum(Locale)

export const NoteCategory = {
  finding: 'finding',
  need: 'need',
  action: 'action',
  actor: 'actor',
  recommendation: 'recommendation',
  risk: 'risk',
} as const
export type NoteCategory = (typeof NoteCategory)[keyof typeof NoteCategory]
export const noteCategorySchema = z.enum(NoteCategory)

export const Priority = { high: 'high', medium: 'medium', low: 'low' } as const
export type Priority = (typeof Priority)[keyof typeof Priority]
export const prioritySchema = z.enum(Priority)

/** The fields of a digital-risk analysis sheet ("fiche d'analyse des risques numériques"). */
export const RISK_FIELDS = [
  'description',
  'groupsAffected',
  'channels',
  'drivers',
  'existingCapacities',
  'gaps',
] as const
export type RiskField = (typeof RISK_FIELDS)[number]
export type RiskSheet = Record<RiskField, string>

/**
 * The text fields of a roadmap action: who answers for it, how the actors coordinate, the
 * implementation risks and their mitigation, what keeps it alive, how young people and
 * migrants take part. Its partners are a list (see {@link ActionSheet}).
 */
export const ACTION_FIELDS = [
  'responsible',
  'coordination',
  'risks',
  'mitigation',
  'sustainability',
  'inclusion',
] as const
export type ActionField = (typeof ACTION_FIELDS)[number]
/** A roadmap action's sheet: its text fields and its partners. */
export type ActionSheet = Record<ActionField, string> & { partners: string[] }

/** Limits on what one input may carry; they keep a single peer from bloating a board. */
export const Limits = {
  idLength: 64,
  personIdLength: 128,
  nameLength: 120,
  titleLength: 200,
  noteTextLength: 4000,
  riskFieldLength: 4000,
  actionFieldLength: 4000,
  partnerLength: 120,
  partners: 20,
  dependencies: 50,
  tagLength: 40,
  tags: 20,
  coordinate: 1_000_000,
  minSize: 20,
  maxSize: 10_000,
  batch: 5000,
} as const

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Replaces halves of broken characters (lone UTF-16 surrogates) with U+FFFD. Yjs sends text as
 * UTF-8, which cannot carry them: a peer storing one would read its text differently from
 * everyone else. Browsers rarely produce them; careless slicing of an emoji does.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

/** A string of at most `max` UTF-16 units, made well formed (see {@link wellFormed}). */
export function textSchema(max: number) {
  return z.string().check(z.overwrite(wellFormed), z.maxLength(max))
}

/** Ids of notes and frames: the same alphabet as workshop and board ids. */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids match [a-z0-9][a-z0-9-]{0,63}'))

/** Pseudonymous ids of people (a token's `sub`), which come from elsewhere and are freer. */
export const personIdSchema = textSchema(Limits.personIdLength).check(
  z.minLength(1),
  // eslint-disable-next-line no-control-regex
  z.regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters'),
)

export const coordinateSchema = z
  .number()
  .check(z.gte(-Limits.coordinate), z.lte(Limits.coordinate))
export const lengthSchema = z.number().check(z.gte(Limits.minSize), z.lte(Limits.maxSize))
export const pointSchema = z.strictObject({ x: coordinateSchema, y: coordinateSchema })
export const sizeSchema = z.strictObject({ w: lengthSchema, h: lengthSchema })
export type Point = { x: number; y: number }
export type Size = { w: number; h: number }
export type Rect = Point & Size

export const authorSchema = z.strictObject({
  id: personIdSchema,
  name: textSchema(Limits.nameLength).check(z.trim(), z.minLength(1)),
})
export type Author = z.infer<typeof authorSchema>

export const colourSchema = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'colours are #rrggbb'))
export const tagSchema = textSchema(Limits.tagLength).check(z.trim(), z.minLength(1))
export const tagsSchema = z.array(tagSchema).check(z.maxLength(Limits.tags))

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DocKey.meta)
}
export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DocKey.notes)
}
export function framesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DocKey.frames)
}
export function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DocKey.votes)
}
export function recommendationsFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DocKey.recommendations)
}

/** Reads a record (a nested Y.Map) out of a top-level map, or undefined if a peer stored junk. */
export function recordIn(map: Y.Map<unknown>, id: string): Y.Map<unknown> | undefined {
  const value = map.get(id)
  return value instanceof Y.Map ? value : undefined
}

/** Orders records the same way on every peer: by creation time, then id. */
export function byCreation(a: { createdAt: number; id: string }, b: typeof a): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
