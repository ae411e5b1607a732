import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, onTestFinished } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import {
  addNote,
  castVote,
  listNotes,
  listVotes,
  observeControl,
  readControl,
  setControl,
  updateNote,
  voteCounts,
} from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { connectClient, syncedClient, type Client } from '../helpers/clients.js'
import { syncFrame } from '../helpers/frames.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const CONTROL = `${API}/sessions/governance/control`

/** A consultation from the Governance template, with voting open at `budget` on every board. */
async function votingOpen(relay: RunningRelay, budget = 2) {
  const facilitator = await tokenFor({ sub: 'fac' })
  const body = { title: 'Tanger 2026', sessions: ['governance'] }
  expect((await callApi(relay, `${API}/consultation`, facilitator, body)).status).toBe(201)
  const opened = await callApi(relay, CONTROL, facilitator, {
    action: 'voting',
    state: 'open',
    budget,
  })
  expect(opened.status).toBe(200)
  expect(opened.body.control).toMatchObject({ voting: 'open', ballot: { round: 1, budget } })
  return facilitator
}

/** The facilitator's client on a board, with `texts` as notes the relay holds. */
async function boardWithNotes(relay: RunningRelay, board: string, texts: string[]) {
  const client = await syncedClient(
    relay.syncUrl,
    `tanger/${board}`,
    await tokenFor({ sub: 'fac' }),
  )
  const ids = texts.map((text) => addNote(client.doc, { category: 'action', x: 0, y: 0, text }))
  const check = await syncedClient(
    relay.syncUrl,
    `tanger/${board}`,
    await tokenFor({ sub: 'checker', role: 'observer' }),
  )
  await waitFor(() => listNotes(check.doc).length >= texts.length)
  check.destroy()
  return { client, ids }
}

/** What the ballot API answers: the voter's state, or a refusal's code. */
type BallotBody = {
  code?: string
  ballot: { voting: string; round: number; budget: number; mine: string[]; remaining: number }
}

