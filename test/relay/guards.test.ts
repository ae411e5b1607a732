import {
  addNote,
  getNote,
  listNotes,
  moveNote,
  readControl,
  setNoteText,
  updateNote,
  validateNote,
  type Note,
} from '@atelier/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { callApi } from '../helpers/api.js'
import { closed, openRaw, syncedClient, type Client } from '../helpers/clients.js'
import { syncFrame } from '../helpers/frames.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const API = '/api/workshops/tanger'
const CONTROL = `${API}/sessions/governance/control`
const BOARD = 'governance-g1'
const ROOM = `tanger/${BOARD}`

/** What a participant's client might write by hand on note `id`, and what it would change. */
const DECISIONS: Array<[string, (doc: Y.Doc, id: string) => void]> = [
  ['validates', (doc, id) => validateNote(doc, id, { verdict: 'agreed', priority: 'high' })],
  ['sets the priority of', (doc, id) => updateNote(doc, id, { priority: 'low' })],
  [
    'sets the origin of',
    (doc, id) =>
      (doc.getMap('notes').get(id) as Y.Map<unknown>).set('origin', { board: 'x', note: 'y' }),
  ],
  // Last: a hidden note is no longer the room's to validate.
  ['hides', (doc, id) => updateNote(doc, id, { hidden: true })],
]

/** The decision keys of every note, as a client reads them. */
const decisions = (doc: Y.Doc) =>
  listNotes(doc).map(({ id, hidden, priority, validation, origin }: Note) => ({
    id,
    hidden,
    priority,
    validation,
    origin,
  }))

async function as(relay: RunningRelay, sub: string, role = 'participant'): Promise<Client> {
  return syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub, name: sub, role: role as never }))
}

/** The close codes a stock client receives, in order. */
function closeCodes(client: Client): number[] {
  const codes: number[] = []
  client.provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) codes.push(event.code)
  })
  return codes
}

/** A board holding a plain note and a note the facilitator hid, as everyone sees it. */
async function moderatedBoard(relay: RunningRelay) {
  const facilitator = await as(relay, 'fac', 'facilitator')
  const plain = addNote(facilitator.doc, { category: 'risk', x: 0, y: 0, text: 'Rumeurs' })
  const hidden = addNote(facilitator.doc, { category: 'risk', x: 200, y: 0, text: 'Insulte' })
  updateNote(facilitator.doc, hidden, { hidden: true })
  const watcher = await as(relay, 'salma')
  await waitFor(() => getNote(watcher.doc, hidden)?.hidden === true)
  return { facilitator, watcher, plain, hidden }
}

/** A consultation from the Governance template, and a control call as its facilitator. */
async function consultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac' })
  const body = { title: 'Tanger 2026', sessions: ['governance'] }
  expect((await callApi(relay, `${API}/consultation`, facilitator, body)).status).toBe(201)
  const control = async (action: Record<string, unknown>) => {
    expect((await callApi(relay, CONTROL, facilitator, action)).status).toBe(200)
  }
  return { facilitator, control }
}

