import { webcrypto } from 'node:crypto'
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose'
import { z } from 'zod'
import { Role } from '@atelier/model'
import { AtelierRelayError, RelayError } from '../errors.js'
import { ID_PATTERN } from './room.js'
import type { BoardKey } from '../storage/types.js'

export { Role }

/** The claims of an Atelier token (DESIGN.md, "Tokens"). */
export const ClaimsSchema = z.object({
  sub: z.string().min(1).max(128),
  name: z.string().max(200),
  role: z.enum([Role.facilitator, Role.rapporteur, Role.participant, Role.observer]),
  workshop: z.string().regex(ID_PATTERN),
  boards: z.array(z.string().regex(ID_PATTERN)).max(1000).optional(),
  exp: z.number().int().positive(),
})
export type Claims = z.infer<typeof ClaimsSchema>

/** The signing secret as bytes, or imported once with `importTokenKey` (twice as fast to verify). */
export type TokenKey = Uint8Array | webcrypto.CryptoKey

/** Imports the HS256 secret once, so that each verification does not import it again. */
export function importTokenKey(secret: Uint8Array): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])
}

export const Access = { write: 'write', read: 'read' } as const
export type Access = (typeof Access)[keyof typeof Access]

/**
 * Verifies a token (HS256, signed with the relay's secret, not expired) and returns its claims.
 * Throws UNAUTHORIZED or TOKEN_EXPIRED; the message never contains the token.
 */
export async function verifyToken(token: string, secret: TokenKey): Promise<Claims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })
    const claims = ClaimsSchema.safeParse(payload)
    if (!claims.success) {
      throw new AtelierRelayError(RelayError.UNAUTHORIZED, 'token claims are invalid')
    }
    return claims.data
  } catch (error) {
    if (error instanceof AtelierRelayError) throw error
    if (error instanceof joseErrors.JWTExpired) {
      throw new AtelierRelayError(RelayError.TOKEN_EXPIRED, 'token has expired')
    }
    throw new AtelierRelayError(RelayError.UNAUTHORIZED, 'token is invalid')
  }
}

/**
 * What a token's holder may do on a board: nothing (throws FORBIDDEN) for another workshop,
 * read for an observer or a board outside its `boards` list, write otherwise.
 */
export function accessTo(claims: Claims, key: BoardKey): Access {
  if (claims.workshop !== key.workshop) {
    throw new AtelierRelayError(RelayError.FORBIDDEN, 'token is for another workshop')
  }
  if (claims.role === Role.observer) return Access.read
  if (claims.boards && !claims.boards.includes(key.board)) return Access.read
  return Access.write
}

/**
 * Mints a token, for the demo consultation, the tests and an organisation's own tooling.
 *
 * @example await mintToken(secret, { sub: 'p-12', name: 'Amina', role: 'participant', workshop: 'tanger-2026' }, '8h')
 */
export async function mintToken(
  secret: TokenKey,
  claims: Omit<Claims, 'exp'>,
  expiresIn: string | number = '12h',
): Promise<string> {
  const { sub, ...rest } = ClaimsSchema.omit({ exp: true }).parse(claims)
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret)
}
