import { ApiRefusal } from '../errors.js'

/** Why a join code or an invitation request is refused, with its HTTP status. */
export const JoinRefusalKind = {
  BAD_REQUEST: { code: 'ATELIER_ERR_BAD_REQUEST', status: 400 },
  /** No such code (or not a code at all). */
  CODE_UNKNOWN: { code: 'ATELIER_ERR_CODE_UNKNOWN', status: 404 },
  /** The code's date has passed (the consultation's retention date, or the one it was given). */
  CODE_EXPIRED: { code: 'ATELIER_ERR_CODE_EXPIRED', status: 410 },
  /** The facilitator revoked the code, or its participant was deleted from the list. */
  CODE_REVOKED: { code: 'ATELIER_ERR_CODE_REVOKED', status: 410 },
  /** A room code is for joining only: there is no invitation behind it to answer. */
  NOT_AN_INVITATION: { code: 'ATELIER_ERR_NOT_AN_INVITATION', status: 404 },
  /** A room code is exchanged only with a display name. */
  NAME_REQUIRED: { code: 'ATELIER_ERR_NAME_REQUIRED', status: 400 },
  /** An invitee who has come already cannot answer the invitation any more. */
  ALREADY_ATTENDED: { code: 'ATELIER_ERR_ALREADY_ATTENDED', status: 409 },
  NOT_FOUND: { code: 'ATELIER_ERR_NOT_FOUND', status: 404 },
  NO_CONSULTATION: { code: 'ATELIER_ERR_NO_CONSULTATION', status: 409 },
  /** Too many unknown codes tried from this address: brute force is kept out of reach. */
  RATE_LIMITED: { code: 'ATELIER_ERR_RATE_LIMITED', status: 429 },
} as const
export type JoinRefusalKind = (typeof JoinRefusalKind)[keyof typeof JoinRefusalKind]

/** A refusal the join routes answer with its code and status; nothing was changed. */
export class JoinRefusal extends ApiRefusal<JoinRefusalKind> {}
