import type * as Y from 'yjs'
import { COMMENTS_FIELD } from './comments.js'
import { NoteKey } from './note-records.js'
import { DocKey, notesMap, recordIn } from './schema.js'

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

/** The top-level type whose entries are the board's notes, each a map of {@link NoteKey}s. */
export const NOTES_ROOT: string = DocKey.notes

/**
 * The keys of a note that record the facilitator's moderation and the room's decisions: hiding
 * a note, the validation round's verdict and the priority it gives, the promotion to the plenary.
 * The relay refuses any other role's update that sets, changes or deletes one of them, even by
 * hand, except the values a new note carries by default (see {@link isNoteCreationDefault}).
 */
export const FACILITATOR_NOTE_KEYS: ReadonlySet<string> = new Set([
  NoteKey.hidden,
  NoteKey.validation,
  NoteKey.priority,
  NoteKey.origin,
])

/** What `addNote` writes under those keys when its input names none: `hidden: false`. */
const NOTE_CREATION_DEFAULTS: ReadonlyMap<string, unknown> = new Map([[NoteKey.hidden, false]])

/**
 * Whether `value` under `key` is what every new note carries by default, so that a participant's
 * own new note may hold it: only `hidden: false`.
 *
 * @example isNoteCreationDefault('hidden', false) // true; ('hidden', true) and ('priority', 'high') are not
 */
export function isNoteCreationDefault(key: string, value: unknown): boolean {
  return NOTE_CREATION_DEFAULTS.has(key) && Object.is(NOTE_CREATION_DEFAULTS.get(key), value)
}

/**
 * Whether a role decides on notes: writes {@link FACILITATOR_NOTE_KEYS}. Only the facilitator.
 */
export function decidesNotes(role: string): boolean {
  return role === Role.facilitator
}

/**
 * Whether the board's note `id` holds a facilitator's decision under one of
 * {@link FACILITATOR_NOTE_KEYS} (hidden, validated, prioritised or promoted): deleting or
 * replacing that note would erase it, which only the facilitator may do.
 */
export function noteCarriesDecision(doc: Y.Doc, id: string): boolean {
  const map = recordIn(notesMap(doc), id)
  if (!map) return false
  for (const key of FACILITATOR_NOTE_KEYS) {
    if (map.has(key) && !isNoteCreationDefault(key, map.get(key))) return true
  }
  return false
}
