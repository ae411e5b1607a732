import { describe, expect, it } from 'vitest'
import { offsetOf, relayNowOf } from './clock.js'

describe('the relay clock estimate', () => {
  it('keeps the offset of the quickest round trip, measured from its midpoint', () => {
    const samples = [
      { sentAt: 1000, receivedAt: 1900, relayNow: 61_200 },
      { sentAt: 2000, receivedAt: 2040, relayNow: 62_020 },
      { sentAt: 3000, receivedAt: 3300, relayNow: 63_100 },
    ]
    expect(offsetOf(samples)).toBe(60_000)
  })

  it('reads a device whose clock is ahead as a negative offset', () => {
    expect(offsetOf([{ sentAt: 100_000, receivedAt: 100_010, relayNow: 40_005 }])).toBe(-60_000)
  })

  it('knows nothing without a usable sample', () => {
    expect(offsetOf([])).toBeUndefined()
    expect(offsetOf([{ sentAt: 10, receivedAt: 5, relayNow: 7 }])).toBeUndefined()
  })

  it('reads only a numeric `now` from the relay', () => {
    expect(relayNowOf({ now: 1_700_000_000_000 })).toBe(1_700_000_000_000)
    expect(relayNowOf({ now: '1700' })).toBeUndefined()
    expect(relayNowOf(null)).toBeUndefined()
  })
})
