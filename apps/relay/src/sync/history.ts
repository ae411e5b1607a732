import * as Y from 'yjs'
import type { BoardKey, BoardVersion, DocStore, VersionReason } from '../storage/types.js'
import type { SyncLog } from './types.js'

export const RELAY_AUTHOR = 'atelier:relay'

/**
 * A board's versions: one every `intervalMs` of activity (taken after a write, so an idle
 * board takes none), one when the room unloads after changes, and those a facilitator asks for.
 * Any participant with write access can empty a board in one update; versions are how a
 * facilitator brings it back.
 */
export class BoardHistory {
  private lastSavedAt = Date.now()
  private changed = false

  constructor(
    private readonly key: BoardKey,
    private readonly store: DocStore,
    private readonly intervalMs: number,
    private readonly log: SyncLog,
  ) {}

  /** Called after updates were stored: saves an automatic version when one is due. */
  async afterStored(doc: Y.Doc): Promise<void> {
    this.changed = true
    if (Date.now() - this.lastSavedAt < this.intervalMs) return
    await this.saveQuietly(doc, 'auto')
  }

  /** Called when the room unloads: keeps the last state of a session of work. */
  async beforeUnload(doc: Y.Doc): Promise<void> {
    if (this.changed) await this.saveQuietly(doc, 'auto')
  }

  /** Saves the document now; rejects when the store does. */
  async save(
    doc: Y.Doc,
    reason: VersionReason,
    author = RELAY_AUTHOR,
    name: string | null = null,
  ): Promise<BoardVersion> {
    const snapshot = Y.encodeStateAsUpdate(doc)
    const version = await this.store.saveVersion(this.key, { snapshot, author, name, reason })
    this.lastSavedAt = version.createdAt
    this.changed = false
    return version
  }

  private async saveQuietly(doc: Y.Doc, reason: VersionReason): Promise<void> {
    try {
      await this.save(doc, reason)
    } catch (error) {
      this.log.warn({ err: error, room: this.key }, 'saving an automatic version failed')
    }
  }
}
