import { z } from 'zod/mini'
import { Limits, Priority, idSchema, prioritySchema, textSchema } from './schema.js'

/**
 * The node names of the recommendations fragment: the ProseMirror schema of the editor
 * (`apps/web/src/editor`) and this package's readers and writers use these same names, so a
 * block written here opens in the editor and a block typed there reads here.
 *
 * A document is a list of `recommendation` blocks and free `heading`, `paragraph` and list
 * blocks. A `recommendation` holds one `recommendationTitle`, then paragraphs and lists.
 * Text carries only `bold` and `italic`: everything the report can export, nothing else.
 */
export const FragmentNode = {
  recommendation: 'recommendation',
  title: 'recommendationTitle',
  heading: 'heading',
  paragraph: 'paragraph',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  hardBreak: 'hardBreak',
} as const
export type FragmentNode = (typeof FragmentNode)[keyof typeof FragmentNode]

/** The only text formatting the fragment carries. */
export const FragmentMark = { bold: 'bold', italic: 'italic' } as const
export type FragmentMark = (typeof FragmentMark)[keyof typeof FragmentMark]

/** The attributes of a `recommendation` element (y-prosemirror stores node attrs as-is). */
export const RecommendationAttr = {
  id: 'id',
  priority: 'priority',
  actors: 'actors',
  noteIds: 'noteIds',
} as const

/** A new recommendation's priority until a rapporteur sets one. */
export const DEFAULT_PRIORITY: Priority = Priority.medium

/** Limits on one recommendation, so a single peer cannot bloat a board. */
export const RecommendationLimits = {
  textLength: 20_000,
  actors: 20,
  actorLength: 120,
  noteIds: 200,
} as const

/** One responsible actor, as typed in the editor's actors field ("Ministère", "ONG locales"). */
export const actorSchema = textSchema(RecommendationLimits.actorLength).check(
  z.trim(),
  z.minLength(1),
)

/** What `addRecommendation` accepts. `text` is plain; each line becomes a paragraph. */
export const recommendationInputSchema = z.strictObject({
  id: z.optional(idSchema),
  title: z._default(textSchema(Limits.titleLength), ''),
  text: z._default(textSchema(RecommendationLimits.textLength), ''),
  priority: z._default(prioritySchema, DEFAULT_PRIORITY),
  actors: z._default(z.array(actorSchema).check(z.maxLength(RecommendationLimits.actors)), []),
  noteIds: z._default(z.array(idSchema).check(z.maxLength(RecommendationLimits.noteIds)), []),
})
export type RecommendationInput = z.input<typeof recommendationInputSchema>

function uniqueStrings(max: number, item: z.ZodMiniType<string>) {
  return z.catch(
    z.pipe(
      z.unknown(),
      z.transform((value) => {
        if (!Array.isArray(value)) return []
        const kept = value.flatMap((entry) => {
          const parsed = item.safeParse(entry)
          return parsed.success ? [parsed.data] : []
        })
        return [...new Set(kept)].slice(0, max)
      }),
    ),
    [],
  )
}

/**
 * Reads a stored `recommendation` element's attributes, each repaired on its own: a peer's
 * bad priority costs the priority (it reads as medium), not the block.
 */
export const storedRecommendationAttrsSchema = z.object({
  id: z.catch(idSchema, ''),
  priority: z.catch(prioritySchema, DEFAULT_PRIORITY),
  actors: uniqueStrings(RecommendationLimits.actors, actorSchema),
  noteIds: uniqueStrings(RecommendationLimits.noteIds, idSchema),
})
