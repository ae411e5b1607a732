import { ModelErrorCode, isModelError } from '@atelier/model'
import type { RoadmapText } from './strings.js'

/** A dependency the person tried to add: `note` would depend on `dependsOn`. */
export type DependencyAttempt = { note: string; dependsOn: string }

/**
 * What the sheet says when the model refused a change. A dependency that would close a loop is
 * explained in the reader's language with the two actions' names from `names` (the model's own
 * message is English, for logs); any other refusal gives the model's message, its note ids
 * replaced by the actions' names.
 */
export function refusalText(
  error: unknown,
  t: RoadmapText,
  names: ReadonlyMap<string, string> = new Map(),
  attempt?: DependencyAttempt,
): string {
  if (attempt && isModelError(error, ModelErrorCode.DEPENDENCY_CYCLE)) {
    if (attempt.note === attempt.dependsOn) return t('deps.self')
    const name = (id: string) => names.get(id) ?? t('deps.untitled')
    return t('deps.cycle', { action: name(attempt.note), dependsOn: name(attempt.dependsOn) })
  }
  let message = error instanceof Error ? error.message : String(error)
  for (const [id, name] of names) message = message.split(id).join(`“${name}”`)
  return t('refused', { message })
}
