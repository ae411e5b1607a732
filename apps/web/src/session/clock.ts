/**
 * The relay's clock, as seen from this device. Timers in the board document are stamped on the
 * relay's clock (`endsAt`); a phone whose own clock is a minute fast would otherwise show a
 * minute less than everyone else. The device asks the relay for its time (`GET /api/time`) a few
 * times and keeps the offset of the quickest answer, as NTP does with its samples.
 */

/** One question to the relay: when it left and came back on this device's clock, and the answer. */
export type ClockSample = { sentAt: number; receivedAt: number; relayNow: number }

/** How many samples one measurement takes. */
export const SAMPLES = 3
/** How often the offset is measured again while the page stays open (clocks drift, laptops sleep). */
export const REMEASURE_MS = 10 * 60_000

/**
 * The offset to add to this device's clock to read the relay's: `relayNow - midpoint` of the
 * sample with the shortest round trip (the one least skewed by a slow leg). Undefined without
 * samples.
 *
 * @example offsetOf([{ sentAt: 1000, receivedAt: 1100, relayNow: 5050 }]) // 4000
 */
export function offsetOf(samples: readonly ClockSample[]): number | undefined {
  let best: ClockSample | undefined
  for (const sample of samples) {
    const trip = sample.receivedAt - sample.sentAt
    if (trip < 0) continue
    if (!best || trip < best.receivedAt - best.sentAt) best = sample
  }
  return best && Math.round(best.relayNow - (best.sentAt + best.receivedAt) / 2)
}

/** Reads `{ now }` from the relay's answer, or undefined when it is not one. */
export function relayNowOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const now = (body as { now?: unknown }).now
  return typeof now === 'number' && Number.isFinite(now) ? now : undefined
}

/**
 * Measures this device's offset to the relay with `count` sequential requests; throws when
 * none of them got an answer (offline, relay unreachable).
 */
export async function measureOffset(
  fetcher: (url: string) => Promise<Response>,
  now: () => number = Date.now,
  count = SAMPLES,
): Promise<number> {
  const samples: ClockSample[] = []
  for (let index = 0; index < count; index += 1) {
    const sentAt = now()
    try {
      const response = await fetcher('/api/time')
      const receivedAt = now()
      const relayNow = response.ok ? relayNowOf(await response.json()) : undefined
      if (relayNow !== undefined) samples.push({ sentAt, receivedAt, relayNow })
    } catch {
      // A lost sample: the others may still answer.
    }
  }
  const offset = offsetOf(samples)
  if (offset === undefined) throw new Error('Atelier: the relay did not tell its time')
  return offset
}

/** What this page knows of the relay's clock. */
export type RelayClockState = {
  /** Milliseconds to add to `Date.now()` to read the relay's clock; 0 until measured. */
  offsetMs: number
  /** Whether the offset has been measured (else the device's own clock is used as is). */
  measured: boolean
}

/**
 * The page's one estimate of the relay's clock, shared by every countdown on it. It measures
 * when first used, again when the network comes back, and every `REMEASURE_MS`.
 */
export class RelayClock {
  private state: RelayClockState = { offsetMs: 0, measured: false }
  private readonly listeners = new Set<() => void>()
  private running: Promise<void> | undefined
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly fetcher: (url: string) => Promise<Response>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Subscribes to new estimates (for `useSyncExternalStore`); starts measuring on first use. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    if (this.listeners.size === 1) this.start()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.stop()
    }
  }

  readonly snapshot = (): RelayClockState => this.state

  /** The relay's time now, as well as this device knows it. */
  relayNow(): number {
    return this.now() + this.state.offsetMs
  }

  /** Measures again (at most one measurement at a time); keeps the last estimate on failure. */
  measure(): Promise<void> {
    this.running ??= measureOffset(this.fetcher, this.now)
      .then((offsetMs) => {
        this.state = { offsetMs, measured: true }
        for (const listener of this.listeners) listener()
      })
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined
      })
    return this.running
  }

  private readonly onOnline = (): void => {
    void this.measure()
  }

  private start(): void {
    void this.measure()
    this.timer = setInterval(() => void this.measure(), REMEASURE_MS)
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline)
  }

  private stop(): void {
    clearInterval(this.timer)
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline)
  }
}
