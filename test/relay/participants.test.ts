import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '@atelier/relay'
import { callApi } from '../helpers/api.js'
import { startRelay, tokenFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const PARTICIPANTS = `${API}/participants`
const FORMULA = "=cmd|' /C calc'!A0"
const STAKEHOLDERS = ['civil-society', 'public-institution', 'youth', 'field-actor'] as const

/** Sends any method with a Bearer token; `body` goes as JSON unless a content type is given. */
async function send(
  relay: RunningRelay,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  contentType = 'application/json',
) {
  const json = contentType === 'application/json'
  const response = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': contentType }),
    },
    ...(body === undefined ? {} : { body: json ? JSON.stringify(body) : (body as BodyInit) }),
  })
  const type = response.headers.get('content-type') ?? ''
  const payload = type.includes('json') ? await response.json() : await response.arrayBuffer()
  return { status: response.status, type, body: payload as Record<string, unknown> }
}

async function withConsultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance', 'inclusion-resilience'],
  })
  expect(created.status).toBe(201)
  return facilitator
}

/** The 24 people of the guest list: a name, an e-mail, a sub-group and a balance to count. */
function goodPeople() {
  return Array.from({ length: 24 }, (_, index) => ({
    name: `Participante Numéro${index} Benali`,
    email: `invite${index}@exemple.ma`,
    // Of those who consent: 7 youth, 7 civil society, 6 public institutions, 2 migrants.
    stakeholder: index < 22 ? STAKEHOLDERS[index % 3] : 'migrant',
    gender: index === 23 ? 'non-binaire' : index % 2 ? 'femme' : 'homme',
    consent: index === 0 || index === 1 ? 'non' : 'oui',
    subgroup: String((index % 4) + 1),
  }))
}

/** A CSV of the 24 good rows and 5 bad ones, at lines 4, 9, 15, 21 and 30 of the file. */
function guestList(): string {
  const lines = ['nom;organisation;type;session;groupe;email;genre;âge;consentement']
  const row = (p: ReturnType<typeof goodPeople>[number], session = 'governance') =>
    `${p.name};Association Tanja;${p.stakeholder};${session};${p.subgroup};${p.email};${p.gender};25-34;${p.consent}`
  const people = goodPeople()
  for (const [index, person] of people.entries()) {
    lines.push(row(person))
    if (index === 1) lines.push(';Association;youth;governance;1;sans.nom@exemple.ma;;;oui')
    if (index === 5) lines.push(row({ ...people[0]!, name: 'Youssef Idrissi' }, 'cooking'))
    if (index === 10) lines.push(row({ ...people[0]!, name: FORMULA, email: 'x@exemple.ma' }))
    if (index === 15) lines.push(row({ ...people[0]!, name: 'Salma Tazi', email: 'salma@' }))
  }
  lines.push(row(people[20]!))
  return lines.join('\r\n') + '\r\n'
}

async function imported(relay: RunningRelay, facilitator: string) {
  const preview = await send(
    relay,
    'POST',
    `${PARTICIPANTS}/import`,
    facilitator,
    guestList(),
    'text/csv',
  )
  expect(preview.status).toBe(200)
  const confirm = await callApi(
    relay,
    `${PARTICIPANTS}/import/${preview.body.importId as string}/confirm`,
    facilitator,
    {},
  )
  expect(confirm.body.imported).toBe(24)
  return confirm.body.participants as Array<{ id: string; name: string; contact: string }>
}

/** The bytes of the store's database file and its WAL, as they are on disk now. */
function storeBytes(relay: RunningRelay): Buffer {
  const file = join(relay.dataDir, 'atelier.db')
  const wal = `${file}-wal`
  return Buffer.concat([readFileSync(file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)])
}

function checkpoint(relay: RunningRelay) {
  const raw = new Database(join(relay.dataDir, 'atelier.db'))
  try {
    raw.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    raw.close()
  }
}

function readRaw<T>(relay: RunningRelay, sql: string): T[] {
  const raw = new Database(join(relay.dataDir, 'atelier.db'), { readonly: true })
  try {
    return raw.prepare(sql).all() as T[]
  } finally {
    raw.close()
  }
}

