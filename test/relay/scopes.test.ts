import {
  addComment,
  addFrame,
  addNote,
  addRecommendation,
  castVote,
  deleteFrame,
  initBoard,
  listComments,
  listFrames,
  listNotes,
  listVotes,
  readRecommendations,
} from '@atelier/model'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { connectClient, syncedClient, type Client } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const ROOM = 'tanger/group-1'

/** A board prepared by the facilitator: a risk matrix and one recommendation to comment on. */
async function preparedBoard(relay: RunningRelay) {
  const facilitator = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'fac' }))
  initBoard(facilitator.doc, { kind: 'subgroup', title: 'Gouvernance 1' })
  addFrame(facilitator.doc, 'riskMatrix', { x: 0, y: 0 })
  const recommendation = addRecommendation(facilitator.doc, { title: 'Former les agents' })
  return { facilitator, recommendation }
}

async function as(relay: RunningRelay, sub: string, role: 'participant' | 'rapporteur') {
  const client = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub, role }))
  await waitFor(() => listFrames(client.doc).length === 1)
  return client
}

/** The close codes the stock client received, in order. */
function closeCodes(client: Client): number[] {
  const codes: number[] = []
  client.provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) codes.push(event.code)
  })
  return codes
}

const titles = (doc: Y.Doc) => readRecommendations(doc).map((each) => each.title)

describe('write scopes enforced by the relay', () => {
  it('carries what a participant may write: notes and comments', async () => {
    const relay = await startRelay()
    const { facilitator, recommendation } = await preparedBoard(relay)
    const amina = await as(relay, 'amina', 'participant')
    addNote(amina.doc, { category: 'risk', x: 40, y: 40, text: 'Hameçonnage' })
    addComment(amina.doc, recommendation, { id: 'amina', name: 'Amina' }, 'Et les jeunes ?')
    await waitFor(() => listComments(facilitator.doc).length === 1)
    expect(listNotes(facilitator.doc).map((each) => each.text)).toEqual(['Hameçonnage'])
  })

  it("refuses a participant's vote written into the board: votes go through the relay", async () => {
    const relay = await startRelay()
    const { facilitator } = await preparedBoard(relay)
    const note = addNote(facilitator.doc, { category: 'risk', x: 40, y: 40, text: 'Hameçonnage' })
    const amina = await as(relay, 'amina', 'participant')
    await waitFor(() => listNotes(amina.doc).length === 1)
    const codes = closeCodes(amina)
    castVote(amina.doc, 'amina', note)
    await waitFor(() => codes.includes(4403))
    const watcher = await as(relay, 'salma', 'rapporteur')
    await waitFor(() => listNotes(watcher.doc).length === 1)
    expect(listVotes(watcher.doc)).toEqual([])
    expect(listVotes(facilitator.doc)).toEqual([])
  })

  it("refuses a participant's change to the recommendations, closing only that connection", async () => {
    const relay = await startRelay()
    const { facilitator } = await preparedBoard(relay)
    const amina = await as(relay, 'amina', 'participant')
    const codes = closeCodes(amina)
    addRecommendation(amina.doc, { title: 'Écrite par une participante' })
    await waitFor(() => codes.includes(4403))
    // The facilitator's later change arrives; the participant's never does, nor is it stored.
    addNote(facilitator.doc, { category: 'finding', x: 0, y: 0, text: 'marqueur' })
    const rapporteur = await as(relay, 'salma', 'rapporteur')
    await waitFor(() => listNotes(rapporteur.doc).length === 1)
    expect(titles(facilitator.doc)).toEqual(['Former les agents'])
    expect(titles(rapporteur.doc)).toEqual(['Former les agents'])
    await relay.close()
    expect(titles(await storedDoc(relay.dataDir, ROOM))).toEqual(['Former les agents'])
  })

  it('lets a rapporteur write the recommendations but not delete a frame', async () => {
    const relay = await startRelay()
    const { facilitator } = await preparedBoard(relay)
    const salma = await as(relay, 'salma', 'rapporteur')
    addRecommendation(salma.doc, { title: 'Cellule de veille' })
    await waitFor(() => titles(facilitator.doc).length === 2)
    const codes = closeCodes(salma)
    deleteFrame(salma.doc, listFrames(salma.doc)[0]!.id)
    await waitFor(() => codes.includes(4403))
    const late = await as(relay, 'late', 'participant')
    expect(listFrames(late.doc)).toHaveLength(1)
    expect(listFrames(facilitator.doc)).toHaveLength(1)
  })

  it("refuses a participant's offline recommendation on every reconnection, for good", async () => {
    const relay = await startRelay()
    const { facilitator } = await preparedBoard(relay)
    const amina = await as(relay, 'amina', 'participant')
    amina.provider.disconnect()
    addRecommendation(amina.doc, { title: 'Hors ligne' })
    const codes = closeCodes(amina)
    const terminal: number[] = []
    amina.provider.on('closed', (event: { code: number }) => terminal.push(event.code))
    amina.provider.connect()
    // 4403 is in the 4400-4499 range the stock client treats as final: it stops retrying.
    await waitFor(() => terminal.includes(4403))
    amina.provider.connect()
    await waitFor(() => codes.filter((code) => code === 4403).length === 2)
    expect(titles(facilitator.doc)).toEqual(['Former les agents'])
  })

  it('still refuses everything from an observer, who is never closed for it', async () => {
    const relay = await startRelay()
    const { facilitator } = await preparedBoard(relay)
    const observer = connectClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'obs', role: 'observer' }),
    )
    await waitFor(() => observer.provider.synced && listFrames(observer.doc).length === 1)
    const codes = closeCodes(observer)
    addNote(observer.doc, { category: 'finding', x: 0, y: 0, text: 'observateur' })
    addNote(facilitator.doc, { category: 'finding', x: 0, y: 0, text: 'marqueur' })
    await waitFor(() => listNotes(observer.doc).length === 2)
    await new Promise((done) => setTimeout(done, 200))
    expect(listNotes(facilitator.doc).map((each) => each.text)).toEqual(['marqueur'])
    expect(codes).toEqual([])
  })
})
