import { randomBytes } from 'node:crypto'
import type { Claims } from '../auth/tokens.js'
import {
  ParticipantStatus,
  PersonalField,
  type DocStore,
  type ParticipantAuditEntry,
  type StoredParticipant,
} from '../storage/types.js'
import type { FieldCipher } from './cipher.js'
import type {
  AgeBand,
  Consent,
  Participant,
  ParticipantInput,
  ParticipantPatch,
  StakeholderType,
} from './fields.js'
import { Placement } from './placement.js'
import { ParticipantRefusal, ParticipantRefusalKind } from './refusal.js'

/** What the audit log records: every reading, export and removal of personal data. */
export const AuditAction = {
  viewed: 'viewed',
  exported: 'exported',
  imported: 'imported',
  created: 'created',
  edited: 'edited',
  deleted: 'deleted',
  deletedAll: 'deleted-all',
  retentionSet: 'retention-set',
  retentionExpired: 'retention-expired',
} as const
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction]

/** Who acts on the registry: a facilitator's token, or the relay itself (retention). */
export type Actor = Pick<Claims, 'sub' | 'name'>
export const RELAY_ACTOR: Actor = { sub: 'atelier:relay', name: 'Atelier' }

/** A random pseudonymous id, the only thing of a participant a board may carry. */
export function newParticipantId(): string {
  return `p-${randomBytes(8).toString('hex')}`
}

/**
 * The participants of each consultation: reads and writes the store, sealing every personal
 * field on the way in and opening it on the way out, and keeps the audit log. The store only
 * ever sees sealed personal data.
 */
export class ParticipantRegistry {
  constructor(
    private readonly store: DocStore,
    private readonly cipher: FieldCipher,
  ) {}

  placement(workshop: string): Promise<Placement> {
    return Placement.of(this.store, workshop)
  }

  async list(workshop: string): Promise<Participant[]> {
    const stored = await this.store.listParticipants(workshop)
    return stored.map((participant) => this.open(workshop, participant))
  }

  /** Adds participants already checked against the consultation; resolves with them, ids given. */
  async add(workshop: string, inputs: readonly ParticipantInput[]): Promise<Participant[]> {
    const now = Date.now()
    const participants = inputs.map((input) => fromInput(newParticipantId(), input, now, now))
    await this.store.saveParticipants(
      workshop,
      participants.map((participant) => this.seal(workshop, participant)),
    )
    return participants
  }

  /** Applies an edit already checked against the consultation; undefined when there is no such id. */
  async edit(
    workshop: string,
    id: string,
    patch: ParticipantPatch,
  ): Promise<Participant | undefined> {
    const current = (await this.list(workshop)).find((participant) => participant.id === id)
    if (!current) return undefined
    const merged: ParticipantInput = { ...toInput(current), ...definedOf(patch) }
    const consent = patch.consent ? consentOf(patch.consent, Date.now()) : current.consent
    const edited = { ...fromInput(id, merged, current.createdAt, Date.now()), consent }
    await this.store.saveParticipants(workshop, [this.seal(workshop, edited)])
    return edited
  }

  remove(workshop: string, id: string): Promise<boolean> {
    return this.store.deleteParticipant(workshop, id)
  }

  /** Deletes every participant of the workshop and scrubs the store's files; boards stay. */
  erase(workshop: string): Promise<number> {
    return this.store.erasePersonalData(workshop)
  }

  audit(workshop: string, actor: Actor, action: AuditAction, count: number): Promise<void> {
    const entry: ParticipantAuditEntry = {
      at: Date.now(),
      actor: actor.sub,
      actorName: actor.name,
      action,
      count,
    }
    return this.store.recordParticipantAudit(workshop, entry)
  }

  auditLog(workshop: string): Promise<ParticipantAuditEntry[]> {
    return this.store.listParticipantAudit(workshop)
  }

  /**
   * Deletes the personal data of every workshop whose retention date has passed, recording it
   * in each one's audit log; resolves with the workshops it erased.
   */
  async sweepExpired(now: number): Promise<string[]> {
    const expired = await this.store.expiredRetentions(now)
    for (const workshop of expired) {
      const count = await this.erase(workshop)
      await this.audit(workshop, RELAY_ACTOR, AuditAction.retentionExpired, count)
    }
    return expired
  }

  private seal(workshop: string, participant: Participant): StoredParticipant {
    const seal = (field: PersonalField, value: string | null) =>
      value === null ? null : this.cipher.seal(value, contextOf(workshop, participant.id, field))
    const { consent } = participant
    return {
      id: participant.id,
      session: participant.session,
      subgroup: participant.subgroup,
      stakeholder: participant.stakeholder,
      status: participant.status,
      consentGiven: consent.given,
      sealed: {
        displayName: seal(PersonalField.displayName, participant.displayName),
        name: this.cipher.seal(participant.name, contextOf(workshop, participant.id, 'name')),
        organisation: seal(PersonalField.organisation, participant.organisation),
        contact: seal(PersonalField.contact, participant.contact),
        gender: seal(PersonalField.gender, participant.gender),
        ageBand: seal(PersonalField.ageBand, participant.ageBand),
        consent: seal(
          PersonalField.consent,
          JSON.stringify({ at: consent.at, purposes: consent.purposes }),
        ),
      },
      createdAt: participant.createdAt,
      updatedAt: participant.updatedAt,
    }
  }

  private open(workshop: string, stored: StoredParticipant): Participant {
    const open = (field: PersonalField) => {
      const sealed = stored.sealed[field]
      return sealed === null
        ? null
        : this.cipher.open(sealed, contextOf(workshop, stored.id, field))
    }
    const consent = JSON.parse(open(PersonalField.consent) ?? '{}') as Partial<Consent>
    return {
      id: stored.id,
      displayName: open(PersonalField.displayName),
      name: open(PersonalField.name)!,
      organisation: open(PersonalField.organisation),
      stakeholder: stored.stakeholder as StakeholderType | null,
      session: stored.session,
      subgroup: stored.subgroup,
      contact: open(PersonalField.contact),
      gender: open(PersonalField.gender),
      ageBand: open(PersonalField.ageBand) as AgeBand | null,
      consent: {
        given: stored.consentGiven,
        at: consent.at ?? null,
        purposes: consent.purposes ?? [],
      },
      status: stored.status,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
    }
  }
}

function contextOf(workshop: string, id: string, field: PersonalField): string {
  return `${workshop}/${id}/${field}`
}

function consentOf(input: ParticipantInput['consent'], now: number): Consent {
  if (!input?.given) return { given: false, at: null, purposes: [] }
  return { given: true, at: input.at ?? now, purposes: input.purposes }
}

function fromInput(id: string, input: ParticipantInput, createdAt: number, now: number) {
  return {
    id,
    displayName: input.displayName ?? null,
    name: input.name,
    organisation: input.organisation ?? null,
    stakeholder: input.stakeholder ?? null,
    session: input.session,
    subgroup: input.subgroup ?? null,
    contact: input.contact ?? null,
    gender: input.gender ?? null,
    ageBand: input.ageBand ?? null,
    consent: consentOf(input.consent, now),
    status: input.status ?? ParticipantStatus.invited,
    createdAt,
    updatedAt: now,
  } satisfies Participant
}

function toInput(participant: Participant): ParticipantInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = participant
  return input
}

function definedOf<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

/** Refuses a request whose participant is missing. */
export function notFound(id: string): ParticipantRefusal {
  return new ParticipantRefusal(ParticipantRefusalKind.NOT_FOUND, `no participant ${id}`)
}
