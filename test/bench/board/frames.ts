/**
 * Frame-rate measurement inside the page: a requestAnimationFrame loop records when each frame
 * starts. A canvas that takes longer than a frame to redraw delays the next callback, so the
 * loop's rate is the rate at which the person sees the board change.
 */
import type { Page } from 'playwright-core'

export type FrameStats = { fps: number; p95: number; worst: number; frames: number }

// Page scripts are strings: tsx would wrap functions written here in helpers the page lacks.
const START = `(() => {
  const times = []
  let counting = true
  const tick = (time) => {
    if (!counting) return
    times.push(time)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  window.atelierFrames = { stop: () => { counting = false; return times } }
})()`

/** Starts counting frames in the page. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START)
}

/** Stops counting and summarises: frames per second, and the 95th percentile and worst frame times. */
export async function stopFrames(page: Page): Promise<FrameStats> {
  const times = await page.evaluate<number[]>(
    'window.atelierFrames ? window.atelierFrames.stop() : []',
  )
  const intervals = times
    .slice(1)
    .map((time, index) => time - (times[index] ?? time))
    .sort((a, b) => a - b)
  const span = (times.at(-1) ?? 0) - (times[0] ?? 0)
  const at = (q: number) =>
    intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? 0
  return {
    fps: span > 0 ? ((times.length - 1) * 1000) / span : 0,
    p95: at(0.95),
    worst: intervals.at(-1) ?? 0,
    frames: times.length,
  }
}
