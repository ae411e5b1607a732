import type { ParticipationInput, PeopleCount, StatusCounts } from '@atelier/report'
import { ParticipantStatus, type StoredParticipant } from '../storage/types.js'
// The registry's own "fewer than 3", the report's value: importing the report's would load its
// writers with the relay.
import { FEWER_THAN_3, SMALLEST_SHOWN } from './balance.js'

function shown(count: number): PeopleCount {
  return count < SMALLEST_SHOWN ? FEWER_THAN_3 : count
}

function counts(people: readonly StoredParticipant[]): StatusCounts {
  const having = (...statuses: ParticipantStatus[]) =>
    shown(people.filter((person) => statuses.includes(person.status)).length)
  return {
    invited: shown(people.length),
    confirmed: having(ParticipantStatus.confirmed, ParticipantStatus.attended),
    attended: having(ParticipantStatus.attended),
  }
}

/**
 * The report's participation figures of each session, from the participant registry's clear
 * columns only (session, stakeholder type, status, consent: nothing is decrypted): how many
 * people were invited, confirmed (or came) and came, in all and by stakeholder type, over those
 * who consented to be counted, as the balance counts them. A count under 3 reads `fewerThan3`;
 * a session nobody was registered for has no figures.
 *
 * @example participationOf(['governance'], stored).get('governance') // { invited: 24, ... }
 */
export function participationOf(
  sessions: readonly string[],
  participants: readonly StoredParticipant[],
): Map<string, ParticipationInput> {
  const figures = new Map<string, ParticipationInput>()
  for (const session of sessions) {
    const counted = participants.filter((p) => p.session === session && p.consentGiven)
    if (counted.length === 0) continue
    const types = new Map<string, StoredParticipant[]>()
    for (const person of counted) {
      if (person.stakeholder === null) continue
      types.set(person.stakeholder, [...(types.get(person.stakeholder) ?? []), person])
    }
    figures.set(session, {
      ...counts(counted),
      stakeholders: Object.fromEntries(
        [...types].map(([type, people]) => [type, counts(people)] as const),
      ),
    })
  }
  return figures
}
