import type { BoardAddress } from '../sync/connection.js'

/** The voter's view of a board's round (`GET …/ballot`): their own votes, never others'. */
export type BallotState = {
  voting: 'none' | 'open' | 'closed'
  round: number | null
  budget: number | null
  /** Note ids this person voted for in the open round. */
  mine: string[]
  remaining: number
}

/** One note of the results, with its place; ties share a rank. */
export type RankedNote = { noteId: string; votes: number; rank: number; text: string }

/** One sub-group's votes per note, or only its name when fewer than 3 people voted in it. */
export type GroupResult =
  | { group: string; voters: number; votes: Record<string, number> }
  | { group: string; fewerThan3: true }

/** The closed round's results (`GET …/results`). */
export type BallotResults = {
  round: number
  voters: number
  ranked: RankedNote[]
  groups: GroupResult[]
  /** Per stakeholder type, over registered voters who consented (none before the registry). */
  stakeholders: GroupResult[]
}

/** Why a call failed, in the words the screen shows. */
export const BallotFailure = {
  spent: 'spent',
  alreadyVoted: 'alreadyVoted',
  closed: 'closed',
  notYet: 'notYet',
  notFound: 'notFound',
  forbidden: 'forbidden',
  network: 'network',
  unexpected: 'unexpected',
} as const
export type BallotFailure = (typeof BallotFailure)[keyof typeof BallotFailure]

const FAILURES: Record<string, BallotFailure> = {
  ATELIER_ERR_VOTES_SPENT: BallotFailure.spent,
  ATELIER_ERR_ALREADY_VOTED: BallotFailure.alreadyVoted,
  ATELIER_ERR_VOTING_CLOSED: BallotFailure.closed,
  ATELIER_ERR_VOTING_OPEN: BallotFailure.notYet,
  ATELIER_ERR_NOTE_NOT_FOUND: BallotFailure.notFound,
  ATELIER_ERR_FORBIDDEN: BallotFailure.forbidden,
}

/** A refused or failed call to the ballot API. */
export class BallotError extends Error {
  constructor(
    readonly failure: BallotFailure,
    readonly status: number,
  ) {
    super(`ballot API: ${failure} (${status})`)
    this.name = 'BallotError'
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** Reads a ballot state from the relay's JSON, or undefined when it is not one. */
export function parseBallot(value: unknown): BallotState | undefined {
  if (!isRecord(value)) return undefined
  const { voting, round, budget, remaining } = value
  if (voting !== 'none' && voting !== 'open' && voting !== 'closed') return undefined
  return {
    voting,
    round: typeof round === 'number' ? round : null,
    budget: typeof budget === 'number' ? budget : null,
    mine: strings(value.mine),
    remaining: typeof remaining === 'number' ? remaining : 0,
  }
}

function parseGroup(value: unknown): GroupResult | undefined {
  if (!isRecord(value) || typeof value.group !== 'string') return undefined
  if (value.fewerThan3 === true) return { group: value.group, fewerThan3: true }
  if (typeof value.voters !== 'number' || !isRecord(value.votes)) return undefined
  const votes: Record<string, number> = {}
  for (const [noteId, count] of Object.entries(value.votes)) {
    if (typeof count === 'number') votes[noteId] = count
  }
  return { group: value.group, voters: value.voters, votes }
}

/** Reads results from the relay's JSON, or undefined when they are not results. */
export function parseResults(value: unknown): BallotResults | undefined {
  if (!isRecord(value) || !Array.isArray(value.ranked) || !Array.isArray(value.groups)) return
  const ranked: RankedNote[] = []
  for (const row of value.ranked) {
    if (!isRecord(row)) return undefined
    const { noteId, votes, rank, text } = row
    if (typeof noteId !== 'string' || typeof votes !== 'number' || typeof rank !== 'number')
      return undefined
    ranked.push({ noteId, votes, rank, text: typeof text === 'string' ? text : '' })
  }
  const groups = value.groups.map(parseGroup)
  if (groups.some((group) => group === undefined)) return undefined
  const stakeholders = Array.isArray(value.stakeholders) ? value.stakeholders.map(parseGroup) : []
  if (stakeholders.some((group) => group === undefined)) return undefined
  return {
    round: typeof value.round === 'number' ? value.round : 0,
    voters: typeof value.voters === 'number' ? value.voters : 0,
    ranked,
    groups: groups as GroupResult[],
    stakeholders: stakeholders as GroupResult[],
  }
}

/**
 * The ballot API of one board (docs/protocol.md, "Ballots and results"), with the token of the
 * page. Votes go to the relay, which keeps them secret until the round closes.
 */
/** How long a ballot request may take before it counts as a network failure. */
const REQUEST_TIMEOUT_MS = 8000

export class BallotApi {
  constructor(
    private readonly address: BoardAddress,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async call(
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<Record<string, unknown>> {
    const { workshop, board, token } = this.address
    let response: Response
    try {
      response = await this.fetcher(
        `/api/workshops/${encodeURIComponent(workshop)}/boards/${encodeURIComponent(board)}${path}`,
        {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          cache: 'no-store',
          // A request stuck on a venue network fails after a while, so that a read is tried again.
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        },
      )
    } catch {
      throw new BallotError(BallotFailure.network, 0)
    }
    const json: unknown = await response.json().catch(() => undefined)
    if (!response.ok) {
      const code = isRecord(json) && typeof json.code === 'string' ? json.code : ''
      throw new BallotError(FAILURES[code] ?? BallotFailure.unexpected, response.status)
    }
    if (!isRecord(json)) throw new BallotError(BallotFailure.unexpected, response.status)
    return json
  }

  private async ballot(path: string, method?: string, body?: unknown): Promise<BallotState> {
    const state = parseBallot((await this.call(path, method, body)).ballot)
    if (!state) throw new BallotError(BallotFailure.unexpected, 200)
    return state
  }

  /** This person's votes in the open round and what is left of the budget. */
  state(): Promise<BallotState> {
    return this.ballot('/ballot')
  }

  /** Votes for a note; refused (BallotError) when the budget is spent or voting closed. */
  cast(noteId: string): Promise<BallotState> {
    return this.ballot('/ballot', 'POST', { noteId })
  }

  /** Takes back this person's vote for a note. */
  retract(noteId: string): Promise<BallotState> {
    return this.ballot(`/ballot/${encodeURIComponent(noteId)}`, 'DELETE')
  }

  /** The closed round's ranked results and their breakdown by sub-group. */
  async results(): Promise<BallotResults> {
    const results = parseResults((await this.call('/results')).results)
    if (!results) throw new BallotError(BallotFailure.unexpected, 200)
    return results
  }
}
