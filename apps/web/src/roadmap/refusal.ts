import { ModelErrorCode, isModelError } from '@atelier/model'
import type { RoadmapText } from './strings.js'

/**
 * What the sheet says when the model refused a change: a dependency that would close a loop
 * is named as such, with the model's own explanation; any other refusal gives its message.
 * The note ids in the model's message are replaced by the actions' names from `names`.
 */
export function refusalText(
  error: unknown,
  t: RoadmapText,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  let message = error instanceof Error ? error.message : String(error)
  for (const [id, name] of names) message = message.split(id).join(`“${name}”`)
  if (isModelError(error, ModelErrorCode.DEPENDENCY_CYCLE)) return t('deps.cycle', { message })
  return t('refused', { message })
}
