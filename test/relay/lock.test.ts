import { addNote, listNotes, readControl } from '@atelier/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { callApi } from '../helpers/api.js'
import { closed, connectClient, openRaw, syncedClient } from '../helpers/clients.js'
import { syncFrame } from '../helpers/frames.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { storedDoc } from '../helpers/store.js'

const API = '/api/workshops/tanger'
const BOARD = 'governance-g1'
const ROOM = `tanger/${BOARD}`

async function consultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac' })
  const body = { title: 'Tanger 2026', sessions: ['governance'] }
  expect((await callApi(relay, `${API}/consultation`, facilitator, body)).status).toBe(201)
  const control = (action: Record<string, unknown>) =>
    callApi(relay, `${API}/sessions/governance/control`, facilitator, action)
  return { facilitator, control }
}

/** A participant's note written into a doc that already holds the board, as a raw update. */
function noteUpdate(board: Y.Doc, text: string): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board))
  const before = Y.encodeStateVector(doc)
  addNote(doc, { category: 'risk', x: 10, y: 10, text })
  return Y.encodeStateAsUpdate(doc, before)
}

const texts = (doc: Y.Doc) =>
  listNotes(doc)
    .map((note) => note.text)
    .sort()

describe('a locked board', () => {
  it("refuses a participant's raw update, closing with 4423, and stores and sends nothing", async () => {
    const relay = await startRelay()
    const { facilitator, control } = await consultation(relay)
    const fac = await syncedClient(relay.syncUrl, ROOM, facilitator)
    const watcher = await syncedClient(
      relay.syncUrl,
      ROOM,
      await tokenFor({ sub: 'salma', role: 'participant' }),
    )
    expect((await control({ action: 'lock', locked: true })).status).toBe(200)
    await waitFor(() => readControl(watcher.doc).locked && readControl(fac.doc).locked)

    const participant = await tokenFor({ sub: 'amina', role: 'participant' })
    const { socket } = await openRaw(`${relay.syncUrl}/${ROOM}?token=${participant}`)
    const outcome = closed(socket!)
    socket!.send(syncFrame(2, noteUpdate(fac.doc, 'écrite pendant le verrou')))
    expect(await outcome).toEqual({ code: 4423, reason: 'ATELIER_ERR_BOARD_LOCKED' })

    // The facilitator still writes; that note arrives, the participant's never does.
    addNote(fac.doc, { category: 'finding', x: 0, y: 0, text: 'marqueur' })
    await waitFor(() => texts(watcher.doc).includes('marqueur'))
    const late = await syncedClient(relay.syncUrl, ROOM, await tokenFor({ sub: 'late' }))
    expect(texts(late.doc)).toEqual(['marqueur'])
    expect(texts(watcher.doc)).toEqual(['marqueur'])
    await relay.close()
    expect(texts(await storedDoc(relay.dataDir, ROOM))).toEqual(['marqueur'])
  })

  it('lets a participant open and follow a locked board, and write again after unlock', async () => {
    const relay = await startRelay()
    const { facilitator, control } = await consultation(relay)
    const fac = await syncedClient(relay.syncUrl, ROOM, facilitator)
    await control({ action: 'lock', locked: true })
    const token = await tokenFor({ sub: 'amina', role: 'participant' })
    const amina = await syncedClient(relay.syncUrl, ROOM, token)
    const terminal: number[] = []
    amina.provider.on('closed', (event: { code: number }) => terminal.push(event.code))
    // Opening sends an empty sync step 2, which changes nothing and passes; presence flows too.
    amina.provider.awareness.setLocalStateField('user', { name: 'Amina' })
    await waitFor(() =>
      [...fac.provider.awareness.getStates().values()].some(
        (state) => (state.user as { name?: string } | undefined)?.name === 'Amina',
      ),
    )
    addNote(fac.doc, { category: 'finding', x: 0, y: 0, text: 'du facilitateur' })
    await waitFor(() => texts(amina.doc).includes('du facilitateur'))
    expect(terminal).toEqual([])

    addNote(amina.doc, { category: 'risk', x: 0, y: 0, text: 'refusée' })
    await waitFor(() => terminal.includes(4423))
    expect(texts(fac.doc)).toEqual(['du facilitateur'])

    expect((await control({ action: 'lock', locked: false })).status).toBe(200)
    await waitFor(() => !readControl(fac.doc).locked)
    const again = connectClient(relay.syncUrl, ROOM, token)
    await waitFor(() => again.provider.synced)
    addNote(again.doc, { category: 'risk', x: 0, y: 0, text: 'après le verrou' })
    await waitFor(() => texts(fac.doc).includes('après le verrou'))
    expect(texts(fac.doc)).toEqual(['après le verrou', 'du facilitateur'])
  })

  it('calls everyone to the plenary and back, on every board of the session', async () => {
    const relay = await startRelay()
    const { control } = await consultation(relay)
    const amina = await syncedClient(
      relay.syncUrl,
      'tanger/governance-g2',
      await tokenFor({ sub: 'amina', role: 'participant', boards: ['governance-g2'] }),
    )
    expect((await control({ action: 'disperse' })).status).toBe(409)
    const gathered = await control({ action: 'gather' })
    expect(gathered.status).toBe(200)
    await waitFor(() => readControl(amina.doc).gather !== undefined)
    expect(readControl(amina.doc).gather?.board).toBe('governance-plenary')
    // The plenary lies outside her token's boards: she reads it.
    const plenary = await syncedClient(
      relay.syncUrl,
      'tanger/governance-plenary',
      await tokenFor({ sub: 'amina', role: 'participant', boards: ['governance-g2'] }),
    )
    expect(readControl(plenary.doc).gather?.board).toBe('governance-plenary')
    expect((await control({ action: 'disperse' })).status).toBe(200)
    await waitFor(() => readControl(amina.doc).gather === undefined)
    expect((await control({ action: 'gather', board: 'elsewhere' })).status).toBe(400)
  })
})
