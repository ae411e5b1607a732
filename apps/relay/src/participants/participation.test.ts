import { describe, expect, it } from 'vitest'
import { ParticipantStatus, type StoredParticipant } from '../storage/types.js'
import { participationOf } from './participation.js'

let next = 0
function person(
  session: string,
  stakeholder: string | null,
  status: ParticipantStatus,
  consentGiven = true,
): StoredParticipant {
  next += 1
  const none = null
  return {
    id: `p-${next}`,
    session,
    subgroup: null,
    stakeholder,
    status,
    consentGiven,
    sealed: {
      name: new Uint8Array([1]),
      displayName: none,
      organisation: none,
      contact: none,
      gender: none,
      ageBand: none,
      consent: none,
    },
    createdAt: 0,
    updatedAt: 0,
  }
}

describe('the report’s participation figures', () => {
  it('counts those who consented, by session and stakeholder type, a group under 3 never as a number', () => {
    const { attended, confirmed, invited } = ParticipantStatus
    const registry = [
      person('governance', 'youth', attended),
      person('governance', 'youth', attended),
      person('governance', 'youth', confirmed),
      person('governance', 'youth', invited),
      person('governance', 'migrant', attended),
      person('governance', null, attended),
      // Not counted anywhere: no consent.
      person('governance', 'youth', attended, false),
      person('operational-response', 'civil-society', attended),
    ]
    const figures = participationOf(
      ['governance', 'operational-response', 'inclusion-resilience'],
      registry,
    )
    expect(figures.get('governance')).toEqual({
      invited: 6,
      confirmed: 5,
      attended: 4,
      stakeholders: {
        youth: { invited: 4, confirmed: 3, attended: 'fewerThan3' },
        migrant: { invited: 'fewerThan3', confirmed: 'fewerThan3', attended: 'fewerThan3' },
      },
    })
    expect(figures.get('operational-response')).toEqual({
      invited: 'fewerThan3',
      confirmed: 'fewerThan3',
      attended: 'fewerThan3',
      stakeholders: {
        'civil-society': {
          invited: 'fewerThan3',
          confirmed: 'fewerThan3',
          attended: 'fewerThan3',
        },
      },
    })
    // Nobody registered: no figures rather than a misleading zero.
    expect(figures.has('inclusion-resilience')).toBe(false)
  })
})
