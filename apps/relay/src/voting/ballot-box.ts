import {
  Role,
  VotingState,
  closeVoting,
  getNote,
  groupBreakdown,
  isLocked,
  listNotes,
  openVoting,
  rankTallies,
  readControl,
  type Ballot,
  type GroupResult,
  type RankedNote,
} from '@atelier/model'
import type * as Y from 'yjs'
import { BallotOutcome, type BoardKey, type DocStore } from '../storage/types.js'
import type { Room } from '../sync/room.js'
import type { Rooms } from '../sync/rooms.js'
import { VotingRefusal, VotingRefusalKind } from './refusal.js'

/** What one voter sees of a board's voting round: never anybody else's votes. */
export interface BallotState {
  readonly voting: VotingState
  readonly round: number | null
  readonly budget: number | null
  /** Note ids this voter voted for in the open round. */
  readonly mine: string[]
  readonly remaining: number
}

/** The closed round's results: notes ranked by votes, and votes per sub-group. */
export interface BallotResults {
  readonly round: number
  readonly ranked: Array<RankedNote & { text: string }>
  readonly voters: number
  readonly groups: GroupResult[]
  /**
   * Votes per stakeholder type, over voters who are in the consultation's participant registry
   * and consented: their token's `sub` is their registry id. Types with fewer than 3 such voters
   * are reported without counts; voters who are not registered or did not consent are left out.
   */
  readonly stakeholders: GroupResult[]
}

/** Who votes: the token's `sub` and the sub-group their votes count for. */
export interface Voter {
  readonly sub: string
  readonly group: string
  /** The token's role: on a locked board only the facilitator casts or takes back a vote. */
  readonly role?: string
}

/** The relay's clock as the box reads it (a test may hand in another). */
export type Clock = () => number

/**
 * The secret ballots of every board. Each board's operations (cast, retract, open, close) run
 * one after the other, so that a vote cannot slip in while its round closes; the store checks
 * the budget in one write transaction besides, for a relay that shares its database.
 */
export class BallotBoxes {
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(
    private readonly store: DocStore,
    private readonly rooms: Rooms,
    private readonly now: Clock = Date.now,
  ) {}

  /** The voter's own votes in the open round, the round's budget and what is left of it. */
  state(key: BoardKey, voter: string): Promise<BallotState> {
    return this.serial(key, () => this.stateOf(key, voter))
  }

  /** Casts a vote for a note in the open round. Throws a VotingRefusal, storing nothing. */
  cast(key: BoardKey, voter: Voter, noteId: string): Promise<BallotState> {
    return this.serial(key, async () => {
      const ballot = await this.withDoc(key, (doc) => {
        refuseIfLocked(doc, voter)
        const open = openBallot(doc)
        const note = getNote(doc, noteId)
        if (!note || note.hidden) {
          throw new VotingRefusal(VotingRefusalKind.NOTE_NOT_FOUND, `no note ${noteId} to vote for`)
        }
        return open
      })
      const castAt = this.now()
      const outcome = await this.store.castBallot(
        key,
        ballot.round,
        { voter: voter.sub, group: voter.group, noteId, castAt },
        ballot.budget,
      )
      if (outcome === BallotOutcome.alreadyVoted) {
        throw new VotingRefusal(VotingRefusalKind.ALREADY_VOTED, `already voted for ${noteId}`)
      }
      if (outcome === BallotOutcome.spent) {
        throw new VotingRefusal(
          VotingRefusalKind.VOTES_SPENT,
          `all ${ballot.budget} votes are cast; take one back to vote for ${noteId}`,
        )
      }
      return this.stateOf(key, voter.sub)
    })
  }

  /** Takes back the voter's vote for a note in the open round (nothing when there was none). */
  retract(key: BoardKey, voter: Pick<Voter, 'sub' | 'role'>, noteId: string): Promise<BallotState> {
    return this.serial(key, async () => {
      const ballot = await this.withDoc(key, (doc) => {
        refuseIfLocked(doc, voter)
        return openBallot(doc)
      })
      await this.store.retractBallot(key, ballot.round, voter.sub, noteId)
      return this.stateOf(key, voter.sub)
    })
  }

  /** Opens a new round on the board: the document says so, and its old votes go. */
  open(key: BoardKey, ballot: Ballot, author: string): Promise<void> {
    return this.serial(key, () =>
      this.withRoom(key, (room) => room.change(author, (doc) => openVoting(doc, ballot, 'voting'))),
    )
  }