describe('the participant registry (personal data)', () => {
  it('refuses every endpoint to rapporteurs, participants, observers and other workshops', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    const created = await callApi(relay, PARTICIPANTS, facilitator, {
      name: 'Amina Alaoui',
      session: 'governance',
    })
    expect(created.status).toBe(201)
    const id = (created.body.participant as { id: string }).id
    const preview = await send(
      relay,
      'POST',
      `${PARTICIPANTS}/import`,
      facilitator,
      guestList(),
      'text/csv',
    )
    const importId = preview.body.importId as string
    const endpoints: Array<[string, string, unknown?, string?]> = [
      ['GET', PARTICIPANTS],
      ['POST', PARTICIPANTS, { name: 'Intrus', session: 'governance' }],
      ['PATCH', `${PARTICIPANTS}/${id}`, { name: 'Intrus' }],
      ['DELETE', `${PARTICIPANTS}/${id}`],
      ['DELETE', PARTICIPANTS],
      ['POST', `${PARTICIPANTS}/import`, guestList(), 'text/csv'],
      ['POST', `${PARTICIPANTS}/import/${importId}/confirm`, {}],
      ['GET', `${PARTICIPANTS}/export`],
      ['GET', `${PARTICIPANTS}/export?format=xlsx`],
      ['GET', `${PARTICIPANTS}/balance`],
      ['GET', `${PARTICIPANTS}/audit`],
      ['GET', `${PARTICIPANTS}/retention`],
      ['PUT', `${PARTICIPANTS}/retention`, { until: '2030-01-01' }],
    ]
    const others = [
      await tokenFor({ sub: 'r', role: 'rapporteur' }),
      await tokenFor({ sub: 'p', role: 'participant' }),
      await tokenFor({ sub: 'o', role: 'observer' }),
      await tokenFor({ sub: 'fac', role: 'facilitator', workshop: 'rabat' }),
    ]
    for (const [method, path, body, type] of endpoints) {
      for (const token of others) {
        const response = await send(relay, method, path, token, body, type)
        expect(response.status, `${method} ${path}`).toBe(403)
        expect(response.body.code).toBe('ATELIER_ERR_FORBIDDEN')
      }
      expect((await send(relay, method, path, 'forged.token.here', body, type)).status).toBe(401)
    }
    const list = await callApi(relay, PARTICIPANTS, facilitator)
    expect(list.body.participants).toEqual([created.body.participant])
    const audit = await callApi(relay, `${PARTICIPANTS}/audit`, facilitator)
    expect((audit.body.entries as Array<{ action: string }>).map((e) => e.action)).toEqual([
      'viewed',
      'created',
    ])
  })

  it('previews exactly the 5 bad rows of a guest list and imports nothing until confirmed', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    const preview = await send(
      relay,
      'POST',
      `${PARTICIPANTS}/import`,
      facilitator,
      guestList(),
      'text/csv',
    )
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ rows: 29, valid: 24, unknownColumns: [] })
    const errors = preview.body.errors as Array<{ line: number; reasons: string[] }>
    expect(errors.map((error) => error.line)).toEqual([4, 9, 15, 21, 30])
    expect(errors.map((error) => error.reasons.join(' '))).toEqual([
      expect.stringMatching(/^name: is required/),
      expect.stringMatching(/^session: "cooking" is not a session/),
      expect.stringMatching(/^name: starts with = \+ - @/),
      expect.stringMatching(/^contact: is neither a valid e-mail/),
      expect.stringMatching(/^duplicate: .* as line 26$/),
    ])
    expect((await callApi(relay, PARTICIPANTS, facilitator)).body.participants).toEqual([])

    const importId = preview.body.importId as string
    const confirm = await callApi(
      relay,
      `${PARTICIPANTS}/import/${importId}/confirm`,
      facilitator,
      {},
    )
    expect(confirm.status).toBe(200)
    expect(confirm.body.imported).toBe(24)
    const list = (await callApi(relay, PARTICIPANTS, facilitator)).body.participants as Array<{
      name: string
      subgroup: string
      contact: string
      consent: { given: boolean }
    }>
    expect(list).toHaveLength(24)
    expect(list[3]).toMatchObject({
      name: 'Participante Numéro3 Benali',
      subgroup: 'governance-g4',
      contact: 'invite3@exemple.ma',
      consent: { given: true },
    })
    expect(list.some((person) => person.name === FORMULA)).toBe(false)
    const again = await callApi(
      relay,
      `${PARTICIPANTS}/import/${importId}/confirm`,
      facilitator,
      {},
    )
    expect(again.status).toBe(404)
    expect((await callApi(relay, PARTICIPANTS, facilitator)).body.participants).toHaveLength(24)
  })

  it('refuses a bad participant with a clear error and stores nothing', async () => {
    const relay = await startRelay()
    const facilitator = await tokenFor({ sub: 'fac' })
    const early = await callApi(relay, PARTICIPANTS, facilitator, {
      name: 'A',
      session: 'governance',
    })
    expect(early.status).toBe(409)
    await withConsultation(relay)
    const bad: unknown[] = [
      { session: 'governance' },
      { name: 'Amina' },
      { name: FORMULA, session: 'governance' },
      { name: 'Amina', session: 'governance', subgroup: 'governance-g9' },
      { name: 'Amina', session: 'governance', stakeholder: 'minister' },
      { name: 'Amina', session: 'governance', contact: 'not a contact' },
      { name: 'Amina', session: 'governance', admin: true },
    ]
    for (const body of bad) {
      const response = await callApi(relay, PARTICIPANTS, facilitator, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.code).toBe('ATELIER_ERR_BAD_REQUEST')
    }
    expect((await callApi(relay, PARTICIPANTS, facilitator)).body.participants).toEqual([])
  })

  it('exports the list as CSV and XLSX with every formula-like cell neutralised', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    await imported(relay, facilitator)
    const created = await callApi(relay, PARTICIPANTS, facilitator, {
      name: 'Hamza Ouazzani',
      session: 'inclusion-resilience',
      contact: '+212 612 345 678',
    })
    expect(created.status).toBe(201)
    const csv = await send(relay, 'GET', `${PARTICIPANTS}/export`, facilitator)
    expect(csv.status).toBe(200)
    expect(csv.type).toContain('text/csv')
    const text = Buffer.from(csv.body as unknown as ArrayBuffer).toString('utf8')
    const lines = text.split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(26)
    expect(lines.at(-1)).toContain(",'+212 612 345 678,")
    for (const cell of lines.flatMap((line) => line.split(','))) {
      expect(cell, 'no cell may start a formula').not.toMatch(/^[=+\-@\t\r]/)
    }
    const xlsx = await send(relay, 'GET', `${PARTICIPANTS}/export?format=xlsx`, facilitator)
    expect(xlsx.type).toContain('spreadsheetml')
    // The export reads back as an import: every row is already on the list.
    const reread = await send(
      relay,
      'POST',
      `${PARTICIPANTS}/import`,
      facilitator,
      Buffer.from(xlsx.body as unknown as ArrayBuffer),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(reread.body).toMatchObject({ rows: 25, valid: 0, unknownColumns: [] })
    for (const error of reread.body.errors as Array<{ reasons: string[] }>) {
      expect(error.reasons).toEqual([expect.stringMatching(/already on the list/)])
    }
    const audit = await callApi(relay, `${PARTICIPANTS}/audit`, facilitator)
    expect(audit.body.entries).toContainEqual(
      expect.objectContaining({
        action: 'exported',
        actor: 'fac',
        actorName: 'Khadija',
        count: 25,
      }),
    )
  })

  it('keeps no name or e-mail in clear in the database file or its WAL', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    const people = await imported(relay, facilitator)
    const secrets = people.flatMap((person) => [person.name, person.contact])
    const inClear = (bytes: Buffer) => secrets.filter((secret) => bytes.includes(secret))
    expect(storeBytes(relay).includes('governance-g1')).toBe(true)
    expect(inClear(storeBytes(relay))).toEqual([])
    checkpoint(relay)
    expect(inClear(storeBytes(relay))).toEqual([])
    const rows = readRaw<{ name: Buffer }>(relay, 'SELECT name FROM participants')
    expect(rows).toHaveLength(24)
    expect(readFileSync(join(relay.dataDir, 'data.key'), 'utf8').trim()).toMatch(
      /^[A-Za-z0-9+/]{43}=$/,
    )
  })

  it('deletes all personal data: boards stay byte-identical, no sealed field is left in the file', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    await imported(relay, facilitator)
    const boards = () =>
      readRaw(
        relay,
        'SELECT workshop, board, seq, doc_update, author, created_at FROM board_updates ORDER BY workshop, board, seq',
      )
    const consultation = () => readRaw(relay, 'SELECT * FROM consultations')
    const before = { boards: boards(), consultation: consultation() }
    expect(before.boards.length).toBeGreaterThan(0)
    const sealed = readRaw<Record<string, Buffer | null>>(
      relay,
      'SELECT display_name, name, organisation, contact, gender, age_band, consent FROM participants',
    ).flatMap((row) => Object.values(row).filter((value): value is Buffer => value !== null))
    expect(sealed.length).toBeGreaterThanOrEqual(24 * 6)
    checkpoint(relay)
    const present = (bytes: Buffer) => sealed.filter((value) => bytes.includes(value)).length
    expect(present(storeBytes(relay))).toBe(sealed.length)

    const deleted = await send(relay, 'DELETE', PARTICIPANTS, facilitator)
    expect(deleted).toMatchObject({ status: 200, body: { deleted: 24 } })
    expect(present(storeBytes(relay))).toBe(0)
    expect(readRaw(relay, 'SELECT * FROM participants')).toEqual([])
    expect(boards()).toEqual(before.boards)
    expect(consultation()).toEqual(before.consultation)
    expect((await callApi(relay, PARTICIPANTS, facilitator)).body.participants).toEqual([])
    const audit = await callApi(relay, `${PARTICIPANTS}/audit`, facilitator)
    expect((audit.body.entries as Array<{ action: string; count: number }>).slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'viewed', count: 0 }),
      expect.objectContaining({ action: 'deleted-all', count: 24, actor: 'fac' }),
    ])
  })

  it('shows the balance over consenting people only, never a group smaller than 3', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    const people = await imported(relay, facilitator)
    // Four young people confirm, one of them comes.
    const youth = people.filter((_, index) => index >= 2 && index < 22 && index % 3 === 2)
    for (const [index, person] of youth.slice(0, 4).entries()) {
      const status = index === 0 ? 'attended' : 'confirmed'
      const edit = await send(relay, 'PATCH', `${PARTICIPANTS}/${person.id}`, facilitator, {
        status,
      })
      expect(edit.status).toBe(200)
    }
    const response = await callApi(relay, `${PARTICIPANTS}/balance`, facilitator)
    expect(response.status).toBe(200)
    const [governance, inclusion] = response.body.sessions as Array<Record<string, unknown>>
    expect(governance).toMatchObject({
      session: 'governance',
      total: { invited: 22, confirmed: 4, declined: 'fewerThan3', attended: 'fewerThan3' },
      notCounted: 'fewerThan3',
      stakeholder: {
        youth: { invited: 7, confirmed: 4, attended: 'fewerThan3' },
        'civil-society': { invited: 7 },
        'public-institution': { invited: 6 },
        migrant: { invited: 'fewerThan3' },
        other: { invited: 'fewerThan3' },
      },
    })
    const gender = governance!.gender as Record<string, unknown>
    expect(Object.keys(gender).sort()).toEqual(['femme', 'homme', 'notSaid', 'other'])
    expect(gender.other).toMatchObject({ invited: 'fewerThan3' })
    expect(inclusion).toMatchObject({ total: { invited: 'fewerThan3' } })
    const numbers = JSON.stringify(response.body).match(/:\d+/g) ?? []
    expect(numbers.length).toBeGreaterThan(5)
    for (const number of numbers) expect(Number(number.slice(1))).toBeGreaterThanOrEqual(3)
  })

  it('deletes personal data past its retention date when the relay starts', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    await imported(relay, facilitator)
    const past = await send(relay, 'PUT', `${PARTICIPANTS}/retention`, facilitator, {
      until: '2020-01-01',
    })
    expect(past.status).toBe(400)
    const year = new Date().getUTCFullYear() + 1
    const set = await send(relay, 'PUT', `${PARTICIPANTS}/retention`, facilitator, {
      until: `${year}-06-30`,
    })
    expect(set).toMatchObject({ status: 200, body: { until: Date.parse(`${year}-07-01`) } })
    const read = await callApi(relay, `${PARTICIPANTS}/retention`, facilitator)
    expect(read.body.until).toBe(Date.parse(`${year}-07-01`))
    await relay.close()

    const restarted = await startRelay({ DATA_DIR: relay.dataDir })
    expect((await callApi(restarted, PARTICIPANTS, facilitator)).body.participants).toHaveLength(24)
    await restarted.close()
    const raw = new Database(join(relay.dataDir, 'atelier.db'))
    raw.prepare('UPDATE participant_retention SET until = 1').run()
    raw.close()

    const expired = await startRelay({ DATA_DIR: relay.dataDir })
    expect((await callApi(expired, PARTICIPANTS, facilitator)).body.participants).toEqual([])
    const audit = await callApi(expired, `${PARTICIPANTS}/audit`, facilitator)
    expect(audit.body.entries).toContainEqual(
      expect.objectContaining({ action: 'retention-expired', actor: 'atelier:relay', count: 24 }),
    )
  })

  it('refuses to start with a data key that is not 32 bytes of base64', () => {
    expect(() => loadConfig({ ATELIER_DATA_KEY: 'too-short' })).toThrow(/ATELIER_DATA_KEY/)
    const key = Buffer.alloc(32, 1).toString('base64')
    expect(loadConfig({ ATELIER_DATA_KEY: key }).ATELIER_DATA_KEY).toBe(key)
  })
})
