import * as Y from 'yjs'
import { EntryKind } from './stream.js'

/** Updates of one board kept for publishing are merged into one past this many. */
const MERGE_PAST = 64
/** Presence changes of one board kept for publishing: only the latest matter. */
const PRESENCE_KEPT = 64
const RETRY_MS = 1000

type Append = (key: string, kind: EntryKind, data: Uint8Array) => Promise<void>

interface Kept {
  updates: Uint8Array[]
  presence: Uint8Array[]
}

/**
 * What this instance stored but could not publish while Redis was away, per board stream. It is
 * published when Redis returns, so the other instances' clients get it then. The updates of a
 * board are merged as they pile up: memory stays about the size of what changed.
 */
export class Unpublished {
  private readonly kept = new Map<string, Kept>()
  private retry: NodeJS.Timeout | undefined
  private flushing: Promise<void> | undefined
  private stopped = false

  constructor(private readonly append: Append) {}

  get size(): number {
    return this.kept.size
  }

  keep(key: string, kind: EntryKind, data: Uint8Array): void {
    let kept = this.kept.get(key)
    if (!kept) {
      kept = { updates: [], presence: [] }
      this.kept.set(key, kept)
    }
    if (kind === EntryKind.update) {
      kept.updates.push(data)
      if (kept.updates.length > MERGE_PAST) kept.updates = [Y.mergeUpdates(kept.updates)]
    } else {
      kept.presence.push(data)
      if (kept.presence.length > PRESENCE_KEPT) kept.presence.shift()
    }
    this.scheduleRetry()
  }

  /** Publishes everything kept; what fails stays kept and is tried again a moment later. */
  flush(timeoutMs?: number): Promise<void> {
    this.flushing ??= this.publishAll().finally(() => {
      this.flushing = undefined
    })
    if (timeoutMs === undefined) return this.flushing
    return Promise.race([this.flushing, new Promise<void>((done) => setTimeout(done, timeoutMs))])
  }

  private async publishAll(): Promise<void> {
    for (const [key, kept] of [...this.kept]) {
      this.kept.delete(key)
      const entries: [EntryKind, Uint8Array][] = []
      if (kept.updates.length > 0) entries.push([EntryKind.update, Y.mergeUpdates(kept.updates)])
      for (const presence of kept.presence) entries.push([EntryKind.presence, presence])
      for (let i = 0; i < entries.length; i++) {
        const [kind, data] = entries[i]!
        try {
          await this.append(key, kind, data)
        } catch {
          for (const [again, bytes] of entries.slice(i)) this.keep(key, again, bytes)
          return
        }
      }
    }
  }

  /** Stops trying (the relay is stopping); what is still kept is dropped. */
  stop(): void {
    this.stopped = true
    clearTimeout(this.retry)
    this.kept.clear()
  }

  private scheduleRetry(): void {
    if (this.retry || this.stopped) return
    this.retry = setTimeout(() => {
      this.retry = undefined
      if (this.kept.size > 0) void this.flush()
    }, RETRY_MS)
    this.retry.unref()
  }
}
