import { z } from 'zod'

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/

/**
 * The wall-clock moment a session's date names, as UTC milliseconds of the same digits (the
 * venue's own time, whatever the relay's zone), and whether it has a time; null when invalid.
 */
export function wallClockOf(date: string): { at: number; hasTime: boolean } | null {
  const match = DATE.exec(date)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0))
  const at = Date.UTC(year!, month! - 1, day!, hour!, minute!)
  const back = new Date(at)
  const valid =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month! - 1 &&
    back.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60
  return valid ? { at, hasTime: match[4] !== undefined } : null
}

const place = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => ![...value].some((char) => char.charCodeAt(0) < 0x20), {
    message: 'contains control characters',
  })

/**
 * `PUT .../sessions/<s>/details` body: `{ date, place }`. The date is the venue's wall clock,
 * `2026-03-12` or `2026-03-12T09:30` (no zone); `null` clears either.
 */
export const sessionDetailsSchema = z.strictObject({
  date: z
    .string()
    .refine((value) => wallClockOf(value) !== null, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM')
    .nullable(),
  place: place.nullable(),
})
