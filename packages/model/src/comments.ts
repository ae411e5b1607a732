import type * as Y from 'yjs'
import { z } from 'zod/mini'
import type { BoardProblem } from './audit.js'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { newId } from './ids.js'
import { findRecommendation } from './recommendations.js'
import { authorSchema, byCreation, idSchema, textSchema } from './schema.js'
import type { Author } from './schema.js'

/**
 * The top-level map that holds comment threads on recommendations. It sits beside the
 * recommendations fragment, not in it: participants may comment, but only rapporteurs and the
 * facilitator may change the fragment, and the relay can tell the two apart by shared type.
 */
export const COMMENTS_FIELD = 'comments'

/** A plain remark, or a suggested change to the recommendation's wording. */
export const CommentKind = { comment: 'comment', suggestion: 'suggestion' } as const
export type CommentKind = (typeof CommentKind)[keyof typeof CommentKind]

export const COMMENT_LENGTH = 2000

/** One comment on a recommendation. */
export type Comment = {
  id: string
  recommendationId: string
  author: Author
  text: string
  kind: CommentKind
  createdAt: number
  resolved: boolean
}

/** What `addComment` accepts besides the recommendation, the author and the text. */
export const commentOptionsSchema = z.strictObject({
  id: z.optional(idSchema),
  kind: z._default(z.enum(CommentKind), CommentKind.comment),
  createdAt: z.optional(z.number().check(z.nonnegative())),
})
export type CommentOptions = z.input<typeof commentOptionsSchema>

const commentTextSchema = textSchema(COMMENT_LENGTH).check(z.trim(), z.minLength(1))

// Stored comments are plain values, one per key: two people commenting on the same
// recommendation at once each add their own key, so neither comment can be lost.
const storedCommentSchema = z.strictObject({
  id: idSchema,
  recommendationId: idSchema,
  author: authorSchema,
  text: textSchema(COMMENT_LENGTH),
  kind: z.enum(CommentKind),
  createdAt: z.number().check(z.nonnegative()),
  resolved: z.boolean(),
})

function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(COMMENTS_FIELD)
}

function readComment(key: string, value: unknown): Comment | undefined {
  const parsed = storedCommentSchema.safeParse(value)
  // A key that does not match its value would let one comment overwrite another's thread.
  return parsed.success && parsed.data.id === key ? parsed.data : undefined
}

/**
 * Adds a comment (or a suggestion) to a recommendation's thread and returns its id. Anyone
 * who may write on the board may comment; observers may not (the relay drops their updates).
 * Throws INVALID_INPUT for empty text or a recommendation that is not on the board.
 *
 * @example addComment(doc, 'r1-1', { id: 'p-7', name: 'Youssef' }, 'Préciser le calendrier ?')
 */
export function addComment(
  doc: Y.Doc,
  recommendationId: string,
  author: Author,
  text: string,
  options: CommentOptions = {},
  origin?: unknown,
): string {
  const recId = parseInput(idSchema, recommendationId, 'recommendation id')
  const who = parseInput(authorSchema, author, 'comment author')
  const body = parseInput(commentTextSchema, text, 'comment text')
  const extra = parseInput(commentOptionsSchema, options, 'comment options')
  if (!findRecommendation(doc, recId)) {
    throw new AtelierModelError(
      ModelErrorCode.INVALID_INPUT,
      `No recommendation ${recId} on this board`,
    )
  }
  const comments = commentsMap(doc)
  if (extra.id !== undefined && comments.has(extra.id)) {
    throw new AtelierModelError(ModelErrorCode.ID_TAKEN, `A comment ${extra.id} already exists`)
  }
  const id = extra.id ?? newId(doc, 'c', (candidate) => comments.has(candidate))
  const comment: Comment = {
    id,
    recommendationId: recId,
    author: { id: who.id, name: who.name },
    text: body,
    kind: extra.kind,
    createdAt: extra.createdAt ?? Date.now(),
    resolved: false,
  }
  doc.transact(() => comments.set(id, comment), origin)
  return id
}

/**
 * Marks a comment resolved (or open again). Returns false, changing nothing, when there is no
 * such comment or it is already in that state.
 */
export function resolveComment(
  doc: Y.Doc,
  commentId: string,
  resolved = true,
  origin?: unknown,
): boolean {
  const id = parseInput(idSchema, commentId, 'comment id')
  const comments = commentsMap(doc)
  const current = readComment(id, comments.get(id))
  if (!current || current.resolved === resolved) return false
  doc.transact(() => comments.set(id, { ...current, resolved }), origin)
  return true
}

/**
 * The comments of one recommendation, or of every recommendation, oldest first. Comments stay
 * when their recommendation is deleted, so restoring the block brings its thread back.
 */
export function listComments(doc: Y.Doc, recommendationId?: string): Comment[] {
  const comments: Comment[] = []
  commentsMap(doc).forEach((value, key) => {
    const comment = readComment(key, value)
    if (!comment) return
    if (recommendationId === undefined || comment.recommendationId === recommendationId) {
      comments.push(comment)
    }
  })
  return comments.sort(byCreation)
}

/** Calls `listener` after every transaction that changed a comment. Returns a function that stops. */
export function observeComments(doc: Y.Doc, listener: () => void): () => void {
  const map = commentsMap(doc)
  const handler = () => listener()
  map.observe(handler)
  return () => map.unobserve(handler)
}

/** What in the comments map this package would not have written (for `boardProblems`). */
export function commentProblems(doc: Y.Doc): BoardProblem[] {
  const problems: BoardProblem[] = []
  commentsMap(doc).forEach((value, key) => {
    if (!readComment(key, value)) {
      problems.push({ path: `${COMMENTS_FIELD}/${key}`, problem: 'malformed comment' })
    }
  })
  return problems
}
