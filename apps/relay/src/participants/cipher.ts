import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The data key's file in `DATA_DIR` when `ATELIER_DATA_KEY` is unset. */
export const DATA_KEY_FILE = 'data.key'
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
/** The first byte of every sealed value: the format, so that a later one can be told apart. */
const FORMAT = 1

/** Decodes a base64 data key, or says why it is not one. */
export function decodeDataKey(encoded: string): Buffer {
  const trimmed = encoded.trim()
  const key = Buffer.from(trimmed, 'base64')
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(trimmed) || key.length !== KEY_BYTES) {
    throw new Error(
      'the data key must be 32 random bytes in base64 (for example: openssl rand -base64 32)',
    )
  }
  return key
}

/**
 * The key that encrypts personal data: `ATELIER_DATA_KEY` when set, otherwise 32 random bytes
 * generated once into `DATA_DIR/data.key` (readable by the relay's user only) and reused on every
 * start. Losing it loses the personal data, never the boards.
 */
export function loadDataKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return decodeDataKey(configured)
  const file = join(dataDir, DATA_KEY_FILE)
  mkdirSync(dataDir, { recursive: true })
  try {
    return decodeDataKey(readFileSync(file, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`cannot read the data key ${file}: ${(error as Error).message}`)
    }
  }
  const key = randomBytes(KEY_BYTES)
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  return key
}

/**
 * Seals and opens personal fields with AES-256-GCM, a fresh random IV per value. Each value is
 * bound to where it belongs (`context`: workshop, participant and field) as additional data, so
 * a sealed value copied into another row or field does not open.
 *
 * @example
 * const sealed = cipher.seal('Amina Alaoui', 'tanger/p-1a2b/name')
 * cipher.open(sealed, 'tanger/p-1a2b/name') // 'Amina Alaoui'
 */
export class FieldCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error('the data key must be 32 bytes')
  }

  seal(value: string, context: string): Uint8Array {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    cipher.setAAD(Buffer.from(context, 'utf8'))
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()])
    return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body])
  }

  /** The value in clear; throws when it was sealed with another key or for another context. */
  open(sealed: Uint8Array, context: string): string {
    const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength)
    if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== FORMAT) {
      throw new Error('not a sealed value')
    }
    const iv = data.subarray(1, 1 + IV_BYTES)
    const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv)
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(tag)
    const body = data.subarray(1 + IV_BYTES + TAG_BYTES)
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
  }
}
