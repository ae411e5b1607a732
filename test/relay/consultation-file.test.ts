import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { addNote, listNotes } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const BOARD = 'tanger/governance-g1'
const PASSPHRASE = 'sel de mer et thé à la menthe'

async function withConsultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance'],
    groups: 2,
  })
  expect(created.status).toBe(201)
  return facilitator
}

/** A client of governance-g1 on this relay, synced. */
async function boardClient(relay: RunningRelay, sub = 'fac'): Promise<Client> {
  return syncedClient(relay.syncUrl, BOARD, await tokenFor({ sub, name: sub }))
}

/** Writes notes on governance-g1 and waits until another client of the relay has them. */
async function writeNotes(relay: RunningRelay, texts: string[]) {
  const writer = await boardClient(relay, 'writer')
  for (const text of texts) {
    addNote(writer.doc, { text, category: 'finding', x: 3000, y: 3000 })
  }
  const watcher = await boardClient(relay, 'watcher')
  await waitFor(() => texts.every((text) => notesOf(watcher).includes(text)))
  writer.destroy()
  watcher.destroy()
}

function notesOf(client: Client): string[] {
  return listNotes(client.doc).map((note) => note.text)
}

/** The note texts of governance-g1 as a fresh client of the relay receives them. */
async function notesOn(relay: RunningRelay): Promise<string[]> {
  const client = await boardClient(relay, 'reader')
  const texts = notesOf(client)
  client.destroy()
  return texts.sort()
}

async function exportFile(relay: RunningRelay, token: string, body?: unknown) {
  const response = await fetch(`${relay.httpUrl}${API}/export`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, bytes }
}

