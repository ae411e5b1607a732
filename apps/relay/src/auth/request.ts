import type { FastifyRequest } from 'fastify'
import { AtelierRelayError, RelayError } from '../errors.js'
import { verifyToken, type Claims, type Role, type TokenKey } from './tokens.js'

/**
 * The claims of an API request's `Authorization: Bearer <token>`, when its role is one of
 * `roles` and its workshop is `workshop`. Throws UNAUTHORIZED (no or bad token) or FORBIDDEN.
 */
export async function requireRole(
  request: FastifyRequest,
  secret: TokenKey,
  workshop: string,
  roles: readonly Role[],
): Promise<Claims> {
  const header = request.headers.authorization
  const match = header ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null
  if (!match?.[1])
    throw new AtelierRelayError(RelayError.UNAUTHORIZED, 'a Bearer token is required')
  const claims = await verifyToken(match[1], secret)
  if (claims.workshop !== workshop) {
    throw new AtelierRelayError(RelayError.FORBIDDEN, 'token is for another workshop')
  }
  if (!roles.includes(claims.role)) {
    throw new AtelierRelayError(RelayError.FORBIDDEN, `this needs the role ${roles.join(' or ')}`)
  }
  return claims
}
