import { ApiRefusal } from '../errors.js'

/** Why a vote, a retraction or a results request is refused, with its HTTP status. */
export const VotingRefusalKind = {
  VOTING_CLOSED: { code: 'ATELIER_ERR_VOTING_CLOSED', status: 409 },
  VOTING_OPEN: { code: 'ATELIER_ERR_VOTING_OPEN', status: 409 },
  VOTES_SPENT: { code: 'ATELIER_ERR_VOTES_SPENT', status: 409 },
  ALREADY_VOTED: { code: 'ATELIER_ERR_ALREADY_VOTED', status: 409 },
  NOTE_NOT_FOUND: { code: 'ATELIER_ERR_NOTE_NOT_FOUND', status: 404 },
  /** The facilitator locked the board: as `RelayError.BOARD_LOCKED`, 423 Locked. */
  BOARD_LOCKED: { code: 'ATELIER_ERR_BOARD_LOCKED', status: 423 },
} as const
export type VotingRefusalKind = (typeof VotingRefusalKind)[keyof typeof VotingRefusalKind]

/** A refusal the ballot routes answer with its code and status; nothing was stored. */
export class VotingRefusal extends ApiRefusal<VotingRefusalKind> {}
