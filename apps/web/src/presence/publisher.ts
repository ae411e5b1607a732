import type { Awareness } from 'y-protocols/awareness'
import type { PresenceState } from './state.js'

type Patch = Partial<Omit<PresenceState, 'user'>>

/** How often a screen tells the others where its pointer, view and drag are: 25 times a second. */
export const PRESENCE_INTERVAL_MS = 40

/**
 * Sends this screen's presence, merging fast changes (a pointer, a drag) into at most one
 * awareness message per interval: y-websocket sends one message per awareness change, and a
 * pointer moves a hundred times a second.
 */
export class PresencePublisher {
  private pending: Patch = {}
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastSent = 0

  constructor(private readonly awareness: Awareness) {}

  /** Merges a change into the next message. `undefined` removes a field. */
  set(patch: Patch): void {
    Object.assign(this.pending, patch)
    if (this.timer !== undefined) return
    const wait = Math.max(0, this.lastSent + PRESENCE_INTERVAL_MS - performance.now())
    this.timer = setTimeout(() => this.flush(), wait)
  }

  /** Sends a change at once with whatever was pending (a drop must not lag behind its drag). */
  setNow(patch: Patch): void {
    Object.assign(this.pending, patch)
    this.flush()
  }

  /** Stops sending; pending changes are dropped. */
  destroy(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.pending = {}
  }

  private flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    const current = this.awareness.getLocalState()
    if (!current) return
    const next: Record<string, unknown> = { ...current }
    let changed = false
    for (const [key, value] of Object.entries(this.pending)) {
      if (value === undefined) {
        if (key in next) {
          delete next[key]
          changed = true
        }
      } else if (JSON.stringify(next[key]) !== JSON.stringify(value)) {
        next[key] = value
        changed = true
      }
    }
    this.pending = {}
    if (!changed) return
    this.lastSent = performance.now()
    this.awareness.setLocalState(next)
  }
}