  /**
   * Closes the open round: every vote of the round is written into the board and the control
   * set to `closed` in one transaction. Throws VOTING_CLOSED when no round is open.
   */
  close(key: BoardKey, author: string): Promise<number> {
    return this.serial(key, () =>
      this.withRoom(key, async (room) => {
        const ballot = openBallot(room.doc)
        const ballots = await this.store.listBallots(key, ballot.round)
        const votes = ballots.map(({ noteId, voter, castAt }) => ({ noteId, voter, castAt }))
        let written = 0
        await room.change(author, (doc) => {
          written = closeVoting(doc, votes, 'voting')
        })
        return written
      }),
    )
  }

  /** The results of the board's last closed round. Throws VOTING_OPEN before it closes. */
  results(key: BoardKey): Promise<BallotResults> {
    return this.serial(key, async () => {
      const { round, visible } = await this.withDoc(key, (doc) => {
        const control = readControl(doc)
        if (control.voting !== VotingState.closed || !control.ballot) {
          throw new VotingRefusal(VotingRefusalKind.VOTING_OPEN, 'results come when voting closes')
        }
        const texts = new Map<string, string>()
        for (const note of listNotes(doc)) if (!note.hidden) texts.set(note.id, note.text)
        return { round: control.ballot.round, visible: texts }
      })
      const ballots = await this.store.listBallots(key, round)
      // Only the clear columns of the registry are read: no personal field is opened here.
      const consenting = new Map<string, string>()
      for (const person of await this.store.listParticipants(key.workshop)) {
        if (person.consentGiven && person.stakeholder) consenting.set(person.id, person.stakeholder)
      }
      const tallies: Record<string, number> = {}
      for (const { noteId } of ballots) {
        if (visible.has(noteId)) tallies[noteId] = (tallies[noteId] ?? 0) + 1
      }
      return {
        round,
        ranked: rankTallies(tallies).map((row) => ({ ...row, text: visible.get(row.noteId)! })),
        voters: new Set(ballots.map((ballot) => ballot.voter)).size,
        groups: groupBreakdown(ballots, new Set(visible.keys())),
        stakeholders: groupBreakdown(
          ballots.flatMap((ballot) => {
            const stakeholder = consenting.get(ballot.voter)
            return stakeholder === undefined ? [] : [{ ...ballot, group: stakeholder }]
          }),
          new Set(visible.keys()),
        ),
      }
    })
  }

  private async stateOf(key: BoardKey, voter: string): Promise<BallotState> {
    const control = await this.withDoc(key, readControl)
    const ballot = control.ballot
    if (control.voting !== VotingState.open || !ballot) {
      return {
        voting: control.voting,
        round: ballot?.round ?? null,
        budget: null,
        mine: [],
        remaining: 0,
      }
    }
    const mine = (await this.store.listBallots(key, ballot.round, voter)).map((b) => b.noteId)
    return {
      voting: control.voting,
      round: ballot.round,
      budget: ballot.budget,
      mine,
      remaining: Math.max(0, ballot.budget - mine.length),
    }
  }

  private async withRoom<T>(key: BoardKey, use: (room: Room) => Promise<T> | T): Promise<T> {
    const reservation = await this.rooms.reserve(key)
    try {
      return await use(reservation.room)
    } finally {
      reservation.release()
    }
  }

  private withDoc<T>(key: BoardKey, read: (doc: Y.Doc) => T): Promise<T> {
    return this.withRoom(key, (room) => read(room.doc))
  }

  /** Runs `task` after every earlier task of the same board, whatever became of them. */
  private serial<T>(key: BoardKey, task: () => Promise<T>): Promise<T> {
    const name = `${key.workshop}/${key.board}`
    const previous = this.queues.get(name) ?? Promise.resolve()
    const next = previous.then(task, task)
    const tail = next.catch(() => undefined)
    this.queues.set(name, tail)
    void tail.then(() => {
      if (this.queues.get(name) === tail) this.queues.delete(name)
    })
    return next
  }
}

/** A BOARD_LOCKED refusal when the facilitator locked the board and the voter is not them. */
function refuseIfLocked(doc: Y.Doc, voter: Pick<Voter, 'role'>): void {
  if (voter.role !== Role.facilitator && isLocked(doc)) {
    throw new VotingRefusal(VotingRefusalKind.BOARD_LOCKED, 'the facilitator locked the board')
  }
}

/** The open round of the board, or a VOTING_CLOSED refusal. */
function openBallot(doc: Y.Doc): Ballot {
  const control = readControl(doc)
  if (control.voting !== VotingState.open || !control.ballot) {
    throw new VotingRefusal(VotingRefusalKind.VOTING_CLOSED, 'no voting round is open')
  }
  return control.ballot
}

/** The sub-group a voter's votes count for: their `-g<N>` board, else the board voted on. */
export function groupOf(boards: readonly string[] | undefined, board: string): string {
  return boards?.find((id) => /-g\d+$/.test(id)) ?? board
}
