import { z } from 'zod/mini'
import { idSchema, textSchema } from './schema.js'

/**
 * Where a promoted note came from: the sub-group board and the note's id there. Written once,
 * when the relay copies the note onto the session's plenary, and never changed after.
 */
export const noteOriginSchema = z.strictObject({ board: idSchema, note: idSchema })
export type NoteOrigin = z.infer<typeof noteOriginSchema>

/** The outcome of the validation round for one priority, as the room decided it. */
export const Verdict = {
  agreed: 'agreed',
  reservations: 'reservations',
  notAgreed: 'not-agreed',
} as const
export type Verdict = (typeof Verdict)[keyof typeof Verdict]
export const verdictSchema = z.enum(Verdict)

/** The longest reservation the room may write down for a priority. */
export const RESERVATION_LENGTH = 1000

const reservationSchema = textSchema(RESERVATION_LENGTH).check(
  z.trim(),
  z.minLength(1, 'write the reservation'),
)
const decidedAtSchema = z.number().check(z.nonnegative())

/**
 * A note's validation as stored: one plain value, replaced whole, so two facilitators deciding
 * at once leave one coherent verdict rather than a mix of both.
 */
export const storedValidationSchema = z.discriminatedUnion('verdict', [
  z.strictObject({ verdict: z.literal(Verdict.agreed), decidedAt: decidedAtSchema }),
  z.strictObject({
    verdict: z.literal(Verdict.reservations),
    reservation: reservationSchema,
    decidedAt: decidedAtSchema,
  }),
  z.strictObject({ verdict: z.literal(Verdict.notAgreed), decidedAt: decidedAtSchema }),
])

/** A note's validation: the verdict, the reservation written with it, when it was decided. */
export type Validation = {
  verdict: Verdict
  /** Present exactly when the verdict is `reservations`. */
  reservation?: string
  /** Milliseconds since 1970, from the deciding facilitator's clock. */
  decidedAt: number
}
