import { z } from 'zod'
import type { ParticipantRegistry } from './registry.js'

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_YEARS = 10

/**
 * `PUT .../participants/retention` body: `{ until }`, an ISO date (kept through that whole day,
 * UTC) or date-time, in the future and within 10 years; `null` clears it.
 */
export const retentionSchema = z.strictObject({
  until: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .nullable()
    .transform((value) => {
      if (value === null) return null
      const at = Date.parse(value)
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? at + DAY_MS : at
    })
    .refine((at) => at === null || at > Date.now(), 'must be in the future')
    .refine(
      (at) => at === null || at < Date.now() + MAX_YEARS * 365 * DAY_MS,
      `must be within ${MAX_YEARS} years`,
    ),
})

export interface RetentionLog {
  info(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/**
 * Deletes the personal data of consultations past their retention date now, then once a day.
 * The timer never keeps the process alive; `stop()` clears it.
 */
export function scheduleRetention(registry: ParticipantRegistry, log: RetentionLog) {
  const sweep = async () => {
    try {
      const erased = await registry.sweepExpired(Date.now())
      if (erased.length > 0) log.info({ workshops: erased }, 'personal data past retention deleted')
    } catch (error) {
      log.error({ err: error }, 'retention sweep failed; it runs again tomorrow')
    }
  }
  let timer: NodeJS.Timeout | undefined
  return {
    /** Sweeps once and starts the daily timer; resolves after the first sweep. */
    async start(): Promise<void> {
      await sweep()
      timer ??= setInterval(() => void sweep(), DAY_MS)
      timer.unref()
    },
    stop(): void {
      clearInterval(timer)
      timer = undefined
    },
  }
}
