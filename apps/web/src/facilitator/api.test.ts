import { describe, expect, it } from 'vitest'
import { ConsoleFailure, failureOf, parseConsultation } from './api.js'
import { boardLink } from './links.js'
import { facilitatorStrings } from './strings.js'

describe('the console’s reading of the consultation API', () => {
  it('reads a consultation and its sessions’ boards', () => {
    const consultation = parseConsultation({
      workshop: 'tanger',
      title: 'Consultations',
      locale: 'fr',
      groups: 1,
      createdAt: 5,
      sessions: [
        {
          id: 'governance',
          boards: [
            { id: 'governance-g1', kind: 'subgroup', group: 1, title: 'G1', theme: 'x' },
            { id: 'governance-plenary', kind: 'plenary', title: 'Plénière' },
          ],
        },
      ],
    })
    expect(consultation?.sessions[0]?.boards).toEqual([
      { id: 'governance-g1', kind: 'subgroup', group: 1, title: 'G1' },
      { id: 'governance-plenary', kind: 'plenary', title: 'Plénière' },
    ])
  })

  it('reads the workshop’s roadmap board beside the sessions', () => {
    const consultation = parseConsultation({
      sessions: [],
      roadmap: { id: 'roadmap', kind: 'roadmap', title: 'Feuille de route' },
    })
    expect(consultation?.roadmap).toEqual({
      id: 'roadmap',
      kind: 'roadmap',
      title: 'Feuille de route',
    })
    expect(parseConsultation({ sessions: [] })?.roadmap).toBeUndefined()
  })

  it('refuses what is not a consultation', () => {
    expect(parseConsultation(undefined)).toBeUndefined()
    expect(parseConsultation({ sessions: [{ id: 'g', boards: [{ id: 'b', kind: 'x' }] }] })).toBe(
      undefined,
    )
  })

  it('tells an expired link from another refusal', () => {
    expect(failureOf(401, 'ATELIER_ERR_TOKEN_EXPIRED')).toBe(ConsoleFailure.expired)
    expect(failureOf(401, undefined)).toBe(ConsoleFailure.unauthorized)
    expect(failureOf(403, 'ATELIER_ERR_FORBIDDEN')).toBe(ConsoleFailure.forbidden)
    expect(failureOf(409, undefined)).toBe(ConsoleFailure.conflict)
    expect(failureOf(400, undefined)).toBe(ConsoleFailure.invalid)
    expect(failureOf(503, undefined)).toBe(ConsoleFailure.server)
  })

  it('opens a board in a view with the token in the fragment only', () => {
    expect(boardLink('tanger', 'governance-g1', 'a.b.c', 'projector')).toBe(
      '/w/tanger/governance-g1?view=projector#token=a.b.c',
    )
    expect(boardLink('tanger', 'governance-g1', 'a.b.c', 'board')).toBe(
      '/w/tanger/governance-g1#token=a.b.c',
    )
  })

  it('says every French phrase in English and Arabic too', () => {
    const french = Object.keys(facilitatorStrings.fr).sort()
    expect(Object.keys(facilitatorStrings.en).sort()).toEqual(french)
    expect(Object.keys(facilitatorStrings.ar).sort()).toEqual(french)
  })
})
