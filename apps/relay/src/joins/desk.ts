import { randomBytes } from 'node:crypto'
import type { Localized } from '@atelier/toolkit'
import { mintToken, Role, type TokenKey } from '../auth/tokens.js'
import { consultationSchema, sessionTemplate, type Consultation } from '../consultation/plan.js'
import type { Participant } from '../participants/fields.js'
import type { ParticipantRegistry } from '../participants/registry.js'
import {
  JoinCodeKind,
  ParticipantStatus,
  type DocStore,
  type SessionDetails,
  type StoredJoinCode,
} from '../storage/types.js'
import { PERSONAL_CODE_LENGTH, ROOM_CODE_LENGTH, newCode } from './codes.js'
import { JoinRefusal, JoinRefusalKind } from './refusal.js'

const DAY_MS = 24 * 60 * 60 * 1000
/** How long a code lasts when neither the facilitator nor the consultation's retention says. */
export const DEFAULT_CODE_DAYS = 180
/** The longest a token from a join code lasts: one day of workshop. */
export const JOIN_TOKEN_MS = 12 * 60 * 60 * 1000

/** An invitee's answer on the RSVP page. */
export const RsvpAnswer = { confirmed: 'confirmed', declined: 'declined' } as const
export type RsvpAnswer = (typeof RsvpAnswer)[keyof typeof RsvpAnswer]

/** What the RSVP page may show: the session, and of the person only their display name. */
export interface RsvpView {
  readonly consultation: string
  readonly session: { readonly id: string; readonly title: Localized }
  readonly date: string | null
  readonly place: string | null
  readonly displayName: string
  readonly status: ParticipantStatus
}

/** What a join code opens, before it is used: nothing personal, so anyone with the code may read it. */
export interface JoinPreview {
  readonly kind: JoinCodeKind
  readonly workshop: string
  readonly consultation: string
  readonly session: { readonly id: string; readonly title: Localized }
  /** The sub-group board a room code leads to, with its title. */
  readonly board: { readonly id: string; readonly title: string } | null
}

/** A token from a join code and the board it opens first. */
export interface JoinPass {
  readonly token: string
  readonly workshop: string
  readonly board: string
  readonly boards: readonly string[]
  readonly name: string
  readonly expiresAt: number
}

/**
 * The name a board shows for an invitee: their display name, else the first word of their name.
 * The rest of the name stays in the registry.
 */
export function boardNameOf(participant: Pick<Participant, 'displayName' | 'name'>): string {
  return participant.displayName ?? participant.name.trim().split(/\s+/)[0] ?? participant.name
}

/**
 * Join codes: creates a participant's personal code and a sub-group's room code, answers an
 * invitation, and exchanges a code for a participant token. A personal code is the one key of
 * an invitee: the RSVP page and `/join` both take it. Every use checks the code is known, not
 * revoked and not expired; a personal code whose participant left the list counts as revoked.
 */
export class JoinDesk {
  constructor(
    private readonly store: DocStore,
    private readonly registry: ParticipantRegistry,
    private readonly secret: TokenKey,
  ) {}

  /** The participant's live personal code, or a new one lasting until `expiresAt` (or the default). */
  async invite(workshop: string, id: string, expiresAt?: number): Promise<StoredJoinCode> {
    await this.participant(workshop, id, JoinRefusalKind.NOT_FOUND)
    const current = await this.store.personalJoinCode(workshop, id)
    if (current && current.expiresAt > Date.now() && expiresAt === undefined) return current
    if (current) await this.store.revokeJoinCode(workshop, current.code, Date.now())
    return this.issue(workshop, JoinCodeKind.personal, PERSONAL_CODE_LENGTH, {
      participant: id,
      session: null,
      board: null,
      expiresAt: expiresAt ?? (await this.defaultExpiry(workshop)),
    })
  }

