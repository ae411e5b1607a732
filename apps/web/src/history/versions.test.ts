import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { failureOf, parseVersion } from './api.js'
import type { BoardVersion } from './api.js'
import { HISTORY_NS, addHistoryStrings, historyStrings } from './strings.js'
import type { HistoryText } from './strings.js'
import {
  RELAY_AUTHOR,
  authorName,
  checkVersionName,
  timeOf,
  versionDays,
  versionTitle,
} from './versions.js'

async function historyT(lng: string): Promise<HistoryText> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, fallbackLng: 'fr', resources: {}, keySeparator: false })
  addHistoryStrings(i18n)
  return i18n.getFixedT(lng, HISTORY_NS as never) as unknown as HistoryText
}

function baseKeys(resources: Readonly<Record<string, string>>): string[] {
  const plural = /_(zero|one|two|few|many|other)$/
  return [...new Set(Object.keys(resources).map((key) => key.replace(plural, '')))].sort()
}

const at = (hour: number, day = 16) => new Date(2026, 5, day, hour, 5).getTime()
const version = (patch: Partial<BoardVersion>): BoardVersion => ({
  id: 1,
  createdAt: at(10),
  author: RELAY_AUTHOR,
  name: null,
  reason: 'auto',
  bytes: 100,
  ...patch,
})

describe('the history panel’s words', () => {
  it('says every French phrase in English and Arabic too', () => {
    const french = baseKeys(historyStrings.fr)
    expect(baseKeys(historyStrings.en)).toEqual(french)
    expect(baseKeys(historyStrings.ar)).toEqual(french)
  })

  it('counts versions in each language’s plural forms', async () => {
    expect((await historyT('fr'))('list.count', { count: 2 })).toBe('2 versions')
    expect((await historyT('ar'))('list.count', { count: 2 })).toBe('نسختان')
  })
})

describe('a version name', () => {
  it('is trimmed, and refused when empty or longer than the relay takes', () => {
    expect(checkVersionName('  Avant la plénière ')).toEqual({
      ok: true,
      name: 'Avant la plénière',
    })
    expect(checkVersionName('   ')).toEqual({ ok: false, problem: 'empty', length: 0 })
    expect(checkVersionName('x'.repeat(121))).toEqual({
      ok: false,
      problem: 'tooLong',
      length: 121,
    })
    expect(checkVersionName('x'.repeat(120)).ok).toBe(true)
  })
})

describe('a version in the list', () => {
  it('is called by its name, else by what caused it', async () => {
    const t = await historyT('fr')
    const named = version({ id: 4, reason: 'named', name: 'Avant la pause' })
    const backup = version({ id: 5, reason: 'restore', name: 'before restoring 4' })
    const list = [backup, named, version({ id: 3 })]
    expect(versionTitle(named, list, t)).toBe('Avant la pause')
    expect(versionTitle(list[2]!, list, t)).toBe('Enregistrement automatique')
    expect(versionTitle(backup, list, t)).toBe('Avant la restauration de « Avant la pause »')
    expect(versionTitle(backup, [backup], t)).toBe('Avant la restauration')
  })

  it('names its author when this screen knows them, and the relay as Atelier', async () => {
    const t = await historyT('fr')
    const me = { id: 'f-1', name: 'Salma' }
    const names = new Map([['f-2', 'Karim']])
    expect(authorName(RELAY_AUTHOR, names, me, t)).toBe('Atelier')
    expect(authorName('f-1', names, me, t)).toBe('Salma (vous)')
    expect(authorName('f-2', names, me, t)).toBe('Karim')
    expect(authorName('f-9', names, me, t)).toBe('Personne f-9')
  })

  it('falls under today, yesterday or its date, with its local time', async () => {
    const t = await historyT('fr')
    const now = new Date(at(18))
    const days = versionDays(
      [
        version({ id: 3, createdAt: at(17) }),
        version({ id: 2, createdAt: at(9) }),
        version({ id: 1, createdAt: at(16, 15) }),
        version({ id: 0, createdAt: at(16, 2) }),
      ],
      'fr',
      t,
      now,
    )
    expect(days.map((day) => [day.label, day.versions.map((entry) => entry.id)])).toEqual([
      ['Aujourd’hui', [3, 2]],
      ['Hier', [1]],
      ['mardi 2 juin 2026', [0]],
    ])
    expect(timeOf(at(17), 'fr')).toBe('17:05')
    expect(timeOf(at(17), 'en')).toMatch(/^5:05\sPM$/)
    expect(timeOf(at(9), 'fr')).toMatch(/^0?9:05$/)
    expect(timeOf(at(17), 'ar')).toBe('17:05')
  })
})

describe('the relay’s answers', () => {
  it('map each refusal to what the panel says', () => {
    expect(failureOf(401, 'ATELIER_ERR_TOKEN_EXPIRED')).toBe('expired')
    expect(failureOf(401, 'ATELIER_ERR_UNAUTHORIZED')).toBe('unauthorized')
    expect(failureOf(403, 'ATELIER_ERR_FORBIDDEN')).toBe('forbidden')
    expect(failureOf(404, 'ATELIER_ERR_NOT_FOUND')).toBe('notFound')
    expect(failureOf(410, 'ATELIER_ERR_BOARD_DELETED')).toBe('deleted')
    expect(failureOf(400, 'ATELIER_ERR_BAD_REQUEST')).toBe('badName')
    expect(failureOf(503, undefined)).toBe('server')
    expect(failureOf(418, undefined)).toBe('unexpected')
  })

  it('keep a listed version only when it has the documented shape', () => {
    const listed = { id: 7, createdAt: 1, author: 'f-1', name: 'A', reason: 'named', bytes: 3 }
    expect(parseVersion(listed)).toEqual(listed)
    expect(parseVersion({ ...listed, name: null })?.name).toBeNull()
    expect(parseVersion({ ...listed, reason: 'deleted' })).toBeUndefined()
    expect(parseVersion({ ...listed, id: '7' })).toBeUndefined()
    expect(parseVersion(null)).toBeUndefined()
  })
})
