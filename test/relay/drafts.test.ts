import { describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import type * as Y from 'yjs'
import { getNote, listNotes, readControl } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { openRaw, syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const G1 = `${API}/boards/governance-g1/drafts`
const G2 = `${API}/boards/governance-g2/drafts`
const QUEUE = `${API}/sessions/governance/drafts`
const CONTROL = `${API}/sessions/governance/control`

/** Calls the API with any method; a JSON body when one is given. */
async function call(
  relay: RunningRelay,
  method: string,
  path: string,
  token: string,
  body?: unknown,
) {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** A relay with the Governance consultation, its writing mode set, and three people's tokens. */
async function session(mode: 'open' | 'private' | 'moderated') {
  const relay = await startRelay()
  const facilitator = await tokenFor({ sub: 'fac', name: 'Fatima' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance'],
  })
  expect(created.status).toBe(201)
  if (mode !== 'open') {
    expect((await callApi(relay, CONTROL, facilitator, { action: 'writing', mode })).status).toBe(
      200,
    )
  }
  const amina = await tokenFor({ sub: 'amina-sub', name: 'Amina', role: 'participant' })
  const bilal = await tokenFor({ sub: 'bilal-sub', name: 'Bilal', role: 'participant' })
  return { relay, facilitator, amina, bilal }
}

/** Everything a raw WebSocket on a board receives, as one growing byte string. */
async function rawListener(relay: RunningRelay, board: string, token: string) {
  const { socket } = await openRaw(`${relay.syncUrl}/tanger/${board}?token=${token}`)
  const chunks: Buffer[] = []
  ;(socket as WebSocket).on('message', (data: Buffer) => chunks.push(Buffer.from(data)))
  return { heard: (text: string) => Buffer.concat(chunks).includes(Buffer.from(text, 'utf8')) }
}

function noteTexts(doc: Y.Doc): string[] {
  return listNotes(doc)
    .map((note) => note.text)
    .sort()
}

describe('private writing, reveal and moderation', () => {
  it('keeps private notes out of every connected document until the reveal, then shows them all in one update', async () => {
    const { relay, facilitator, amina, bilal } = await session('private')
    const watcher = await tokenFor({ sub: 'obs', role: 'observer' })
    const g1 = await syncedClient(relay.syncUrl, 'tanger/governance-g1', watcher)
    const g1Amina = await syncedClient(relay.syncUrl, 'tanger/governance-g1', amina)
    const g2 = await syncedClient(relay.syncUrl, 'tanger/governance-g2', watcher)
    const raw = await rawListener(relay, 'governance-g1', watcher)
    await waitFor(() => readControl(g1.doc).writing === 'private')
    const before = listNotes(g1.doc).length

    const first = await call(relay, 'POST', G1, amina, {
      text: 'Pas de point de signalement',
      category: 'finding',
    })
    expect(first.status).toBe(201)
    expect(first.body.draft).toMatchObject({ status: 'pending', anonymous: false })
    const second = await call(relay, 'POST', G1, bilal, {
      text: 'Rumeurs sur les réseaux',
      category: 'risk',
      anonymous: true,
    })
    expect(second.status).toBe(201)
    expect(
      (await call(relay, 'POST', G2, bilal, { text: 'Cybercafés', category: 'need' })).status,
    ).toBe(201)

    // Give any leak time to arrive: a later control change travels the same way and arrives.
    await callApi(relay, CONTROL, facilitator, { action: 'lock', locked: true })
    await waitFor(() => readControl(g1.doc).locked && readControl(g2.doc).locked)
    for (const text of ['Pas de point', 'Rumeurs', 'Cybercafés']) {
      for (const client of [g1, g1Amina, g2]) {
        expect(JSON.stringify(client.doc.toJSON())).not.toContain(text)
      }
      expect(raw.heard(text)).toBe(false)
    }
    expect(listNotes(g1.doc)).toHaveLength(before)

    const counts: number[] = []
    g1.doc.on('update', () => counts.push(listNotes(g1.doc).length))
    const revealed = await call(relay, 'POST', CONTROL, facilitator, { action: 'reveal' })
    expect(revealed.status).toBe(200)
    expect(revealed.body.revealed).toBe(3)
    await waitFor(() => listNotes(g1.doc).length === before + 2)
    await waitFor(() => noteTexts(g2.doc).includes('Cybercafés'))
    await waitFor(() => raw.heard('Rumeurs sur les réseaux'))
    // Both of g1's notes arrived in the same update: no screen ever showed one without the other.
    expect(counts.filter((count) => count > before)[0]).toBe(before + 2)
    expect(noteTexts(g1Amina.doc)).toEqual(noteTexts(g1.doc))

    const signed = listNotes(g1.doc).find((note) => note.text.startsWith('Pas de point'))!
    expect(signed.author).toEqual({ id: 'amina-sub', name: 'Amina' })
    const anonymous = listNotes(g1.doc).find((note) => note.text.startsWith('Rumeurs'))!
    expect(anonymous.author).toBeUndefined()
    // Nowhere in the board's document is Bilal named, and his device wrote none of it.
    const whole = JSON.stringify(g1.doc.toJSON())
    expect(whole).not.toContain('bilal')
    expect(whole).not.toContain('Bilal')
    expect(getNote(g1.doc, anonymous.id)?.author).toBeUndefined()

    // Revealed drafts are gone from the relay: nothing left to reveal, nothing in "mine".
    expect((await call(relay, 'GET', `${G1}/mine`, bilal)).body.drafts).toEqual([])
    expect((await call(relay, 'GET', QUEUE, facilitator)).body).toMatchObject({
      pending: 0,
      held: 0,
    })
    const again = await call(relay, 'POST', CONTROL, facilitator, { action: 'reveal' })
    expect(again.body.revealed).toBe(0)
    expect(listNotes(g1.doc)).toHaveLength(before + 2)
  })

  it("lets each author list and withdraw their own drafts, and nobody else's", async () => {
    const { relay, facilitator, amina, bilal } = await session('private')
    const mine = await call(relay, 'POST', G1, amina, { text: 'Note d’Amina', category: 'need' })
    const id = (mine.body.draft as { id: string }).id
    expect((await call(relay, 'GET', `${G1}/mine`, amina)).body.drafts).toMatchObject([
      { id, text: 'Note d’Amina', status: 'pending' },
    ])
    expect((await call(relay, 'GET', `${G1}/mine`, bilal)).body.drafts).toEqual([])
    expect((await call(relay, 'DELETE', `${G1}/${id}`, bilal)).status).toBe(404)
    // In private mode the facilitator sees how many wait, not what they say.
    const queue = await call(relay, 'GET', QUEUE, facilitator)
    expect(queue.body).toMatchObject({ mode: 'private', pending: 1, drafts: [] })
    expect(JSON.stringify(queue.body)).not.toContain('Amina')

    expect((await call(relay, 'DELETE', `${G1}/${id}`, amina)).status).toBe(200)
    expect((await call(relay, 'GET', `${G1}/mine`, amina)).body.drafts).toEqual([])
    expect(
      (await call(relay, 'POST', CONTROL, facilitator, { action: 'reveal' })).body.revealed,
    ).toBe(0)
  })

  it('moderated: the facilitator releases one note into the board and holds another out of it', async () => {
    const { relay, facilitator, amina, bilal } = await session('moderated')
    const g1 = await syncedClient(relay.syncUrl, 'tanger/governance-g1', amina)
    const before = listNotes(g1.doc).length
    const kept = await call(relay, 'POST', G1, amina, { text: 'À publier', category: 'action' })
    const sensitive = await call(relay, 'POST', G1, bilal, {
      text: 'Témoignage sensible',
      category: 'finding',
      anonymous: true,
    })
    expect(kept.body.mode).toBe('moderated')
    const queue = await call(relay, 'GET', QUEUE, facilitator)
    expect(queue.body.drafts).toEqual([
      expect.objectContaining({ text: 'À publier', author: 'Amina', board: 'governance-g1' }),
      expect.objectContaining({ text: 'Témoignage sensible', anonymous: true }),
    ])
    const queued = queue.body.drafts as Array<Record<string, unknown>>
    expect(queued[1]).not.toHaveProperty('author')
    // The owner's pseudonymous id never reaches the facilitator.
    expect(JSON.stringify(queue.body)).not.toContain('-sub')

    const sensitiveId = (sensitive.body.draft as { id: string }).id
    expect((await call(relay, 'POST', `${QUEUE}/${sensitiveId}/hold`, facilitator)).status).toBe(
      200,
    )
    expect((await call(relay, 'DELETE', `${G1}/${sensitiveId}`, bilal)).status).toBe(404)
    expect((await call(relay, 'GET', `${G1}/mine`, bilal)).body.drafts).toMatchObject([
      { id: sensitiveId, status: 'held' },
    ])
    const keptId = (kept.body.draft as { id: string }).id
    const released = await call(relay, 'POST', `${QUEUE}/${keptId}/release`, facilitator)
    expect(released.body.released).toEqual([keptId])
    await waitFor(() => noteTexts(g1.doc).includes('À publier'))
    expect(getNote(g1.doc, keptId)?.author).toEqual({ id: 'amina-sub', name: 'Amina' })

    await callApi(relay, CONTROL, facilitator, { action: 'lock', locked: true })
    await waitFor(() => readControl(g1.doc).locked)
    expect(noteTexts(g1.doc)).not.toContain('Témoignage sensible')
    expect(listNotes(g1.doc)).toHaveLength(before + 1)
    // Reveal is for private writing; release-all releases what waits, never what is held.
    expect((await call(relay, 'POST', CONTROL, facilitator, { action: 'reveal' })).status).toBe(409)
    expect((await call(relay, 'POST', `${QUEUE}/release-all`, facilitator)).body.released).toEqual(
      [],
    )
    expect((await call(relay, 'GET', QUEUE, facilitator)).body).toMatchObject({
      pending: 0,
      held: 1,
    })

    // Released later after all, the held note goes in without its author.
    await call(relay, 'POST', `${QUEUE}/${sensitiveId}/release`, facilitator)
    await waitFor(() => noteTexts(g1.doc).includes('Témoignage sensible'))
    expect(getNote(g1.doc, sensitiveId)?.author).toBeUndefined()
  })

  it('refuses the reveal, the queue and moderation to participants, and drafts to observers', async () => {
    const { relay, facilitator, amina } = await session('private')
    const draft = await call(relay, 'POST', G1, amina, { text: 'Secret', category: 'need' })
    const id = (draft.body.draft as { id: string }).id
    expect((await call(relay, 'POST', CONTROL, amina, { action: 'reveal' })).status).toBe(403)
    expect(
      (await call(relay, 'POST', CONTROL, amina, { action: 'writing', mode: 'open' })).status,
    ).toBe(403)
    expect((await call(relay, 'GET', QUEUE, amina)).status).toBe(403)
    expect((await call(relay, 'POST', `${QUEUE}/${id}/release`, amina)).status).toBe(403)
    expect((await call(relay, 'POST', `${QUEUE}/${id}/hold`, amina)).status).toBe(403)
    expect((await call(relay, 'POST', `${QUEUE}/release-all`, amina)).status).toBe(403)
    const observer = await tokenFor({ sub: 'obs', role: 'observer' })
    expect((await call(relay, 'POST', G1, observer, { text: 'x', category: 'need' })).status).toBe(
      403,
    )
    const elsewhere = await tokenFor({
      sub: 'amina-sub',
      role: 'participant',
      boards: ['governance-g2'],
    })
    expect((await call(relay, 'POST', G1, elsewhere, { text: 'x', category: 'need' })).status).toBe(
      403,
    )
    expect((await call(relay, 'GET', QUEUE, facilitator)).body).toMatchObject({ pending: 1 })
  })

  it('refuses bad input with 400 and stores nothing', async () => {
    const { relay, amina } = await session('private')
    const bad: unknown[] = [
      {},
      { text: '', category: 'need' },
      { text: '   ', category: 'need' },
      { text: 'x', category: 'gossip' },
      { text: 'x'.repeat(4001), category: 'need' },
      { text: 'x', category: 'need', anonymous: 'yes' },
      { text: 'x', category: 'need', author: { id: 'someone-else', name: 'Z' } },
      { text: 'x', category: 'need', status: 'held' },
      [],
      'not json',
    ]
    for (const body of bad) {
      const response = await call(relay, 'POST', G1, amina, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.code).toBe('ATELIER_ERR_BAD_REQUEST')
    }
    expect(
      (
        await call(relay, 'POST', `${API}/boards/BAD..ID/drafts`, amina, {
          text: 'x',
          category: 'need',
        })
      ).status,
    ).toBe(400)
    expect((await call(relay, 'DELETE', `${G1}/no-such-draft`, amina)).status).toBe(404)
    expect((await call(relay, 'GET', `${G1}/mine`, amina)).body.drafts).toEqual([])
  })

  it('answers 409 WRITING_OPEN in open mode, and publishes private notes when the mode goes back to open', async () => {
    const { relay, facilitator, amina } = await session('open')
    const refused = await call(relay, 'POST', G1, amina, { text: 'Direct', category: 'need' })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('ATELIER_ERR_WRITING_OPEN')
    expect((await call(relay, 'GET', `${G1}/mine`, amina)).body).toEqual({
      mode: 'open',
      drafts: [],
    })

    await callApi(relay, CONTROL, facilitator, { action: 'writing', mode: 'private' })
    await call(relay, 'POST', G1, amina, { text: 'Écrit en privé', category: 'need' })
    const g1 = await syncedClient(relay.syncUrl, 'tanger/governance-g1', amina)
    expect(noteTexts(g1.doc)).not.toContain('Écrit en privé')
    const open = await callApi(relay, CONTROL, facilitator, { action: 'writing', mode: 'open' })
    expect(open.body.control).toMatchObject({ writing: 'open' })
    await waitFor(() => noteTexts(g1.doc).includes('Écrit en privé'))
    expect(
      (await call(relay, 'POST', CONTROL, facilitator, { action: 'writing', mode: 'loud' })).status,
    ).toBe(400)
  })
})
