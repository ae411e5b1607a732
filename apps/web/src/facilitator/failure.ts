import { ConsoleFailure } from './api.js'
import type { ConsoleError } from './api.js'
import type { FacilitatorText } from './strings.js'

/** What the console says when a call failed; anything that is not a `ConsoleError` is unexpected. */
export function failureText(error: unknown, t: FacilitatorText): string {
  const known = isConsoleError(error) ? error : undefined
  const message = known?.detail ?? ''
  switch (known?.failure) {
    case ConsoleFailure.network:
      return t('error.network')
    case ConsoleFailure.unauthorized:
      return t('error.unauthorized')
    case ConsoleFailure.expired:
      return t('error.expired')
    case ConsoleFailure.forbidden:
      return t('error.forbidden')
    case ConsoleFailure.notFound:
      return t('error.notFound', { message })
    case ConsoleFailure.conflict:
      return t('error.conflict', { message })
    case ConsoleFailure.invalid:
      return t('error.invalid', { message })
    case ConsoleFailure.server:
      return t('error.server', { status: known.status })
    default:
      return t('error.unexpected', { status: known?.status ?? 0 })
  }
}

function isConsoleError(error: unknown): error is ConsoleError {
  return error instanceof Error && error.name === 'ConsoleError'
}
