import { describe, expect, it } from 'vitest'
import { formatCountdown, parseCountdown, readCountdown, untilNextSecond } from './countdown.js'

describe('the countdown', () => {
  it('shows whole seconds rounded up, as mm:ss, past the hour in minutes', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00')
    expect(formatCountdown(61_500)).toBe('01:02')
    expect(formatCountdown(1)).toBe('00:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(formatCountdown(-500)).toBe('00:00')
    expect(formatCountdown(90 * 60_000)).toBe('90:00')
  })

  it('reads its own text back into seconds', () => {
    expect(parseCountdown('14:59')).toBe(899)
    expect(parseCountdown('Temps restant 01:02')).toBe(62)
    expect(parseCountdown('—')).toBeUndefined()
  })

  it('runs towards the end on the relay clock, holds when paused, and ends at zero', () => {
    const running = { state: 'running', endsAt: 10_000, durationMs: 10_000 } as const
    expect(readCountdown(running, 4_000)).toEqual({ state: 'running', remainingMs: 6_000 })
    expect(readCountdown(running, 12_000)).toEqual({ state: 'ended', remainingMs: 0 })
    const paused = { state: 'paused', remainingMs: 0, durationMs: 10_000 } as const
    expect(readCountdown(paused, 99_000)).toEqual({ state: 'paused', remainingMs: 0 })
  })

  it('wakes just after the shown second changes', () => {
    expect(untilNextSecond(61_500)).toBe(515)
    expect(untilNextSecond(61_000)).toBe(1015)
  })
})
