import * as Y from 'yjs'
import { z } from 'zod/mini'
import { MetaKey } from './board.js'
import { COMMENTS_FIELD, commentProblems } from './comments.js'
import { CONTROL_FIELD, controlProblems } from './control.js'
import { FrameKey } from './frame-records.js'
import { NoteKey, actionKey, dependencyOfKey, partnerSchema, riskKey } from './note-records.js'
import {
  DocKey,
  Limits,
  ACTION_FIELDS,
  RISK_FIELDS,
  authorSchema,
  boardKindSchema,
  colourSchema,
  coordinateSchema,
  framesMap,
  idSchema,
  lengthSchema,
  localeSchema,
  metaMap,
  noteCategorySchema,
  notesMap,
  personIdSchema,
  prioritySchema,
  tagSchema,
  textSchema,
  votesMap,
} from './schema.js'
import { frameKindSchema } from './templates.js'
import { noteOriginSchema, storedValidationSchema } from './validation-records.js'
import { voteKey } from './vote-keys.js'

/** Something in a board document that this package would not have written. */
export type BoardProblem = { path: string; problem: string }

/** Which records to look at; all of them when left out. A `BoardChange` is a scope. */
export type AuditScope = {
  notes?: Iterable<string>
  frames?: Iterable<string>
  /** Votes are few: any vote change, or `true`, checks them all. */
  votes?: boolean | ReadonlySet<string>
  meta?: boolean
}

const timeSchema = z.number().check(z.nonnegative())

// Checks a value against its schema without letting the schema repair it: what is stored must
// already be what the schema would output.
function fits(schema: z.ZodMiniType, value: unknown): boolean {
  const parsed = schema.safeParse(value)
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value)
}

function isPlainText(text: Y.Text): boolean {
  if (text.length > Limits.noteTextLength) return false
  const delta = text.toDelta() as { insert?: unknown; attributes?: unknown }[]
  return delta.every((op) => typeof op.insert === 'string' && op.attributes === undefined)
}

const storedTextSchema = z.custom<Y.Text>(
  (value) => value instanceof Y.Text && isPlainText(value),
  'note text must be a plain Y.Text within the length limit',
)

// Peers adding tags at once can leave duplicates until the next write cleans them: allow room.
const storedTagsSchema = z.custom<Y.Array<unknown>>(
  (value) =>
    value instanceof Y.Array &&
    value.length <= Limits.tags * 4 &&
    value.toArray().every((tag) => fits(tagSchema, tag)),
  'tags must be a Y.Array of short strings',
)

const noteFields: Record<string, z.ZodMiniType> = {
  [NoteKey.text]: storedTextSchema,
  [NoteKey.tags]: storedTagsSchema,
  [NoteKey.category]: noteCategorySchema,
  [NoteKey.colour]: colourSchema,
  [NoteKey.x]: coordinateSchema,
  [NoteKey.y]: coordinateSchema,
  [NoteKey.w]: lengthSchema,
  [NoteKey.h]: lengthSchema,
  [NoteKey.author]: authorSchema,
  [NoteKey.createdAt]: timeSchema,
  [NoteKey.hidden]: z.boolean(),
  [NoteKey.priority]: prioritySchema,
  [NoteKey.origin]: noteOriginSchema,
  [NoteKey.validation]: storedValidationSchema,
  ...Object.fromEntries(
    RISK_FIELDS.map((field) => [riskKey(field), textSchema(Limits.riskFieldLength)]),
  ),
  ...Object.fromEntries(
    ACTION_FIELDS.map((field) => [actionKey(field), textSchema(Limits.actionFieldLength)]),
  ),
  [actionKey('partners')]: z.array(partnerSchema).check(z.maxLength(Limits.partners)),
}

/** A note's `dependsOn.<id>` keys: one per dependency, always `true`. */
function noteFieldPattern(key: string): z.ZodMiniType | undefined {
  const id = dependencyOfKey(key)
  return id !== undefined && idSchema.safeParse(id).success ? z.literal(true) : undefined
}