async function importFile(
  relay: RunningRelay,
  token: string,
  bytes: Uint8Array,
  passphrase?: string,
) {
  const response = await fetch(`${relay.httpUrl}${API}/import`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      ...(passphrase === undefined
        ? {}
        : { 'x-atelier-passphrase': encodeURIComponent(passphrase) }),
    },
    body: new Uint8Array(bytes),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** How many boards the relay's consultation plans: each session's, and the roadmap if any. */
async function plannedBoards(relay: RunningRelay, token: string): Promise<number> {
  const { consultation } = (await callApi(relay, `${API}/consultation`, token)).body as {
    consultation: { sessions: { boards: unknown[] }[]; roadmap?: unknown }
  }
  const boards = consultation.sessions.flatMap((session) => session.boards).length
  return boards + (consultation.roadmap ? 1 : 0)
}

type Version = { id: number; name: string | null; reason: string; createdAt: number }

async function versionsOf(relay: RunningRelay, token: string): Promise<Version[]> {
  const answer = await callApi(relay, `${API}/boards/governance-g1/versions`, token)
  expect(answer.status).toBe(200)
  return answer.body.versions as Version[]
}

function named(versions: Version[]) {
  return versions
    .filter((version) => version.reason === 'named')
    .map((version) => `${version.name}@${version.createdAt}`)
    .sort()
}

describe('the consultation file (export and import)', () => {
  it('merges into a relay that has diverged: every note of both sides once, versions once', async () => {
    const a = await startRelay()
    const b = await startRelay()
    const facilitator = await withConsultation(a)
    await writeNotes(a, ['Pas de plan de continuité', 'Sauvegardes hors site absentes'])
    const saved = await callApi(a, `${API}/boards/governance-g1/versions`, facilitator, {
      name: 'Avant la pause',
    })
    expect(saved.status).toBe(201)

    const first = await exportFile(a, facilitator)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-disposition')).toMatch(
      /attachment; filename="tanger-\d{4}-\d{2}-\d{2}\.atelier"/,
    )
    const fresh = await importFile(b, facilitator, first.bytes)
    expect(fresh.status).toBe(200)
    expect(fresh.body.imported).toMatchObject({
      consultation: 'created',
      boards: await plannedBoards(a, facilitator),
      outsideConsultation: [],
    })
    expect((await callApi(b, `${API}/consultation`, facilitator)).status).toBe(200)
    expect(await notesOn(b)).toEqual([
      'Pas de plan de continuité',
      'Sauvegardes hors site absentes',
    ])

    // The two laptops go their own ways, each with its own notes and versions.
    await writeNotes(a, ['Exercice de crise annuel'])
    await writeNotes(b, ['Cellule de crise à la wilaya'])
    await callApi(b, `${API}/boards/governance-g1/versions`, facilitator, { name: 'Côté B' })
    const watcher = await boardClient(b, 'watcher-b')

    const second = await importFile(b, facilitator, (await exportFile(a, facilitator)).bytes)
    expect(second.status).toBe(200)
    const everything = [
      'Cellule de crise à la wilaya',
      'Exercice de crise annuel',
      'Pas de plan de continuité',
      'Sauvegardes hors site absentes',
    ]
    expect(await notesOn(b)).toEqual(everything)
    // A client connected during the import receives the merged notes live.
    await waitFor(() => notesOf(watcher).length === 4)
    expect(notesOf(watcher).sort()).toEqual(everything)

    // And back to A, which gets B's note and B's version; importing twice changes nothing more.
    const back = (await exportFile(b, facilitator)).bytes
    expect((await importFile(a, facilitator, back)).status).toBe(200)
    const again = await importFile(a, facilitator, back)
    expect(again.body.imported).toMatchObject({ versionsAdded: 0, consultation: 'kept' })
    expect(await notesOn(a)).toEqual(everything)
    const namedOnA = named(await versionsOf(a, facilitator))
    expect(namedOnA).toEqual(named(await versionsOf(b, facilitator)))
    expect(namedOnA.map((v) => v.split('@')[0]).sort()).toEqual(['Avant la pause', 'Côté B'])
  })

  it('carries the registry only when asked, sealed with a passphrase, and restores it', async () => {
    const a = await startRelay()
    const b = await startRelay()
    const facilitator = await withConsultation(a)
    for (const person of [
      { name: 'Amina Alaoui', session: 'governance', contact: 'amina@exemple.ma' },
      { name: 'Youssef Tazi', session: 'governance', subgroup: 'governance-g2', gender: 'homme' },
    ]) {
      expect((await callApi(a, `${API}/participants`, facilitator, person)).status).toBe(201)
    }
    const registry = (await callApi(a, `${API}/participants`, facilitator)).body.participants

    const plain = gunzipSync((await exportFile(a, facilitator)).bytes).toString('utf8')
    expect(JSON.parse(plain).personal).toBeNull()
    expect(plain).not.toContain('Amina')

    const short = await exportFile(a, facilitator, {
      includePersonalData: true,
      passphrase: 'court',
    })
    expect(short.status).toBe(400)
    expect(JSON.parse(short.bytes.toString()).message).toMatch(/at least 12 characters/)
    const none = await exportFile(a, facilitator, { includePersonalData: true })
    expect(none.status).toBe(400)

    const sealed = await exportFile(a, facilitator, {
      includePersonalData: true,
      passphrase: PASSPHRASE,
    })
    expect(sealed.status).toBe(200)
    const json = gunzipSync(sealed.bytes).toString('utf8')
    expect(JSON.parse(json).personal.cipher).toBe('aes-256-gcm')
    for (const secret of ['Amina', 'Alaoui', 'amina@exemple.ma', 'Youssef', 'homme']) {
      expect(json).not.toContain(secret)
    }

    const noPassphrase = await importFile(b, facilitator, sealed.bytes)
    expect(noPassphrase.status).toBe(400)
    expect(noPassphrase.body.message).toMatch(/passphrase/)
    const wrong = await importFile(b, facilitator, sealed.bytes, 'pas la bonne phrase secrète')
    expect(wrong).toEqual({
      status: 400,
      body: {
        code: 'ATELIER_ERR_BAD_FILE',
        message: 'wrong passphrase, or the personal data of the file was changed',
      },
    })
    // Nothing changed on B: no consultation, no board content, no participant.
    expect((await callApi(b, `${API}/consultation`, facilitator)).status).toBe(404)
    expect(await notesOn(b)).toEqual([])
    expect((await callApi(b, `${API}/participants`, facilitator)).body.participants).toEqual([])

    const right = await importFile(b, facilitator, sealed.bytes, PASSPHRASE)
    expect(right.status).toBe(200)
    expect(right.body.imported).toMatchObject({ participantsAdded: 2, participantsUpdated: 0 })
    expect((await callApi(b, `${API}/participants`, facilitator)).body.participants).toEqual(
      registry,
    )
    const auditA = (await callApi(a, `${API}/participants/audit`, facilitator)).body.entries
    expect(auditA).toContainEqual(expect.objectContaining({ action: 'exported', count: 2 }))
    const auditB = (await callApi(b, `${API}/participants/audit`, facilitator)).body.entries
    expect(auditB).toContainEqual(
      expect.objectContaining({ action: 'imported', count: 2, actor: 'fac', actorName: 'Khadija' }),
    )
  })

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const a = await startRelay()
    const b = await startRelay()
    const facilitator = await withConsultation(a)
    await writeNotes(a, ['Note de A'])
    await callApi(a, `${API}/boards/governance-g1/versions`, facilitator, { name: 'Version A' })
    await withConsultation(b)
    await writeNotes(b, ['Note de B'])
    const good = JSON.parse(gunzipSync((await exportFile(a, facilitator)).bytes).toString('utf8'))

    const broken = structuredClone(good)
    broken.boards[0].state = Buffer.from('not a yjs update').toString('base64')
    const tampered = structuredClone(good)
    tampered.boards[0].versions.at(-1).name = 'renamed'
    const cases: Array<[Uint8Array, RegExp]> = [
      [Buffer.from('hello'), /not a consultation file/],
      [Buffer.from(JSON.stringify({ ...good, version: 9 })), /version 9/],
      [Buffer.from(JSON.stringify({ ...good, workshop: 'rabat' })), /workshop "rabat"/],
      [Buffer.from(JSON.stringify(broken)), /board governance-g1 is not a valid Yjs document/],
      [Buffer.from(JSON.stringify(tampered)), /does not match its id/],
      // B prepared its own consultation of the same workshop: not the same boards to merge.
      [Buffer.from(JSON.stringify(good)), /another consultation .* prepared separately/],
    ]
    const versionsBefore = await versionsOf(b, facilitator)
    for (const [bytes, message] of cases) {
      const answer = await importFile(b, facilitator, bytes)
      expect(answer.status).toBe(400)
      expect(answer.body.code).toBe('ATELIER_ERR_BAD_FILE')
      expect(answer.body.message).toMatch(message)
    }
    expect(await notesOn(b)).toEqual(['Note de B'])
    expect(await versionsOf(b, facilitator)).toEqual(versionsBefore)
  })

  it('refuses a file over MAX_ATELIER_FILE_BYTES with 413', async () => {
    const a = await startRelay()
    const facilitator = await withConsultation(a)
    await writeNotes(a, ['Une note pour grossir le fichier '.repeat(40)])
    const file = (await exportFile(a, facilitator)).bytes
    const small = await startRelay({ MAX_ATELIER_FILE_BYTES: String(file.length - 1) })
    const answer = await importFile(small, facilitator, file)
    expect(answer).toEqual({
      status: 413,
      body: { code: 'ATELIER_ERR_TOO_LARGE', message: 'the file is too large' },
    })
    expect((await callApi(small, `${API}/consultation`, facilitator)).status).toBe(404)
  })

  it('is for the workshop facilitator only, checked before the file is read', async () => {
    const relay = await startRelay()
    const facilitator = await withConsultation(relay)
    const file = (await exportFile(relay, facilitator)).bytes
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: `p-${role}`, role })
      expect((await exportFile(relay, token)).status).toBe(403)
      expect((await importFile(relay, token, file)).status).toBe(403)
    }
    const elsewhere = await tokenFor({ workshop: 'rabat' })
    expect((await importFile(relay, elsewhere, file)).status).toBe(403)
    const anonymous = await fetch(`${relay.httpUrl}${API}/export`)
    expect(anonymous.status).toBe(401)
  })
})