/** Calls the ballot API of a board: GET with nothing, POST `{noteId}`, DELETE with `remove`. */
async function ballot(
  relay: RunningRelay,
  board: string,
  token: string,
  action?: { vote: string } | { remove: string },
) {
  const base = `${relay.httpUrl}${API}/boards/${board}/ballot`
  const init: RequestInit =
    action === undefined
      ? {}
      : 'vote' in action
        ? {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ noteId: action.vote }),
          }
        : { method: 'DELETE' }
  const url = action && 'remove' in action ? `${base}/${action.remove}` : base
  const response = await fetch(url, {
    ...init,
    headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` },
  })
  return { status: response.status, body: (await response.json()) as BallotBody }
}

const participant = (sub: string, group: number) =>
  tokenFor({ sub, role: 'participant', boards: [`governance-g${group}`, 'governance-plenary'] })

/**
 * A raw y-websocket connection that records every frame it receives and decodes each into its
 * own document with y-protocols, as a participant's hand-written client could.
 */
async function eavesdropper(relay: RunningRelay, board: string, token: string) {
  const socket = new WebSocket(`${relay.syncUrl}/tanger/${board}?token=${token}`)
  onTestFinished(() => socket.terminate())
  const doc = new Y.Doc()
  const frames: Buffer[] = []
  // Listening before the handshake ends: the first frame can come in the same packet as it.
  socket.on('message', (data: Buffer) => {
    frames.push(data)
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) !== 0) return
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'relay')
  })
  await new Promise((opened) => socket.once('open', opened))
  socket.send(syncFrame(0, Y.encodeStateVector(doc)))
  await waitFor(() => listNotes(doc).length > 0)
  return { socket, doc, frames }
}

/** Whether any frame received carries this text, in whatever message. */
const carries = (frames: Buffer[], text: string) => frames.some((frame) => frame.includes(text))

function closeCodes(client: Client): number[] {
  const codes: number[] = []
  client.provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) codes.push(event.code)
  })
  return codes
}

describe('secret dot voting', () => {
  it('never lets one participant overspend, even voting from two devices at once', async () => {
    const relay = await startRelay()
    await votingOpen(relay, 2)
    const { ids } = await boardWithNotes(relay, 'governance-g1', ['a', 'b', 'c', 'd'])
    const phone = await participant('amina', 1)
    const laptop = await participant('amina', 1)
    const attempts = await Promise.all(
      ids.flatMap((id) =>
        [phone, laptop].map((token) => ballot(relay, 'governance-g1', token, { vote: id })),
      ),
    )
    expect(attempts.filter((attempt) => attempt.status === 201)).toHaveLength(2)
    const refused = attempts.filter((attempt) => attempt.status === 409)
    expect(refused).toHaveLength(6)
    for (const { body } of refused) {
      expect(['ATELIER_ERR_VOTES_SPENT', 'ATELIER_ERR_ALREADY_VOTED']).toContain(body.code)
    }
    const mine = await ballot(relay, 'governance-g1', phone)
    expect(mine.body.ballot).toMatchObject({ voting: 'open', round: 1, budget: 2, remaining: 0 })
    expect(mine.body.ballot.mine).toHaveLength(2)
    const third = ids.find((id) => !mine.body.ballot.mine.includes(id))!
    const spent = await ballot(relay, 'governance-g1', laptop, { vote: third })
    expect(spent).toMatchObject({ status: 409, body: { code: 'ATELIER_ERR_VOTES_SPENT' } })
    // Taking one back gives it back.
    const back = await ballot(relay, 'governance-g1', laptop, { remove: mine.body.ballot.mine[0]! })
    expect(back.body.ballot).toMatchObject({ remaining: 1 })
    expect((await ballot(relay, 'governance-g1', phone, { vote: third })).status).toBe(201)
  })

  it('refuses observers, hidden or missing notes, bad bodies, and votes outside a round', async () => {
    const relay = await startRelay()
    await votingOpen(relay)
    const { client, ids } = await boardWithNotes(relay, 'governance-g1', ['a', 'hidden'])
    updateNote(client.doc, ids[1]!, { hidden: true })
    const amina = await participant('amina', 1)
    const observer = await tokenFor({ sub: 'obs', role: 'observer' })
    expect((await ballot(relay, 'governance-g1', observer, { vote: ids[0]! })).status).toBe(403)
    // A participant of group 2 only reads group 1's board: no vote there.
    const other = await participant('youssef', 2)
    expect((await ballot(relay, 'governance-g1', other, { vote: ids[0]! })).status).toBe(403)
    await waitFor(async () => {
      const hidden = await ballot(relay, 'governance-g1', amina, { vote: ids[1]! })
      return hidden.status === 404 && hidden.body.code === 'ATELIER_ERR_NOTE_NOT_FOUND'
    })
    expect((await ballot(relay, 'governance-g1', amina, { vote: 'nope' })).status).toBe(404)
    expect((await ballot(relay, 'governance-g1', amina, { vote: 'Bad Id!' })).status).toBe(400)
    expect((await ballot(relay, 'governance-g1', amina)).body.ballot.mine).toEqual([])
    const fac = await tokenFor({ sub: 'fac' })
    await callApi(relay, CONTROL, fac, { action: 'voting', state: 'closed' })
    const late = await ballot(relay, 'governance-g1', amina, { vote: ids[0]! })
    expect(late).toMatchObject({ status: 409, body: { code: 'ATELIER_ERR_VOTING_CLOSED' } })
    for (const budget of [0, 21, 1.5]) {
      const bad = await callApi(relay, CONTROL, fac, { action: 'voting', state: 'open', budget })
      expect(bad.status).toBe(400)
    }
  })

  it("sends no participant another's votes before the close, not even in the raw frames", async () => {
    const relay = await startRelay()
    const facilitator = await votingOpen(relay, 2)
    const { ids } = await boardWithNotes(relay, 'governance-g1', ['a', 'b'])
    const listener = await eavesdropper(relay, 'governance-g1', await participant('salma', 1))
    for (const sub of ['voter-amina-7', 'voter-karim-9']) {
      const token = await participant(sub, 1)
      for (const id of ids)
        expect((await ballot(relay, 'governance-g1', token, { vote: id })).status).toBe(201)
    }
    // Something the listener must receive, after the votes: every earlier frame has arrived.
    const marker = await boardWithNotes(relay, 'governance-g1', ['marker'])
    await waitFor(() => listNotes(listener.doc).some((note) => note.text === 'marker'))
    expect(listVotes(listener.doc)).toEqual([])
    expect(listener.doc.getMap('votes').size).toBe(0)
    expect(carries(listener.frames, 'voter-amina-7')).toBe(false)
    expect(carries(listener.frames, 'voter-karim-9')).toBe(false)
    expect(readControl(listener.doc).voting).toBe('open')
    marker.client.destroy()

    expect(
      (await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'closed' })).status,
    ).toBe(200)
    await waitFor(() => readControl(listener.doc).voting === 'closed')
    expect(voteCounts(listener.doc)).toEqual({ [ids[0]!]: 2, [ids[1]!]: 2 })
    expect(carries(listener.frames, 'voter-amina-7')).toBe(true)
  })

  it('lets no participant change the voting state, by the API or by writing the board', async () => {
    const relay = await startRelay()
    await votingOpen(relay)
    const { ids } = await boardWithNotes(relay, 'governance-g1', ['a'])
    const amina = await participant('amina', 1)
    for (const body of [
      { action: 'voting', state: 'closed' },
      { action: 'voting', state: 'open', budget: 20 },
    ]) {
      expect((await callApi(relay, CONTROL, amina, body)).status).toBe(403)
    }
    const control = connectClient(relay.syncUrl, 'tanger/governance-g1', amina)
    await waitFor(() => control.provider.synced && listNotes(control.doc).length === 1)
    const controlCodes = closeCodes(control)
    setControl(control.doc, { voting: 'closed' })
    await waitFor(() => controlCodes.includes(4403))
    control.destroy()
    const votes = connectClient(relay.syncUrl, 'tanger/governance-g1', amina)
    await waitFor(() => votes.provider.synced && listNotes(votes.doc).length === 1)
    const voteCodes = closeCodes(votes)
    castVote(votes.doc, 'amina', ids[0]!)
    await waitFor(() => voteCodes.includes(4403))
    votes.destroy()
    const watcher = await syncedClient(
      relay.syncUrl,
      'tanger/governance-g1',
      await tokenFor({ sub: 'obs', role: 'observer' }),
    )
    expect(readControl(watcher.doc)).toMatchObject({ voting: 'open', ballot: { budget: 2 } })
    expect(listVotes(watcher.doc)).toEqual([])
  })

  it('writes the round’s votes with the close in one change, once, and starts afresh next round', async () => {
    const relay = await startRelay()
    const facilitator = await votingOpen(relay, 2)
    const { ids } = await boardWithNotes(relay, 'governance-g1', ['a', 'b'])
    for (const sub of ['amina', 'karim', 'salma']) {
      const token = await participant(sub, 1)
      expect((await ballot(relay, 'governance-g1', token, { vote: ids[0]! })).status).toBe(201)
    }
    expect(
      (await ballot(relay, 'governance-g1', await participant('amina', 1), { vote: ids[1]! }))
        .status,
    ).toBe(201)
    const watcher = await syncedClient(
      relay.syncUrl,
      'tanger/governance-g1',
      await tokenFor({ sub: 'obs', role: 'observer' }),
    )
    const seenAtClose: Array<Record<string, number>> = []
    observeControl(watcher.doc, () => {
      if (readControl(watcher.doc).voting === 'closed') seenAtClose.push(voteCounts(watcher.doc))
    })
    let updates = 0
    watcher.doc.on('update', () => (updates += 1))
    await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'closed' })
    await waitFor(() => readControl(watcher.doc).voting === 'closed')
    expect(seenAtClose).toEqual([{ [ids[0]!]: 3, [ids[1]!]: 1 }])
    expect(updates).toBe(1)
    const again = await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'closed' })
    expect(again.status).toBe(409)
    expect(listVotes(watcher.doc)).toHaveLength(4)

    await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'open' })
    await waitFor(() => readControl(watcher.doc).voting === 'open')
    // The phase sets no budget here: the default of 3, and the last round's votes are gone.
    expect(readControl(watcher.doc).ballot).toEqual({ round: 2, budget: 3 })
    expect(listVotes(watcher.doc)).toEqual([])
    const amina = await ballot(relay, 'governance-g1', await participant('amina', 1))
    expect(amina.body.ballot).toMatchObject({ round: 2, mine: [], remaining: 3 })
  })

  it('ranks the results after the close and hides a sub-group of fewer than 3 voters', async () => {
    const relay = await startRelay()
    const facilitator = await votingOpen(relay, 2)
    const { client, ids } = await boardWithNotes(relay, 'governance-plenary', ['a', 'b', 'c', 'x'])
    const [a, b, c, x] = ids as [string, string, string, string]
    const votes: Array<[string, number, string[]]> = [
      ['g1-amina', 1, [a, b]],
      ['g1-karim', 1, [a, c]],
      ['g1-salma', 1, [b, x]],
      ['g2-youssef', 2, [a, c]],
    ]
    for (const [sub, group, notes] of votes) {
      const token = await participant(sub, group)
      for (const id of notes)
        expect((await ballot(relay, 'governance-plenary', token, { vote: id })).status).toBe(201)
    }
    const results = `${API}/boards/governance-plenary/results`
    const observer = await tokenFor({ sub: 'obs', role: 'observer' })
    const early = await callApi(relay, results, observer)
    expect(early).toMatchObject({ status: 409, body: { code: 'ATELIER_ERR_VOTING_OPEN' } })
    // A note hidden before the close loses its votes in the results.
    updateNote(client.doc, x, { hidden: true })
    await waitFor(async () => {
      const hidden = await ballot(relay, 'governance-plenary', await participant('z', 3), {
        vote: x,
      })
      return hidden.status === 404
    })
    await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'closed' })
    const read = await callApi(relay, results, observer)
    expect(read.status).toBe(200)
    expect(read.body.results).toEqual({
      round: 1,
      voters: 4,
      ranked: [
        { noteId: a, votes: 3, rank: 1, text: 'a' },
        { noteId: b, votes: 2, rank: 2, text: 'b' },
        { noteId: c, votes: 2, rank: 2, text: 'c' },
      ],
      groups: [
        { group: 'governance-g1', voters: 3, votes: { [a]: 2, [b]: 2, [c]: 1 } },
        { group: 'governance-g2', fewerThan3: true },
      ],
      stakeholders: [],
    })
    expect(JSON.stringify(read.body)).not.toContain('g2-youssef')
    const elsewhere = await tokenFor({ workshop: 'rabat' })
    expect((await callApi(relay, results, elsewhere)).status).toBe(403)
  })

  it('breaks the results down by stakeholder type over registered voters who consented, hiding types under 3', async () => {
    const relay = await startRelay()
    const facilitator = await votingOpen(relay, 1)
    const { ids } = await boardWithNotes(relay, 'governance-plenary', ['a', 'b'])
    const [a, b] = ids as [string, string]
    // Who votes, as the registry knows them: [stakeholder type, consented, their vote].
    const people: Array<[string, boolean, string]> = [
      ['youth', true, a],
      ['youth', true, a],
      ['youth', true, b],
      ['youth', false, b],
      ['migrant', true, a],
      ['migrant', true, b],
      ['civil-society', false, a],
    ]
    for (const [index, [stakeholder, given, note]] of people.entries()) {
      const created = await callApi(relay, `${API}/participants`, facilitator, {
        name: `Personne ${index}`,
        session: 'governance',
        stakeholder,
        consent: { given },
      })
      expect(created.status).toBe(201)
      const id = (created.body.participant as { id: string }).id
      const token = await participant(id, 1)
      expect((await ballot(relay, 'governance-plenary', token, { vote: note })).status).toBe(201)
    }
    // One voter the registry does not know (a walk-in): counted in the ranking, not by type.
    const walkIn = await participant('walk-in', 2)
    expect((await ballot(relay, 'governance-plenary', walkIn, { vote: b })).status).toBe(201)

    await callApi(relay, CONTROL, facilitator, { action: 'voting', state: 'closed' })
    const read = await callApi(
      relay,
      `${API}/boards/governance-plenary/results`,
      await tokenFor({ sub: 'obs', role: 'observer' }),
    )
    expect(read.status).toBe(200)
    const results = read.body.results as { voters: number; stakeholders: unknown }
    expect(results.voters).toBe(8)
    expect(results.stakeholders).toEqual([
      { group: 'migrant', fewerThan3: true },
      { group: 'youth', voters: 3, votes: { [a]: 2, [b]: 1 } },
    ])
  })
})
