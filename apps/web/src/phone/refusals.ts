import { ModelErrorCode, isModelError } from '@atelier/model'
import type { PhoneText } from './strings.js'

/**
 * What to tell a person when the board refused their change: most refusals on a phone come
 * from someone else acting first (deleting the note, a moderator hiding it).
 */
export function refusalText(error: unknown, t: PhoneText): string {
  if (isModelError(error, ModelErrorCode.NOTE_NOT_FOUND)) return t('error.notFound')
  if (isModelError(error, ModelErrorCode.VOTE_BUDGET_EXCEEDED)) return t('error.budget')
  if (isModelError(error, ModelErrorCode.NOTE_HIDDEN)) return t('error.hidden')
  const message = error instanceof Error ? error.message : String(error)
  return t('error.generic', { message })
}