/** A raw update made on a copy of `board`. */
function rawEdit(board: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board))
  const before = Y.encodeStateVector(doc)
  edit(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

describe("a note's moderation and decisions belong to the facilitator", () => {
  it("closes a participant's client that hides, unhides, validates, prioritises or promotes a note, changing nothing", async () => {
    const relay = await startRelay()
    const { facilitator, watcher, plain, hidden } = await moderatedBoard(relay)
    const before = decisions(facilitator.doc)
    const attempts: Array<[string, (doc: Y.Doc) => void]> = [
      ...DECISIONS.map(([what, edit]): [string, (doc: Y.Doc) => void] => [
        what,
        (doc) => edit(doc, plain),
      ]),
      ['unhides', (doc) => updateNote(doc, hidden, { hidden: false })],
    ]
    for (const [what, edit] of attempts) {
      const amina = await as(relay, `amina-${what}`)
      const codes = closeCodes(amina)
      edit(amina.doc)
      await waitFor(() => codes.includes(4403))
      expect(decisions(amina.doc), what).not.toEqual(before)
    }
    // The facilitator's later change arrives everywhere; none of the participants' does.
    moveNote(facilitator.doc, plain, { x: 40, y: 40 })
    await waitFor(() => getNote(watcher.doc, plain)?.x === 40)
    const late = await as(relay, 'late')
    for (const doc of [facilitator.doc, watcher.doc, late.doc])
      expect(decisions(doc)).toEqual(before)
    await relay.close()
    expect(decisions(await storedDoc(relay.dataDir, ROOM))).toEqual(before)
  })

  it('refuses the same from a raw socket with 4403, and a new note that arrives already hidden', async () => {
    const relay = await startRelay()
    const { facilitator, watcher, plain } = await moderatedBoard(relay)
    const before = decisions(facilitator.doc)
    const token = await tokenFor({ sub: 'amina', role: 'participant' })
    const updates = [
      ...DECISIONS.map(([, edit]) => rawEdit(facilitator.doc, (doc) => edit(doc, plain))),
      rawEdit(facilitator.doc, (doc) =>
        addNote(doc, { category: 'risk', x: 0, y: 0, text: 'cachée', hidden: true }),
      ),
    ]
    for (const update of updates) {
      const { socket } = await openRaw(`${relay.syncUrl}/${ROOM}?token=${token}`)
      const outcome = closed(socket!)
      socket!.send(syncFrame(2, update))
      expect(await outcome).toEqual({ code: 4403, reason: 'ATELIER_ERR_OUT_OF_SCOPE' })
    }
    addNote(facilitator.doc, { category: 'finding', x: 0, y: 0, text: 'marqueur' })
    await waitFor(() => listNotes(watcher.doc).some((note) => note.text === 'marqueur'))
    expect(
      listNotes(watcher.doc)
        .map((note) => note.text)
        .sort(),
    ).toEqual(['Insulte', 'Rumeurs', 'marqueur'].sort())
    const known = new Set(before.map((note) => note.id))
    expect(decisions(watcher.doc).filter((note) => known.has(note.id))).toEqual(before)
  })

  it("carries the facilitator's own decisions to every client", async () => {
    const relay = await startRelay()
    const { facilitator, watcher, plain, hidden } = await moderatedBoard(relay)
    const codes = closeCodes(facilitator)
    for (const [, edit] of DECISIONS) edit(facilitator.doc, plain)
    updateNote(facilitator.doc, hidden, { hidden: false })
    await waitFor(() => getNote(watcher.doc, plain)?.origin?.board === 'x')
    await waitFor(() => getNote(watcher.doc, hidden)?.hidden === false)
    expect(getNote(watcher.doc, plain)).toMatchObject({
      hidden: true,
      priority: 'low',
      validation: { verdict: 'agreed' },
    })
    expect(codes).toEqual([])
  })

  it("carries a participant's new note, its text and its moves", async () => {
    const relay = await startRelay()
    const { facilitator, plain } = await moderatedBoard(relay)
    const amina = await as(relay, 'amina')
    const codes = closeCodes(amina)
    // As the web app's createNote writes it: `hidden: false` by default, with its author.
    const mine = addNote(amina.doc, {
      category: 'need',
      x: 500,
      y: 300,
      author: { id: 'amina', name: 'Amina' },
    })
    setNoteText(amina.doc, mine, 'Un point de signalement')
    moveNote(amina.doc, plain, { x: 80, y: 120 })
    setNoteText(amina.doc, plain, 'Rumeurs en ligne')
    await waitFor(() => getNote(facilitator.doc, mine)?.text === 'Un point de signalement')
    await waitFor(() => getNote(facilitator.doc, plain)?.text === 'Rumeurs en ligne')
    expect(getNote(facilitator.doc, plain)).toMatchObject({ x: 80, y: 120, hidden: false })
    expect(getNote(facilitator.doc, mine)).toMatchObject({ hidden: false, author: { id: 'amina' } })
    expect(codes).toEqual([])
  })
})

describe('private and moderated writing', () => {
  // Private writing keeps a participant's own notes from the room; a client that skips the drafts
  // exposes only its own note, and refusing it would lock out a device that wrote offline.
  it("accepts a participant's note written straight into the board, from a client that skips the drafts", async () => {
    const relay = await startRelay()
    const { control } = await consultation(relay)
    const facilitator = await as(relay, 'fac', 'facilitator')
    const existing = addNote(facilitator.doc, { category: 'risk', x: 0, y: 0, text: 'Rumeurs' })
    await control({ action: 'writing', mode: 'private' })
    await waitFor(() => readControl(facilitator.doc).writing === 'private')

    const bilal = await as(relay, 'bilal')
    await waitFor(() => getNote(bilal.doc, existing) !== undefined)
    moveNote(bilal.doc, existing, { x: 300, y: 300 })
    await waitFor(() => getNote(facilitator.doc, existing)?.x === 300)

    const amina = await as(relay, 'amina')
    const codes = closeCodes(amina)
    addNote(amina.doc, {
      category: 'need',
      x: 0,
      y: 0,
      text: 'écrit hors ligne',
      author: { id: 'amina', name: 'Amina' },
    })
    await waitFor(() => listNotes(facilitator.doc).length === 2)
    const late = await as(relay, 'late')
    expect(
      listNotes(late.doc)
        .map((note) => note.text)
        .sort(),
    ).toEqual(['Rumeurs', 'écrit hors ligne'])
    expect(codes).toEqual([])
    // The facilitator still writes notes straight onto the board.
    addNote(facilitator.doc, { category: 'finding', x: 0, y: 0, text: 'consigne' })
    await waitFor(() => listNotes(bilal.doc).length === 3)
  })
})

describe('a locked board refuses drafts and ballots', () => {
  it("answers a participant's draft with 423 and keeps nothing", async () => {
    const relay = await startRelay()
    const { facilitator, control } = await consultation(relay)
    await control({ action: 'writing', mode: 'private' })
    await control({ action: 'lock', locked: true })
    const amina = await tokenFor({ sub: 'amina', role: 'participant' })
    const drafts = `${API}/boards/${BOARD}/drafts`
    const refused = await callApi(relay, drafts, amina, {
      text: 'pendant le verrou',
      category: 'need',
    })
    expect(refused).toEqual({
      status: 423,
      body: { code: 'ATELIER_ERR_BOARD_LOCKED', message: expect.any(String) },
    })
    expect((await callApi(relay, `${drafts}/mine`, amina)).body.drafts).toEqual([])
    const queue = await callApi(relay, `${API}/sessions/governance/drafts`, facilitator)
    expect(queue.body).toMatchObject({ pending: 0, held: 0 })
    await control({ action: 'lock', locked: false })
    const after = await callApi(relay, drafts, amina, { text: 'après', category: 'need' })
    expect(after.status).toBe(201)
  })

  it('answers a vote or its retraction with 423 and changes no ballot, except for the facilitator', async () => {
    const relay = await startRelay()
    const { facilitator, control } = await consultation(relay)
    await control({ action: 'voting', state: 'open', budget: 3 })
    const fac = await as(relay, 'fac', 'facilitator')
    const [first, second] = ['Rumeurs', 'Hameçonnage'].map((text) =>
      addNote(fac.doc, { category: 'risk', x: 0, y: 0, text }),
    )
    const amina = await tokenFor({ sub: 'amina', role: 'participant' })
    const ballot = `${API}/boards/${BOARD}/ballot`
    await waitFor(
      async () => (await callApi(relay, ballot, amina, { noteId: first })).status === 201,
    )
    await control({ action: 'lock', locked: true })

    const cast = await callApi(relay, ballot, amina, { noteId: second })
    expect(cast).toEqual({
      status: 423,
      body: { code: 'ATELIER_ERR_BOARD_LOCKED', message: expect.any(String) },
    })
    const retract = await fetch(`${relay.httpUrl}${ballot}/${first}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${amina}` },
    })
    expect(retract.status).toBe(423)
    expect((await callApi(relay, ballot, amina)).body.ballot).toMatchObject({
      mine: [first],
      remaining: 2,
    })
    expect((await callApi(relay, ballot, facilitator, { noteId: second })).status).toBe(201)
  })
})