  /** The live room code of a sub-group board of `session`, or a new one. */
  async roomCode(
    workshop: string,
    session: string,
    board: string,
    expiresAt?: number,
  ): Promise<StoredJoinCode> {
    const consultation = await this.consultation(workshop)
    const planned = consultation.sessions
      .find((each) => each.id === session)
      ?.boards.find((each) => each.id === board && each.kind === 'subgroup')
    if (!planned) {
      throw new JoinRefusal(
        JoinRefusalKind.BAD_REQUEST,
        `board: "${board}" is not a sub-group board of session ${session}`,
      )
    }
    const current = await this.store.roomJoinCode(workshop, board)
    if (current && current.expiresAt > Date.now() && expiresAt === undefined) return current
    if (current) await this.store.revokeJoinCode(workshop, current.code, Date.now())
    return this.issue(workshop, JoinCodeKind.room, ROOM_CODE_LENGTH, {
      participant: null,
      session,
      board,
      expiresAt: expiresAt ?? (await this.defaultExpiry(workshop)),
    })
  }

  async revoke(workshop: string, code: string): Promise<boolean> {
    return this.store.revokeJoinCode(workshop, code, Date.now())
  }

  /** The code, when it may be used now; refuses unknown (404), revoked or expired (410) codes. */
  async usable(code: string): Promise<StoredJoinCode> {
    const found = await this.store.loadJoinCode(code)
    if (!found) throw new JoinRefusal(JoinRefusalKind.CODE_UNKNOWN, 'no such code')
    if (found.revokedAt !== null) {
      throw new JoinRefusal(JoinRefusalKind.CODE_REVOKED, 'this code was revoked')
    }
    if (found.expiresAt <= Date.now()) {
      throw new JoinRefusal(JoinRefusalKind.CODE_EXPIRED, 'this code has expired')
    }
    return found
  }

  async preview(code: string): Promise<JoinPreview> {
    const found = await this.usable(code)
    const consultation = await this.consultation(found.workshop)
    const session =
      found.kind === JoinCodeKind.personal
        ? (await this.participantOf(found)).session
        : found.session!
    const board = found.board
      ? consultation.sessions
          .find((each) => each.id === session)
          ?.boards.find((each) => each.id === found.board)
      : undefined
    return {
      kind: found.kind,
      workshop: found.workshop,
      consultation: consultation.title,
      session: { id: session, title: sessionTemplate(session).title },
      board: board ? { id: board.id, title: board.title } : null,
    }
  }

  async rsvp(code: string): Promise<RsvpView> {
    const found = await this.usable(code)
    const participant = await this.invitee(found)
    const consultation = await this.consultation(found.workshop)
    const details = await this.details(found.workshop, participant.session)
    return {
      consultation: consultation.title,
      session: { id: participant.session, title: sessionTemplate(participant.session).title },
      date: details.date,
      place: details.place,
      displayName: boardNameOf(participant),
      status: participant.status,
    }
  }

  /** Records the invitee's answer; an invitee who has come already keeps `attended` (409). */
  async answer(code: string, answer: RsvpAnswer): Promise<RsvpView> {
    const found = await this.usable(code)
    const participant = await this.invitee(found)
    if (participant.status === ParticipantStatus.attended) {
      throw new JoinRefusal(JoinRefusalKind.ALREADY_ATTENDED, 'you have joined the session already')
    }
    await this.registry.edit(found.workshop, participant.id, { status: answer })
    return this.rsvp(code)
  }

