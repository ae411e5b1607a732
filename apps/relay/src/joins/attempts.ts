/**
 * Failed code look-ups per client address, in fixed windows. A room code has 30 bits: with at
 * most `limit` misses per window an address would need years to find one. Only misses count
 * (unknown, expired, revoked), so a whole venue behind one Wi-Fi address can still join:
 * 24 people typing a code right never use any of it.
 *
 * `@fastify/rate-limit` is not a dependency of the relay, and this needs to count misses
 * only, which a request-counting limiter does not do; a small counter in memory does. Behind
 * several relay instances each counts its own misses, which multiplies the allowance by their
 * number: still out of reach.
 */
export class FailedAttempts {
  private readonly windows = new Map<string, { start: number; misses: number }>()

  constructor(
    private readonly limit = 30,
    private readonly windowMs = 10 * 60 * 1000,
    /** Addresses remembered at most: past that, the oldest windows are dropped. */
    private readonly maxAddresses = 10_000,
  ) {}

  /** Milliseconds until this address may try again, 0 when it may now. */
  retryAfter(address: string, now = Date.now()): number {
    const window = this.windows.get(address)
    if (!window || now - window.start >= this.windowMs) return 0
    return window.misses >= this.limit ? window.start + this.windowMs - now : 0
  }

  miss(address: string, now = Date.now()): void {
    const window = this.windows.get(address)
    if (window && now - window.start < this.windowMs) {
      window.misses++
      return
    }
    this.windows.delete(address)
    if (this.windows.size >= this.maxAddresses) {
      const oldest = this.windows.keys().next().value
      if (oldest !== undefined) this.windows.delete(oldest)
    }
    this.windows.set(address, { start: now, misses: 1 })
  }
}
