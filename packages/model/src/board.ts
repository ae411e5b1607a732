import type * as Y from 'yjs'
import { z } from 'zod/mini'
import { parseInput } from './errors.js'
import {
  BoardKind,
  Limits,
  Locale,
  SCHEMA_VERSION,
  boardKindSchema,
  localeSchema,
  metaMap,
  textSchema,
} from './schema.js'

/** What every board says about itself. */
export type BoardMeta = {
  schemaVersion: number
  kind: BoardKind
  title: string
  locale: Locale
}

/** Keys of the `meta` map. */
export const MetaKey = {
  schemaVersion: 'schemaVersion',
  kind: 'kind',
  title: 'title',
  locale: 'locale',
} as const

const titleSchema = textSchema(Limits.titleLength).check(z.trim())

export const boardInputSchema = z.strictObject({
  kind: boardKindSchema,
  title: z._default(titleSchema, ''),
  locale: z._default(localeSchema, Locale.fr),
})
export type BoardInput = z.input<typeof boardInputSchema>

export const boardPatchSchema = z.strictObject({
  kind: z.optional(boardKindSchema),
  title: z.optional(titleSchema),
  locale: z.optional(localeSchema),
})
export type BoardPatch = z.input<typeof boardPatchSchema>

const storedMetaSchema = z.object({
  schemaVersion: z.catch(z.number().check(z.int(), z.positive()), SCHEMA_VERSION),
  kind: z.catch(boardKindSchema, BoardKind.subgroup),
  title: z.catch(textSchema(Limits.titleLength), ''),
  locale: z.catch(localeSchema, Locale.fr),
})

/**
 * Gives a new board its kind, title and locale and stamps the schema version. Call once when
 * the board is created; calling it on two peers at once is harmless (the fields merge).
 */
export function initBoard(doc: Y.Doc, input: BoardInput, origin?: unknown): void {
  const meta = parseInput(boardInputSchema, input, 'board')
  const map = metaMap(doc)
  doc.transact(() => {
    map.set(MetaKey.schemaVersion, SCHEMA_VERSION)
    map.set(MetaKey.kind, meta.kind)
    map.set(MetaKey.title, meta.title)
    map.set(MetaKey.locale, meta.locale)
  }, origin)
}

/** Changes the board's kind, title or locale. */
export function updateBoardMeta(doc: Y.Doc, patch: BoardPatch, origin?: unknown): void {
  const change = parseInput(boardPatchSchema, patch, 'board patch')
  const map = metaMap(doc)
  doc.transact(() => {
    if (change.kind !== undefined) map.set(MetaKey.kind, change.kind)
    if (change.title !== undefined) map.set(MetaKey.title, change.title)
    if (change.locale !== undefined) map.set(MetaKey.locale, change.locale)
  }, origin)
}

/** Whether the board has been given its meta (see {@link initBoard}). */
export function isBoardInitialised(doc: Y.Doc): boolean {
  return metaMap(doc).has(MetaKey.kind)
}

/** The board's meta, repaired: a missing or bad field reads as its default. */
export function getBoardMeta(doc: Y.Doc): BoardMeta {
  const map = metaMap(doc)
  return storedMetaSchema.parse({
    schemaVersion: map.get(MetaKey.schemaVersion),
    kind: map.get(MetaKey.kind),
    title: map.get(MetaKey.title),
    locale: map.get(MetaKey.locale),
  })
}