const frameFields: Record<string, z.ZodMiniType> = {
  [FrameKey.kind]: frameKindSchema,
  [FrameKey.x]: coordinateSchema,
  [FrameKey.y]: coordinateSchema,
  [FrameKey.w]: lengthSchema,
  [FrameKey.h]: lengthSchema,
  [FrameKey.title]: textSchema(Limits.titleLength),
  [FrameKey.createdAt]: timeSchema,
}

const metaFields: Record<string, z.ZodMiniType> = {
  [MetaKey.schemaVersion]: z.number().check(z.int(), z.positive()),
  [MetaKey.kind]: boardKindSchema,
  [MetaKey.title]: textSchema(Limits.titleLength),
  [MetaKey.locale]: localeSchema,
}

const storedVoteSchema = z.strictObject({
  noteId: idSchema,
  voter: personIdSchema,
  castAt: timeSchema,
})

function checkFields(
  map: Y.Map<unknown>,
  fields: Record<string, z.ZodMiniType>,
  path: string,
  problems: BoardProblem[],
  pattern?: (key: string) => z.ZodMiniType | undefined,
): void {
  map.forEach((value, key) => {
    const schema = fields[key] ?? pattern?.(key)
    if (schema && fits(schema, value)) return
    problems.push({ path: `${path}/${key}`, problem: schema ? 'invalid value' : 'unknown field' })
  })
}

function checkRecords(
  top: Y.Map<unknown>,
  name: string,
  fields: Record<string, z.ZodMiniType>,
  ids: Iterable<string> | undefined,
  problems: BoardProblem[],
  pattern?: (key: string) => z.ZodMiniType | undefined,
): void {
  for (const id of ids ?? top.keys()) {
    if (!top.has(id)) continue
    const record = top.get(id)
    const path = `${name}/${id}`
    if (!idSchema.safeParse(id).success) problems.push({ path, problem: 'id outside [a-z0-9-]' })
    if (record instanceof Y.Map) checkFields(record, fields, path, problems, pattern)
    else problems.push({ path, problem: 'not a record (Y.Map)' })
  }
}

/**
 * Lists what in a board this package would not have written: unknown top-level types, records
 * that are not maps, unknown fields, out-of-range values, forged votes. Reads already repair all
 * of these; the relay can use this list to refuse an update that brings new ones (apply it to a
 * copy, pass the copy's `BoardChange` as `scope`).
 */
export function boardProblems(doc: Y.Doc, scope?: AuditScope): BoardProblem[] {
  const problems: BoardProblem[] = []
  const known = new Set<string>([...Object.values(DocKey), COMMENTS_FIELD, CONTROL_FIELD])
  for (const name of doc.share.keys()) {
    if (!known.has(name)) problems.push({ path: name, problem: 'unknown top-level type' })
  }
  const everything = scope === undefined
  if (everything || scope.meta) checkFields(metaMap(doc), metaFields, DocKey.meta, problems)
  if (everything || scope.notes) {
    checkRecords(notesMap(doc), DocKey.notes, noteFields, scope?.notes, problems, noteFieldPattern)
  }
  if (everything || scope.frames) {
    checkRecords(framesMap(doc), DocKey.frames, frameFields, scope?.frames, problems)
  }
  const votes = scope?.votes
  if (everything || votes === true || (typeof votes === 'object' && votes.size > 0)) {
    votesMap(doc).forEach((value, key) => {
      const parsed = storedVoteSchema.safeParse(value)
      const honest = parsed.success && voteKey(parsed.data.noteId, parsed.data.voter) === key
      if (!honest)
        problems.push({ path: `${DocKey.votes}/${key}`, problem: 'malformed or forged vote' })
    })
  }
  if (everything) problems.push(...commentProblems(doc), ...controlProblems(doc))
  return problems
}
