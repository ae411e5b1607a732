/**
 * Every refusal the relay gives has a code, an HTTP status (before the WebSocket handshake) and a
 * WebSocket close code (after it), as Fastify's `createError('FST_ERR_NOT_FOUND', ...)` does.
 */
export const RelayError = {
  UNAUTHORIZED: { code: 'ATELIER_ERR_UNAUTHORIZED', status: 401, close: 4401 },
  TOKEN_EXPIRED: { code: 'ATELIER_ERR_TOKEN_EXPIRED', status: 401, close: 4401 },
  FORBIDDEN: { code: 'ATELIER_ERR_FORBIDDEN', status: 403, close: 4403 },
  BAD_ROOM: { code: 'ATELIER_ERR_BAD_ROOM', status: 400, close: 4400 },
  BOARD_DELETED: { code: 'ATELIER_ERR_BOARD_DELETED', status: 410, close: 4410 },
  TOO_MANY_CONNECTIONS: { code: 'ATELIER_ERR_TOO_MANY_CONNECTIONS', status: 429, close: 4429 },
  TOO_MANY_ROOMS: { code: 'ATELIER_ERR_TOO_MANY_ROOMS', status: 503, close: 1013 },
  RATE_LIMITED: { code: 'ATELIER_ERR_RATE_LIMITED', status: 429, close: 1008 },
  MALFORMED_MESSAGE: { code: 'ATELIER_ERR_MALFORMED_MESSAGE', status: 400, close: 1007 },
  UNKNOWN_MESSAGE: { code: 'ATELIER_ERR_UNKNOWN_MESSAGE', status: 400, close: 1003 },
  INVALID_UPDATE: { code: 'ATELIER_ERR_INVALID_UPDATE', status: 400, close: 1007 },
  OUT_OF_SCOPE: { code: 'ATELIER_ERR_OUT_OF_SCOPE', status: 403, close: 4403 },
  /** A non-facilitator's change to a board the facilitator locked (423 Locked). */
  BOARD_LOCKED: { code: 'ATELIER_ERR_BOARD_LOCKED', status: 423, close: 4423 },
  INVALID_AWARENESS: { code: 'ATELIER_ERR_INVALID_AWARENESS', status: 400, close: 1007 },
  SLOW_CONSUMER: { code: 'ATELIER_ERR_SLOW_CONSUMER', status: 503, close: 1013 },
  STORAGE: { code: 'ATELIER_ERR_STORAGE', status: 503, close: 1011 },
  SHUTTING_DOWN: { code: 'ATELIER_ERR_SHUTTING_DOWN', status: 503, close: 1001 },
} as const

export type RelayErrorKind = (typeof RelayError)[keyof typeof RelayError]
export type RelayErrorCode = RelayErrorKind['code']

/** An error the relay can explain to a client: its kind carries the code and both statuses. */
export class AtelierRelayError extends Error {
  readonly code: RelayErrorCode
  readonly statusCode: number
  readonly closeCode: number

  constructor(kind: RelayErrorKind, message: string) {
    super(message)
    this.name = 'AtelierRelayError'
    this.code = kind.code
    this.statusCode = kind.status
    this.closeCode = kind.close
  }
}

/** What an API refusal answers: its stable code and its HTTP status. */
export type RefusalKind = { readonly code: string; readonly status: number }

/**
 * A refusal an API route answers with its code and status, having changed nothing. Each area
 * (voting, joining, the participant registry) names its own kinds and subclass.
 */
export class ApiRefusal<Kind extends RefusalKind = RefusalKind> extends Error {
  readonly code: Kind['code']
  readonly statusCode: number

  constructor(kind: Kind, message: string) {
    super(message)
    this.name = new.target.name
    this.code = kind.code
    this.statusCode = kind.status
  }
}
