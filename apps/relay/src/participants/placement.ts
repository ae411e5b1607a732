import { consultationSchema } from '../consultation/plan.js'
import type { DocStore } from '../storage/types.js'
import { ParticipantRefusal, ParticipantRefusalKind } from './refusal.js'

/** The sessions of a consultation and the sub-group boards of each: where a participant may sit. */
export class Placement {
  private constructor(private readonly subgroups: ReadonlyMap<string, readonly string[]>) {}

  /** The workshop's consultation as places; refuses when there is none yet. */
  static async of(store: DocStore, workshop: string): Promise<Placement> {
    const record = await store.loadConsultation(workshop)
    if (record === undefined) {
      throw new ParticipantRefusal(
        ParticipantRefusalKind.NO_CONSULTATION,
        'this workshop has no consultation yet: create it first',
      )
    }
    const consultation = consultationSchema.parse(JSON.parse(record))
    return new Placement(
      new Map(
        consultation.sessions.map((session) => [
          session.id,
          session.boards.filter((board) => board.kind === 'subgroup').map((board) => board.id),
        ]),
      ),
    )
  }

  get sessions(): string[] {
    return [...this.subgroups.keys()]
  }

  /**
   * The session and sub-group board a participant goes to, or why not. A sub-group is written as
   * its board id (`governance-g2`) or its number (`2`).
   */
  place(
    session: string,
    subgroup: string | null | undefined,
  ): { session: string; subgroup: string | null } | { error: string } {
    const id = session.trim().toLowerCase()
    const boards = this.subgroups.get(id)
    if (!boards) {
      return {
        error: `session: "${session}" is not a session of this consultation (${this.sessions.join(', ')})`,
      }
    }
    if (subgroup === null || subgroup === undefined || subgroup.trim() === '') {
      return { session: id, subgroup: null }
    }
    const wanted = subgroup.trim().toLowerCase()
    const board = /^\d+$/.test(wanted) ? `${id}-g${Number(wanted)}` : wanted
    if (!boards.includes(board)) {
      return { error: `subgroup: "${subgroup}" is not a sub-group of session ${id}` }
    }
    return { session: id, subgroup: board }
  }
}
