import type { BoardKey } from '../storage/types.js'

/** What a stream entry carries: a Yjs update the sender stored, or a presence change. */
export const EntryKind = { update: 'u', presence: 'a' } as const
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind]

/** One message of a board's stream, as the reader hands it to the room. */
export interface StreamEntry {
  readonly id: string
  /** The relay instance that published it. */
  readonly instance: string
  /** Its number among that instance's entries in this stream (1, 2, 3…). */
  readonly seq: number
  readonly kind: EntryKind
  readonly data: Uint8Array
}

/** The Redis stream of a board: `<prefix>board:<workshop>/<board>`. */
export function streamKey(prefix: string, key: BoardKey): string {
  return `${prefix}board:${key.workshop}/${key.board}`
}

/** The fields of an entry for XADD: `i` the instance, `n` its number, `k` the kind, `d` the bytes. */
export function entryFields(
  instance: string,
  seq: number,
  kind: EntryKind,
  data: Uint8Array,
): (string | Buffer)[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return ['i', instance, 'n', String(seq), 'k', kind, 'd', bytes]
}

type RawEntry = [Buffer, Buffer[]]
export type RawStreams = [Buffer, RawEntry[]][]

/** What one XREAD brought of one stream: the entries, and the id to read on from. */
export interface StreamBatch {
  readonly last: string
  readonly entries: StreamEntry[]
}

/** Reads an XREAD reply (buffers); entries with missing or unknown fields are skipped. */
export function readStreams(reply: RawStreams): Map<string, StreamBatch> {
  const streams = new Map<string, StreamBatch>()
  for (const [rawKey, rawEntries] of reply) {
    const entries: StreamEntry[] = []
    let last = ''
    for (const [rawId, fields] of rawEntries) {
      last = rawId.toString()
      const entry = readEntry(last, fields)
      if (entry) entries.push(entry)
    }
    if (last !== '') streams.set(rawKey.toString(), { last, entries })
  }
  return streams
}

function readEntry(id: string, fields: Buffer[]): StreamEntry | undefined {
  let instance: string | undefined
  let seq = Number.NaN
  let kind: string | undefined
  let data: Buffer | undefined
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i]!.toString()
    const value = fields[i + 1]!
    if (name === 'i') instance = value.toString()
    else if (name === 'n') seq = Number(value.toString())
    else if (name === 'k') kind = value.toString()
    else if (name === 'd') data = value
  }
  if (instance === undefined || data === undefined || !Number.isSafeInteger(seq)) return undefined
  if (kind !== EntryKind.update && kind !== EntryKind.presence) return undefined
  return {
    id,
    instance,
    seq,
    kind,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  }
}
