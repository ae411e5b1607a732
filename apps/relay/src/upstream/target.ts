import { decodeJwt } from 'jose'
import { ClaimsSchema, Role } from '../auth/tokens.js'

/** Where the venue's relay replicates to: the organisation's Atelier, as one workshop's facilitator. */
export interface UpstreamTarget {
  /** `https://atelier.example.org`, without a trailing slash: the base of the upstream's API. */
  readonly httpUrl: string
  /** `wss://atelier.example.org/sync`, the y-websocket `serverUrl`. */
  readonly syncUrl: string
  readonly token: string
  /** The workshop the token is for, which the venue replicates. */
  readonly workshop: string
  /** When the token stops being accepted upstream (ms since the epoch). */
  readonly expiresAt: number
}

/**
 * Reads the upstream token's claims without verifying them (the venue does not hold the
 * upstream's secret; the upstream verifies them on every connection). Throws a readable error
 * when the token is not a facilitator's token of one workshop.
 */
export function upstreamClaims(token: string): { workshop: string; exp: number } {
  let payload: unknown
  try {
    payload = decodeJwt(token)
  } catch {
    throw new Error('UPSTREAM_TOKEN is not a JWT')
  }
  const claims = ClaimsSchema.safeParse(payload)
  if (!claims.success) throw new Error('UPSTREAM_TOKEN does not carry Atelier claims')
  if (claims.data.role !== Role.facilitator) {
    throw new Error(`UPSTREAM_TOKEN must be a facilitator's token, not a ${claims.data.role}'s`)
  }
  return { workshop: claims.data.workshop, exp: claims.data.exp }
}

/** The upstream of `UPSTREAM_URL` (http or https) and `UPSTREAM_TOKEN`. */
export function upstreamTarget(url: string, token: string): UpstreamTarget {
  const { workshop, exp } = upstreamClaims(token)
  const httpUrl = url.replace(/\/+$/, '')
  const syncUrl = `${httpUrl.replace(/^http/, 'ws')}/sync`
  return { httpUrl, syncUrl, token, workshop, expiresAt: exp * 1000 }
}
