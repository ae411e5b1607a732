import { z } from 'zod'
import { WritingMode } from '@atelier/model'
import type { Control, ControlPatch } from '@atelier/model'

/**
 * The session control actions of private writing: set the writing mode, and reveal every note
 * held in private mode (the route publishes them; the controls themselves do not change).
 */
export const writingActionSchemas = [
  z.strictObject({ action: z.literal('writing'), mode: z.enum(WritingMode) }),
  z.strictObject({ action: z.literal('reveal') }),
] as const

type WritingAction = z.infer<(typeof writingActionSchemas)[number]>

/** Why a writing action cannot apply; the control route answers with this status. */
export type WritingRefusal = { readonly refused: 409; readonly message: string }

/** The control change a writing action makes, or why it cannot. */
export function writingPatch(
  action: WritingAction,
  current: Control,
): ControlPatch | WritingRefusal {
  if (action.action === 'writing') return { writing: { mode: action.mode } }
  if (current.writing !== WritingMode.private) {
    return { refused: 409, message: 'only notes written in private mode are revealed' }
  }
  return {}
}

export function isWritingRefusal(value: ControlPatch | WritingRefusal): value is WritingRefusal {
  return 'refused' in value
}

/**
 * Whether an action publishes the session's held notes: the reveal, and leaving private mode for
 * open mode (notes written privately then appear; nothing stays hidden in open mode). Leaving
 * moderated mode publishes nothing: what the facilitator has not released stays in the queue.
 */
export function publishesDrafts(action: { action: string; mode?: string }, current: Control) {
  if (action.action === 'reveal') return true
  return (
    action.action === 'writing' &&
    action.mode === WritingMode.open &&
    current.writing === WritingMode.private
  )
}
