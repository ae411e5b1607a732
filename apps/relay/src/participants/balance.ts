import { AgeBand, ParticipantStatus, StakeholderType, type Participant } from './fields.js'

/** Groups smaller than this are never shown as a number. */
export const SMALLEST_SHOWN = 3
export const FEWER_THAN_3 = 'fewerThan3'
export type Count = number | typeof FEWER_THAN_3

/**
 * Where people stand, cumulatively: `invited` counts everyone on the list, `confirmed` those
 * who said yes (and came), `attended` those who came, `declined` those who said no.
 */
export interface StatusCounts {
  readonly invited: Count
  readonly confirmed: Count
  readonly declined: Count
  readonly attended: Count
}

export interface SessionBalance {
  readonly session: string
  readonly total: StatusCounts
  /** By stakeholder type; `notSaid` when none was given. */
  readonly stakeholder: Record<string, StatusCounts>
  /**
   * By self-described gender (lower-cased). A description fewer than 3 people of the session
   * share is not shown: they are counted under `other`. `notSaid` when none was given.
   */
  readonly gender: Record<string, StatusCounts>
  readonly ageBand: Record<string, StatusCounts>
  /** People of the session left out of every count because they have not consented. */
  readonly notCounted: Count
}

const NOT_SAID = 'notSaid'
const OTHER = 'other'

/**
 * The balance of each session at a glance, over the participants who consented only, with no
 * personal detail: every group smaller than 3 (none included) reads `fewerThan3`.
 *
 * @example
 * balanceOf(['governance'], participants)[0].stakeholder.youth // { invited: 5, confirmed: 'fewerThan3', ... }
 */
export function balanceOf(
  sessions: readonly string[],
  participants: readonly Participant[],
): SessionBalance[] {
  return sessions.map((session) => {
    const inSession = participants.filter((participant) => participant.session === session)
    const counted = inSession.filter((participant) => participant.consent.given)
    const genders = shownGenders(counted)
    return {
      session,
      total: statusCounts(counted),
      stakeholder: grouped(counted, Object.values(StakeholderType), (p) => p.stakeholder),
      gender: grouped(counted, [...genders, OTHER], (p) => {
        const gender = genderOf(p)
        return gender === null || genders.has(gender) ? gender : OTHER
      }),
      ageBand: grouped(counted, Object.values(AgeBand), (p) => p.ageBand),
      notCounted: shown(inSession.length - counted.length),
    }
  })
}

function genderOf(participant: Participant): string | null {
  return participant.gender?.normalize('NFKC').trim().toLowerCase() || null
}

/** The gender descriptions at least 3 of these people share: only those are named. */
function shownGenders(people: readonly Participant[]): Set<string> {
  const sizes = new Map<string, number>()
  for (const person of people) {
    const gender = genderOf(person)
    if (gender !== null) sizes.set(gender, (sizes.get(gender) ?? 0) + 1)
  }
  return new Set([...sizes].filter(([, size]) => size >= SMALLEST_SHOWN).map(([gender]) => gender))
}

function grouped(
  people: readonly Participant[],
  groups: Iterable<string>,
  groupOf: (participant: Participant) => string | null,
): Record<string, StatusCounts> {
  const members = new Map<string, Participant[]>()
  for (const group of [...groups, NOT_SAID]) members.set(group, [])
  for (const person of people) members.get(groupOf(person) ?? NOT_SAID)?.push(person)
  return Object.fromEntries([...members].map(([group, list]) => [group, statusCounts(list)]))
}

function statusCounts(people: readonly Participant[]): StatusCounts {
  const having = (...statuses: ParticipantStatus[]) =>
    shown(people.filter((person) => statuses.includes(person.status)).length)
  return {
    invited: shown(people.length),
    confirmed: having(ParticipantStatus.confirmed, ParticipantStatus.attended),
    declined: having(ParticipantStatus.declined),
    attended: having(ParticipantStatus.attended),
  }
}

function shown(count: number): Count {
  return count < SMALLEST_SHOWN ? FEWER_THAN_3 : count
}
