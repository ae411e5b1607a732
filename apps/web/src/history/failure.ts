import { HistoryFailure, VERSION_NAME_MAX } from './api.js'
import type { HistoryError } from './api.js'
import type { HistoryText } from './strings.js'

/** What the panel says when a call failed; anything that is not a `HistoryError` is unexpected. */
export function failureText(error: HistoryError | undefined, t: HistoryText): string {
  switch (error?.failure) {
    case HistoryFailure.network:
      return t('error.network')
    case HistoryFailure.unauthorized:
      return t('error.unauthorized')
    case HistoryFailure.expired:
      return t('error.expired')
    case HistoryFailure.forbidden:
      return t('error.forbidden')
    case HistoryFailure.notFound:
      return t('error.notFound')
    case HistoryFailure.deleted:
      return t('error.deleted')
    case HistoryFailure.badName:
      return t('error.badName', { count: VERSION_NAME_MAX })
    case HistoryFailure.server:
      return t('error.server', { status: error.status })
    default:
      return t('error.unexpected', { status: error?.status ?? 0 })
  }
}

/** Whether trying the same call again may work (the link and the version are not the problem). */
export function mayRetry(error: HistoryError | undefined): boolean {
  return (
    !error ||
    error.failure === HistoryFailure.network ||
    error.failure === HistoryFailure.server ||
    error.failure === HistoryFailure.unexpected
  )
}
