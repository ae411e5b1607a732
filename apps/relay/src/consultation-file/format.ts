import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { ID_PATTERN } from '../auth/room.js'
import { consultationSchema } from '../consultation/plan.js'
import { ParticipantStatus, PersonalField, VersionReason } from '../storage/types.js'

/**
 * A consultation file (`<workshop>-<date>.atelier`): gzip of one JSON object, format-versioned.
 * It carries the consultation record, each board's whole Yjs state and its versions, the
 * sessions' date and place, and, only when the facilitator asks, the participants' personal
 * data sealed with a passphrase (`sealed.ts`). Binary values are base64.
 */
export const FILE_FORMAT = 'atelier-consultation'
export const FILE_VERSION = 1
export const FILE_EXTENSION = '.atelier'
export const FILE_TYPE = 'application/vnd.atelier.consultation+gzip'
/** A file this large unpacks to at most this much JSON: a zip bomb stops here. */
const MAX_JSON_BYTES = 256 * 1024 * 1024

const base64 = z.base64()
const id = z.string().regex(ID_PATTERN, 'an id of lowercase letters, digits and dashes')

export const fileVersionSchema = z.strictObject({
  /** Portable: the same saved state has the same id on every relay (`versionId`). */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.number().int().nonnegative(),
  author: z.string().max(200),
  name: z.string().max(120).nullable(),
  reason: z.enum(VersionReason),
  snapshot: base64,
})
export type FileVersion = z.infer<typeof fileVersionSchema>

export const fileBoardSchema = z.strictObject({
  id,
  /** `Y.encodeStateAsUpdate` of the board's document. */
  state: base64,
  versions: z.array(fileVersionSchema),
})
export type FileBoard = z.infer<typeof fileBoardSchema>

/** The personal part, encrypted: scrypt turns the passphrase into an AES-256-GCM key. */
export const sealedPersonalSchema = z.strictObject({
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int().min(16384).max(65536),
    r: z.number().int().min(1).max(8),
    p: z.number().int().min(1).max(4),
    salt: base64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: base64,
  tag: base64,
  data: base64,
})
export type SealedPersonal = z.infer<typeof sealedPersonalSchema>

export const consultationFileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  workshop: id,
  exportedAt: z.number().int(),
  consultation: consultationSchema.nullable(),
  sessionDetails: z.record(
    id,
    z.strictObject({ date: z.string().max(40).nullable(), place: z.string().max(300).nullable() }),
  ),
  boards: z.array(fileBoardSchema).max(2000),
  personal: sealedPersonalSchema.nullable(),
})
export type ConsultationFile = z.infer<typeof consultationFileSchema>

/** One participant in the personal part, every personal field in clear (inside the sealed part). */
export const fileParticipantSchema = z.strictObject({
  id: z.string().regex(/^p-[0-9a-f]{16}$/),
  session: id,
  subgroup: id.nullable(),
  stakeholder: z.string().max(60).nullable(),
  status: z.enum(ParticipantStatus),
  consentGiven: z.boolean(),
  fields: z.strictObject(
    Object.fromEntries(
      Object.values(PersonalField).map((field) => [field, z.string().max(2000).nullable()]),
    ) as Record<PersonalField, z.ZodNullable<z.ZodString>>,
  ),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type FileParticipant = z.infer<typeof fileParticipantSchema>

export const personalPartSchema = z.strictObject({
  participants: z.array(fileParticipantSchema).max(10_000),
  retention: z.number().int().nullable(),
})
export type PersonalPart = z.infer<typeof personalPartSchema>

/** The file's bytes: gzip of its JSON. */
export function encodeFile(file: ConsultationFile): Buffer {
  return gzipSync(JSON.stringify(file))
}

/**
 * Reads a file's bytes (gzip, or its JSON as is) into a checked `ConsultationFile`; throws a
 * `BadFile` saying what is wrong.
 */
export function decodeFile(bytes: Buffer): ConsultationFile {
  let json: string
  try {
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b
    json = (gzipped ? gunzipSync(bytes, { maxOutputLength: MAX_JSON_BYTES }) : bytes).toString(
      'utf8',
    )
  } catch {
    throw new BadFile('the file is damaged: it does not unpack')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new BadFile('this is not a consultation file (.atelier)')
  }
  if (typeof parsed === 'object' && parsed !== null && 'format' in parsed) {
    const { format, version } = parsed as { format: unknown; version: unknown }
    if (format === FILE_FORMAT && version !== FILE_VERSION) {
      throw new BadFile(`this consultation file is of version ${String(version)}, not 1`)
    }
  }
  const result = consultationFileSchema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.join('.') || 'file'
    throw new BadFile(`this is not a valid consultation file: ${where}: ${issue?.message ?? ''}`)
  }
  return result.data
}

/** A file that cannot be imported; the message says why, for the facilitator. */
export class BadFile extends Error {
  override readonly name = 'BadFile'
}

/** `<workshop>-<YYYY-MM-DD>.atelier`, the date in UTC. */
export function fileNameOf(workshop: string, at: number): string {
  return `${workshop}-${new Date(at).toISOString().slice(0, 10)}${FILE_EXTENSION}`
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'))
}
