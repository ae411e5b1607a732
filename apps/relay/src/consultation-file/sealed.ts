import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { BadFile, fromBase64, toBase64, type SealedPersonal } from './format.js'

/** Shorter passphrases are refused: the file may travel on a USB stick that gets lost. */
export const MIN_PASSPHRASE_LENGTH = 12
/** scrypt's cost: about 0.1 s and 32 MB on a laptop, per guess for whoever finds the stick. */
const KDF = { N: 32768, r: 8, p: 1 } as const
const KEY_BYTES = 32

/**
 * Seals the personal part of a consultation file with a key made from the facilitator's
 * passphrase. Why not the relay's data key: the file must open on another laptop, whose relay
 * has a key of its own, and the data key must never leave the machine it protects. So the
 * relay opens each field with its key, and the whole part is sealed again here: scrypt (slow on
 * purpose, against guessing) and AES-256-GCM (a changed byte or a wrong passphrase is detected),
 * bound to the workshop as additional data.
 */
export async function sealPersonal(
  clear: string,
  passphrase: string,
  workshop: string,
): Promise<SealedPersonal> {
  const salt = randomBytes(16)
  const key = await deriveKey(passphrase, salt, KDF)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(additionalData(workshop))
  const data = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()])
  return {
    kdf: { name: 'scrypt', ...KDF, salt: toBase64(salt) },
    cipher: 'aes-256-gcm',
    iv: toBase64(iv),
    tag: toBase64(cipher.getAuthTag()),
    data: toBase64(data),
  }
}

/** The personal part in clear; throws a `BadFile` for a wrong passphrase or a changed file. */
export async function openPersonal(
  sealed: SealedPersonal,
  passphrase: string,
  workshop: string,
): Promise<string> {
  const key = await deriveKey(passphrase, Buffer.from(fromBase64(sealed.kdf.salt)), sealed.kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, fromBase64(sealed.iv))
    decipher.setAAD(additionalData(workshop))
    decipher.setAuthTag(fromBase64(sealed.tag))
    return Buffer.concat([decipher.update(fromBase64(sealed.data)), decipher.final()]).toString(
      'utf8',
    )
  } catch {
    throw new BadFile('wrong passphrase, or the personal data of the file was changed')
  }
}

function additionalData(workshop: string): Buffer {
  return Buffer.from(`atelier-consultation/1/${workshop}`, 'utf8')
}

function deriveKey(
  passphrase: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  // Node's default memory cap (32 MB) is just under what N=32768, r=8 needs.
  const maxmem = 256 * cost.N * cost.r + 16 * 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}
