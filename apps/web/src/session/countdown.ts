import { remainingOf } from '@atelier/model'
import type { Timer } from '@atelier/model'

/** What a countdown shows: time running down, held by the facilitator, or run out. */
export const CountdownState = { running: 'running', paused: 'paused', ended: 'ended' } as const
export type CountdownState = (typeof CountdownState)[keyof typeof CountdownState]

export type CountdownReading = { state: CountdownState; remainingMs: number }

/** The countdown of `timer` at `relayNow` (the relay's clock). A paused timer never ends. */
export function readCountdown(timer: Timer, relayNow: number): CountdownReading {
  const remainingMs = remainingOf(timer, relayNow)
  if (timer.state === 'paused') return { state: CountdownState.paused, remainingMs }
  return { state: remainingMs > 0 ? CountdownState.running : CountdownState.ended, remainingMs }
}

/** The whole seconds a countdown shows: rounded up, so it reads 15:00 as it starts and 00:00 only at the end. */
export function shownSeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000))
}

/**
 * The countdown as `mm:ss` (minutes go past 59 for long phases: `90:00`).
 *
 * @example formatCountdown(61_500) // "01:02"
 */
export function formatCountdown(remainingMs: number): string {
  const seconds = shownSeconds(remainingMs)
  const minutes = Math.floor(seconds / 60)
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

/** Reads `mm:ss` back into seconds (for tests and tools), or undefined when it is not one. */
export function parseCountdown(text: string): number | undefined {
  const match = /(\d+):(\d{2})/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * 60 + Number(match[2])
}

/** Milliseconds until the shown seconds next change while running (a little after, never 0). */
export function untilNextSecond(remainingMs: number): number {
  const into = remainingMs % 1000
  return (into === 0 ? 1000 : into) + 15
}

/** An ISO 8601 duration (`PT14M59S`) for the `<time datetime>` of the countdown. */
export function isoDuration(remainingMs: number): string {
  const seconds = shownSeconds(remainingMs)
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`
}
