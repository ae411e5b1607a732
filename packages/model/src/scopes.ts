import { COMMENTS_FIELD } from './comments.js'
import { DocKey } from './schema.js'

/** The roles of DESIGN.md, as the token's `role` claim names them. */
export const Role = {
  facilitator: 'facilitator',
  rapporteur: 'rapporteur',
  participant: 'participant',
  observer: 'observer',
} as const
export type Role = (typeof Role)[keyof typeof Role]

/** A role's write scope: every part of the board, some of its top-level types, or none. */
export type WriteScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'roots'; readonly roots: ReadonlySet<string> }
  | { readonly kind: 'none' }

const ALL: WriteScope = { kind: 'all' }
const NONE: WriteScope = { kind: 'none' }
const roots = (...names: string[]): WriteScope => ({ kind: 'roots', roots: new Set(names) })

/**
 * What each role may change in a board document, by top-level type. The facilitator changes
 * everything (frames, the board's meta, the controls); rapporteurs write the recommendations
 * as well as notes and comments; participants write notes and comments, and only read the
 * recommendations; observers write nothing. Votes are cast through the relay, which keeps them
 * secret until the round closes and then writes them all at once (see `ballot.ts`): no client
 * but the facilitator's writes the votes map.
 */
const SCOPES: Record<Role, WriteScope> = {
  facilitator: ALL,
  rapporteur: roots(DocKey.notes, COMMENTS_FIELD, DocKey.recommendations),
  participant: roots(DocKey.notes, COMMENTS_FIELD),
  observer: NONE,
}

/**
 * The part of a board a role may change, which the relay enforces on every update (an update
 * that touches anything else is refused whole). An unknown role writes nothing.
 *
 * @example writeScopeOf('participant') // { kind: 'roots', roots: Set { 'notes', 'comments' } }
 */
export function writeScopeOf(role: string): WriteScope {
  return Object.hasOwn(SCOPES, role) ? SCOPES[role as Role] : NONE
}
