import { z } from 'zod'
import { Limits, NoteCategory, WritingMode } from '@atelier/model'
import type { StoredDraft } from '../storage/types.js'

/** What a participant sends to write a held note (`POST …/boards/<b>/drafts`). */
export const draftInputSchema = z.strictObject({
  text: z.string().trim().min(1).max(Limits.noteTextLength),
  category: z.enum(NoteCategory),
  anonymous: z.boolean().default(false),
})
export type DraftInput = z.infer<typeof draftInputSchema>

/** How many drafts one person may have waiting on one board. */
export const MAX_PENDING_DRAFTS = 50

/** A draft as its author sees it in "my private notes". */
export type OwnDraft = Pick<StoredDraft, 'id' | 'text' | 'category' | 'anonymous' | 'status'> & {
  readonly createdAt: number
}

/** A draft in the facilitator's moderation queue: never its owner; a name only when signed. */
export type QueuedDraft = Pick<
  StoredDraft,
  'id' | 'board' | 'text' | 'category' | 'anonymous' | 'status' | 'createdAt'
> & { readonly author?: string }

export function ownView(draft: StoredDraft): OwnDraft {
  const { id, text, category, anonymous, status, createdAt } = draft
  return { id, text, category, anonymous, status, createdAt }
}

export function queueView(draft: StoredDraft): QueuedDraft {
  const { id, board, text, category, anonymous, status, createdAt } = draft
  return {
    id,
    board,
    text,
    category,
    anonymous,
    status,
    createdAt,
    ...(!anonymous && draft.authorName ? { author: draft.authorName } : {}),
  }
}

/** Whether the facilitator may read pending drafts' text: only when they moderate. */
export function queueShowsPending(mode: WritingMode): boolean {
  return mode === WritingMode.moderated
}
