/**
 * The toolkit for a browser page, a piece at a time: each session's template and the code of
 * conduct are imported on their own, so a bundler gives each its own chunk and a phone fetches
 * only the session its board follows, not the three sessions' texts in three languages (about
 * 45 KB gzip) that `@atelier/toolkit` as a whole carries.
 */
import type { CodeOfConduct } from './conduct.js'
import type { SessionTemplate } from './session-schema.js'

/**
 * The session template with this id, or undefined when there is none; the same object
 * `getSessionTemplate` gives.
 */
export function loadSessionTemplate(id: string): Promise<SessionTemplate | undefined> {
  switch (id) {
    case 'governance':
      return import('./sessions/governance.js').then((module) => module.governance)
    case 'operational-response':
      return import('./sessions/operational-response.js').then(
        (module) => module.operationalResponse,
      )
    case 'inclusion-resilience':
      return import('./sessions/inclusion-resilience.js').then(
        (module) => module.inclusionResilience,
      )
    default:
      return Promise.resolve(undefined)
  }
}

/** The code of conduct every participant accepts (`codeOfConduct`). */
export function loadCodeOfConduct(): Promise<CodeOfConduct> {
  return import('./conduct.js').then((module) => module.codeOfConduct)
}
