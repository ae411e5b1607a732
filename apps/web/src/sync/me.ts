import type { Me } from './types.js'

/**
 * Colours for people's cursors, carets and avatars: distinct from each other and from note
 * colours, and dark enough for an avatar's white initials (4.5:1, WCAG AA).
 */
export const PERSON_COLOURS = [
  '#c92a2a',
  '#1971c2',
  '#237032',
  '#9c36b5',
  '#c2410c',
  '#0b7285',
  '#c2255c',
  '#5f3dc4',
  '#087f5b',
  '#a61e4d',
  '#1864ab',
  '#862e9c',
] as const

/** The colour of a person, the same on every screen for the same id. */
export function colourFor(id: string): string {
  // FNV-1a: cheap, and spreads similar ids (p-1, p-2) over different colours.
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return PERSON_COLOURS[(hash >>> 0) % PERSON_COLOURS.length] ?? PERSON_COLOURS[0]
}

const ROLES = ['facilitator', 'rapporteur', 'participant', 'observer'] as const

/** The claims of an Atelier token that the interface reads. */
export type TokenClaims = {
  sub: string
  name: string
  role: Me['role']
  workshop: string
  boards?: string[]
  /** Seconds since 1970. */
  exp?: number
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

/**
 * Reads the claims of a token without checking its signature: the relay checks it on every
 * connection, the interface only needs to know whom to show. Undefined when it is not a token.
 */
export function readClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  let claims: unknown
  try {
    claims = JSON.parse(base64UrlDecode(payload))
  } catch {
    return undefined
  }
  if (typeof claims !== 'object' || claims === null) return undefined
  const { sub, name, role, workshop, boards, exp } = claims as Record<string, unknown>
  if (typeof sub !== 'string' || typeof name !== 'string' || typeof workshop !== 'string') {
    return undefined
  }
  if (!ROLES.includes(role as Me['role'])) return undefined
  const result: TokenClaims = { sub, name, role: role as Me['role'], workshop }
  if (Array.isArray(boards)) result.boards = boards.filter((id) => typeof id === 'string')
  if (typeof exp === 'number') result.exp = exp
  return result
}

/**
 * The person this screen belongs to on one board: who the token says they are, and whether
 * they may write there (observers never; others on the boards their token lists, or on all).
 */
export function meFrom(claims: TokenClaims, board: string): Me {
  const mayWriteBoard = claims.boards === undefined || claims.boards.includes(board)
  return {
    id: claims.sub,
    name: claims.name,
    role: claims.role,
    colour: colourFor(claims.sub),
    canWrite: claims.role !== 'observer' && mayWriteBoard,
  }
}
