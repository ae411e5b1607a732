import { describe, expect, it } from 'vitest'
import { colourFor, meFrom, PERSON_COLOURS, readClaims } from './me.js'

function tokenWith(payload: object): string {
  const encode = (value: object) => {
    const bytes = new TextEncoder().encode(JSON.stringify(value))
    const base64 = btoa(String.fromCharCode(...bytes))
    return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  }
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`
}

describe('the person behind a token', () => {
  it('reads who they are from the token payload', () => {
    const token = tokenWith({
      sub: 'p-7',
      name: 'Youssef',
      role: 'participant',
      workshop: 'tanger',
    })
    expect(readClaims(token)).toEqual({
      sub: 'p-7',
      name: 'Youssef',
      role: 'participant',
      workshop: 'tanger',
    })
  })

  it('reads names written in Arabic', () => {
    const token = tokenWith({ sub: 'p-8', name: 'سلمى', role: 'rapporteur', workshop: 'tanger' })
    expect(readClaims(token)?.name).toBe('سلمى')
  })

  it('refuses what is not a token, or a token with an unknown role', () => {
    expect(readClaims('not-a-token')).toBeUndefined()
    expect(readClaims('a.b.c')).toBeUndefined()
    const token = tokenWith({ sub: 'p-1', name: 'A', role: 'admin', workshop: 'tanger' })
    expect(readClaims(token)).toBeUndefined()
  })

  it('never lets an observer write, and limits others to the boards their token lists', () => {
    const base = { sub: 'p-1', name: 'A', workshop: 'tanger' }
    expect(meFrom({ ...base, role: 'observer' }, 'g1').canWrite).toBe(false)
    expect(meFrom({ ...base, role: 'participant' }, 'g1').canWrite).toBe(true)
    expect(meFrom({ ...base, role: 'participant', boards: ['g2'] }, 'g1').canWrite).toBe(false)
    expect(meFrom({ ...base, role: 'facilitator', boards: ['g1'] }, 'g1').canWrite).toBe(true)
  })

  it('gives each person the same colour on every screen', () => {
    expect(colourFor('p-1')).toBe(colourFor('p-1'))
    expect(PERSON_COLOURS).toContain(colourFor('p-1'))
    const colours = new Set(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6'].map(colourFor))
    expect(colours.size).toBeGreaterThan(3)
  })
})
