import { ApiRefusal } from '../errors.js'

/** Why a request on the participant registry is refused, with its HTTP status. */
export const ParticipantRefusalKind = {
  BAD_REQUEST: { code: 'ATELIER_ERR_BAD_REQUEST', status: 400 },
  NOT_FOUND: { code: 'ATELIER_ERR_NOT_FOUND', status: 404 },
  /** The workshop has no consultation yet: there is no session to put anyone in. */
  NO_CONSULTATION: { code: 'ATELIER_ERR_NO_CONSULTATION', status: 409 },
  IMPORT_EXPIRED: { code: 'ATELIER_ERR_IMPORT_EXPIRED', status: 404 },
  UNSUPPORTED_FILE: { code: 'ATELIER_ERR_UNSUPPORTED_FILE', status: 415 },
} as const
export type ParticipantRefusalKind =
  (typeof ParticipantRefusalKind)[keyof typeof ParticipantRefusalKind]

/** A refusal the participant routes answer with its code and status; nothing was changed. */
export class ParticipantRefusal extends ApiRefusal<ParticipantRefusalKind> {}