  /**
   * Exchanges a code for a participant token: a personal code for the invitee's own (and marks
   * them attended), a room code with a display name for a new pseudonymous walk-in's. The token
   * may write on the sub-group board and the session's plenary, and lasts at most 12 hours.
   */
  async join(code: string, displayName: string | undefined): Promise<JoinPass> {
    const found = await this.usable(code)
    const consultation = await this.consultation(found.workshop)
    if (found.kind === JoinCodeKind.personal) {
      const participant = await this.participantOf(found)
      if (participant.status !== ParticipantStatus.attended) {
        await this.registry.edit(found.workshop, participant.id, {
          status: ParticipantStatus.attended,
        })
      }
      const boards = boardsOf(consultation, participant.session, participant.subgroup)
      return this.pass(found, participant.id, boardNameOf(participant), boards)
    }
    if (displayName === undefined) {
      throw new JoinRefusal(JoinRefusalKind.NAME_REQUIRED, 'a room code needs a display name')
    }
    const boards = boardsOf(consultation, found.session!, found.board)
    return this.pass(found, `w-${randomBytes(8).toString('hex')}`, displayName, boards)
  }

  details(workshop: string, session: string): Promise<SessionDetails> {
    return this.store.loadSessionDetails(workshop, session)
  }

  async consultation(workshop: string): Promise<Consultation> {
    const record = await this.store.loadConsultation(workshop)
    if (record === undefined) {
      throw new JoinRefusal(
        JoinRefusalKind.NO_CONSULTATION,
        'this workshop has no consultation yet: create it first',
      )
    }
    return consultationSchema.parse(JSON.parse(record))
  }

  /** A participant of the workshop, or the refusal `kind` when there is none. */
  async participant(workshop: string, id: string, kind: JoinRefusalKind): Promise<Participant> {
    const participant = (await this.registry.list(workshop)).find((each) => each.id === id)
    if (!participant) throw new JoinRefusal(kind, `no participant ${id}`)
    return participant
  }

  private async pass(
    found: StoredJoinCode,
    sub: string,
    name: string,
    boards: readonly string[],
  ): Promise<JoinPass> {
    const expiresAt = Math.min(Date.now() + JOIN_TOKEN_MS, found.expiresAt)
    const token = await mintToken(
      this.secret,
      { sub, name, role: Role.participant, workshop: found.workshop, boards: [...boards] },
      Math.floor(expiresAt / 1000),
    )
    return { token, workshop: found.workshop, board: boards[0]!, boards, name, expiresAt }
  }

  /** A personal code's participant; one deleted from the list makes the code revoked. */
  private participantOf(found: StoredJoinCode): Promise<Participant> {
    return this.participant(found.workshop, found.participant!, JoinRefusalKind.CODE_REVOKED)
  }

  private async invitee(found: StoredJoinCode): Promise<Participant> {
    if (found.kind !== JoinCodeKind.personal) {
      throw new JoinRefusal(JoinRefusalKind.NOT_AN_INVITATION, 'a room code has no invitation')
    }
    return this.participantOf(found)
  }

  private async defaultExpiry(workshop: string): Promise<number> {
    const retention = await this.store.loadRetention(workshop)
    return retention ?? Date.now() + DEFAULT_CODE_DAYS * DAY_MS
  }

  private async issue(
    workshop: string,
    kind: JoinCodeKind,
    length: number,
    fields: Pick<StoredJoinCode, 'participant' | 'session' | 'board' | 'expiresAt'>,
  ): Promise<StoredJoinCode> {
    // A collision is rare (1 in 2^30 per live room code): draw again a few times.
    for (let attempt = 0; attempt < 5; attempt++) {
      const joinCode: StoredJoinCode = {
        code: newCode(length),
        workshop,
        kind,
        ...fields,
        createdAt: Date.now(),
        revokedAt: null,
      }
      if (await this.store.addJoinCode(joinCode)) return joinCode
    }
    throw new Error('could not draw an unused join code')
  }
}

/**
 * The boards a joining person may write: their sub-group board (when they have one) first, it
 * is the one they open, then the session's plenary.
 */
function boardsOf(consultation: Consultation, session: string, subgroup: string | null): string[] {
  const planned = consultation.sessions.find((each) => each.id === session)
  const plenary = planned?.boards.find((board) => board.kind === 'plenary')?.id
  return [subgroup, plenary].filter((board): board is string => Boolean(board))
}
