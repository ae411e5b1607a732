import { randomBytes } from 'node:crypto'
import { Limits, Role, addNote, getNote, noteInputSchema, readControl } from '@atelier/model'
import type { NoteInput, WritingMode } from '@atelier/model'
import type { BoardKey, DocStore, StoredDraft } from '../storage/types.js'
import type { Room } from '../sync/room.js'
import type { Rooms } from '../sync/rooms.js'
import { revealSpots } from './layout.js'
import { MAX_PENDING_DRAFTS, type DraftInput } from './schemas.js'

/** Who writes a draft: their token's `sub` and display name. */
export interface DraftWriter {
  readonly sub: string
  readonly name: string
  /** The token's role: on a locked board only the facilitator may hold a note. */
  readonly role?: string
}

/** What came of a submission. */
export type Submitted =
  | { readonly outcome: 'held'; readonly draft: StoredDraft; readonly mode: WritingMode }
  | { readonly outcome: 'open' }
  | { readonly outcome: 'full' }
  | { readonly outcome: 'locked' }

/**
 * The relay's desk of held notes: participants' notes written privately or for moderation wait
 * here, in the store, never in a board's document, until the facilitator reveals or releases
 * them. A note then enters its board as the relay's own edit (no participant's Yjs client id),
 * with the draft's id as the note's id, so a reveal that is retried never writes a note twice.
 */
export class DraftDesk {
  /** One reveal, release or withdrawal at a time per workshop: a withdrawn draft is never revealed. */
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(
    private readonly store: DocStore,
    private readonly rooms: Rooms,
  ) {}

  /** The writing mode of a board, as its controls say. */
  async modeOf(key: BoardKey): Promise<WritingMode> {
    return this.withRoom(key, async (room) => readControl(room.doc).writing)
  }

  /** Holds a new note for `writer` on a board in private or moderated mode. */
  async submit(key: BoardKey, writer: DraftWriter, input: DraftInput): Promise<Submitted> {
    const control = await this.withRoom(key, async (room) => readControl(room.doc))
    if (control.locked && writer.role !== Role.facilitator) return { outcome: 'locked' }
    const mode = control.writing
    if (mode === 'open') return { outcome: 'open' }
    const name = writer.name.trim().slice(0, Limits.nameLength) || writer.sub.slice(0, 64)
    const draft: StoredDraft = {
      id: `d${randomBytes(9).toString('hex')}`,
      board: key.board,
      owner: writer.sub,
      authorName: input.anonymous ? null : name,
      text: input.text,
      category: input.category,
      anonymous: input.anonymous,
      status: 'pending',
      createdAt: Date.now(),
    }
    const added = await this.store.addDraft(key.workshop, draft, MAX_PENDING_DRAFTS)
    return added ? { outcome: 'held', draft, mode } : { outcome: 'full' }
  }

  /** Deletes `owner`'s pending draft; false when it is not theirs, not pending, or gone. */
  withdraw(workshop: string, id: string, owner: string): Promise<boolean> {
    return this.serial(workshop, () => this.store.withdrawDraft(workshop, id, owner))
  }

  /** Marks a draft of these boards held by the facilitator; false when there is none. */
  hold(workshop: string, boards: readonly string[], id: string): Promise<boolean> {
    return this.serial(workshop, async () => {
      const draft = await this.store.loadDraft(workshop, id)
      if (!draft || !boards.includes(draft.board)) return false
      return this.store.holdDraft(workshop, id)
    })
  }

  /**
   * Puts drafts of these boards into their boards: the ones named by `ids`, or every pending one
   * when `ids` is undefined (the reveal). Each board gets one transaction, so its notes appear at
   * once on every screen. Resolves with the ids written.
   */
  publish(
    workshop: string,
    boards: readonly string[],
    by: string,
    ids?: readonly string[],
  ): Promise<string[]> {
    return this.serial(workshop, async () => {
      const all = await this.store.listDrafts(workshop, boards)
      const chosen = ids
        ? all.filter((draft) => ids.includes(draft.id))
        : all.filter((draft) => draft.status === 'pending')
      const written: string[] = []
      for (const board of boards) {
        const drafts = chosen.filter((draft) => draft.board === board)
        if (drafts.length === 0) continue
        await this.withRoom({ workshop, board }, (room) => writeNotes(room, drafts, by))
        // Only once the board has stored them: a failure leaves the drafts to reveal again.
        await this.store.deleteDrafts(
          workshop,
          drafts.map((draft) => draft.id),
        )
        written.push(...drafts.map((draft) => draft.id))
      }
      return written
    })
  }

  private async withRoom<T>(key: BoardKey, use: (room: Room) => Promise<T>): Promise<T> {
    const reservation = await this.rooms.reserve(key)
    try {
      return await use(reservation.room)
    } finally {
      reservation.release()
    }
  }

  private serial<T>(workshop: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(workshop) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => undefined)
    this.queues.set(workshop, settled)
    void settled.then(() => {
      if (this.queues.get(workshop) === settled) this.queues.delete(workshop)
    })
    return next
  }
}

/** Writes drafts into a board in one transaction, skipping any already there. */
async function writeNotes(room: Room, drafts: readonly StoredDraft[], by: string): Promise<void> {
  await room.settled()
  await room.change(by, (doc) => {
    const fresh = drafts.filter((draft) => getNote(doc, draft.id) === undefined)
    const spots = revealSpots(doc, fresh.length)
    doc.transact(() => {
      fresh.forEach((draft, index) => {
        const input: NoteInput = {
          id: draft.id,
          text: draft.text,
          category: draft.category as NoteInput['category'],
          ...spots[index]!,
          createdAt: draft.createdAt,
          ...(draft.anonymous || !draft.authorName
            ? {}
            : { author: { id: draft.owner, name: draft.authorName } }),
        }
        // A record the store holds but the model would refuse is skipped, not half-written.
        if (noteInputSchema.safeParse(input).success) addNote(doc, input, 'drafts')
      })
    }, 'drafts')
  })
}
