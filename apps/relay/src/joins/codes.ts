import { randomInt } from 'node:crypto'

/**
 * Crockford's base32: digits and upper-case letters without I, L, O and U, so that a code read
 * aloud, copied from a projector or typed on a phone is hard to get wrong.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A personal code: 10 characters, 50 bits, safe to leave unthrottled on its own. */
export const PERSONAL_CODE_LENGTH = 10
/**
 * A room code: 6 characters (30 bits), short enough to type from the projector. Guessing one is
 * kept out of reach by the per-address limit on failed look-ups (`attempts.ts`).
 */
export const ROOM_CODE_LENGTH = 6

/** A fresh random code of `length` characters of `CODE_ALPHABET`. */
export function newCode(length: number): string {
  let code = ''
  for (let index = 0; index < length; index++) code += CODE_ALPHABET[randomInt(32)]
  return code
}

/**
 * A code as typed, in its stored spelling, or null when it cannot be one: case, spaces and
 * dashes do not count, and O, I and L read as 0, 1 and 1 (Crockford's decoding).
 *
 * @example canonicalCode('abc-de1 2345') // 'ABCDE12345'
 */
export function canonicalCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (code.length < ROOM_CODE_LENGTH || code.length > PERSONAL_CODE_LENGTH) return null
  return [...code].every((char) => CODE_ALPHABET.includes(char)) ? code : null
}
