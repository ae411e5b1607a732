import { createServer, connect, type Server, type Socket } from 'node:net'
import { describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { addNote, deleteNote, listNotes, setNoteText } from '@atelier/model'
import { loadConfig, mintToken } from '@atelier/relay'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { freePort } from '../helpers/ports.js'
import {
  spawnRelay,
  startRelay,
  tempDataDir,
  tokenFor,
  waitFor,
  type RelayProcess,
  type RunningRelay,
} from '../helpers/relay.js'

/** The venue signs its own tokens: only the upstream token comes from the organisation. */
const VENUE_SECRET = 'venue-secret-of-at-least-thirty-two-characters!'
const API = '/api/workshops/tanger'
const BOARDS = ['governance-g1', 'governance-g2', 'governance-plenary']
const CONSULTATION = { title: 'Tanger 2026', sessions: ['governance'], groups: 2 }

interface BoardStatus {
  board: string
  state: string
  pendingChanges: number
  lastContact: number | null
  error: string | null
}
interface UpstreamAnswer {
  enabled: boolean
  consultation: string
  boards: BoardStatus[]
}

function venueToken(): Promise<string> {
  return mintToken(new TextEncoder().encode(VENUE_SECRET), {
    sub: 'fac-venue',
    name: 'Salma',
    role: 'facilitator',
    workshop: 'tanger',
  })
}

/** The organisation's Atelier, on its own port and data directory (restarted on the same ones). */
async function organisation(port: number, dataDir: string): Promise<RelayProcess> {
  return spawnRelay({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' })
}

async function venueRelay(
  upstream: Pick<RunningRelay, 'httpUrl'>,
  dataDir = tempDataDir(),
  port?: number,
): Promise<RelayProcess> {
  return spawnRelay({
    ATELIER_SECRET: VENUE_SECRET,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    UPSTREAM_URL: upstream.httpUrl,
    UPSTREAM_TOKEN: await tokenFor({ sub: 'venue-relay', name: 'Venue' }, '2h'),
    ...(port === undefined ? {} : { PORT: String(port) }),
  })
}

async function upstreamState(venue: RunningRelay, token: string): Promise<UpstreamAnswer> {
  const { status, body } = await callApi(venue, `${API}/upstream`, token)
  expect(status).toBe(200)
  return body as unknown as UpstreamAnswer
}

function boardOf(answer: UpstreamAnswer, board: string): BoardStatus {
  const found = answer.boards.find((entry) => entry.board === board)
  if (!found) throw new Error(`no upstream state for ${board}: ${JSON.stringify(answer)}`)
  return found
}

/** Every board id of a consultation as the relay serves it (sessions' boards, roadmap). */
async function consultationBoards(relay: RunningRelay, token: string): Promise<string[]> {
  const { body } = await callApi(relay, `${API}/consultation`, token)
  const consultation = body.consultation as {
    sessions: { boards: { id: string }[] }[]
    roadmap?: { id: string }
  }
  const boards = consultation.sessions.flatMap((session) => session.boards.map((b) => b.id))
  return (consultation.roadmap ? [...boards, consultation.roadmap.id] : boards).sort()
}

/** Waits until the venue's console says every board is in sync, with nothing pending. */
async function allInSync(venue: RunningRelay, token: string, timeoutMs = 20_000) {
  const boards = await consultationBoards(venue, token)
  expect(boards).toEqual(expect.arrayContaining(BOARDS))
  let last: UpstreamAnswer | undefined
  await waitFor(
    async () => {
      last = await upstreamState(venue, token)
      return (
        JSON.stringify(last.boards.map((board) => board.board).sort()) === JSON.stringify(boards) &&
        last.boards.every((board) => board.state === 'in-sync' && board.pendingChanges === 0)
      )
    },
    timeoutMs,
    () => JSON.stringify(last),
  )
  return last!
}

function texts(doc: Y.Doc): string[] {
  return listNotes(doc)
    .map((note) => note.text)
    .sort()
}

const note = (doc: Y.Doc, text: string) => addNote(doc, { category: 'finding', x: 10, y: 10, text })

/** Opens every board on a relay, waits for each first sync. */
async function openBoards(relay: RunningRelay, token: string): Promise<Map<string, Client>> {
  const clients = new Map<string, Client>()
  for (const board of BOARDS) {
    clients.set(board, await syncedClient(relay.syncUrl, `tanger/${board}`, token))
  }
  return clients
}

/**
 * The venue's internet link: a TCP pass-through to the organisation's server that the test
 * cuts (port closed, every connection dropped) and restores on the same port.
 */
async function link(target: { port: number }) {
  const port = await freePort()
  const sockets = new Set<Socket>()
  let server: Server | undefined
  const open = () =>
    new Promise<void>((done, fail) => {
      server = createServer((inbound) => {
        const outbound = connect(target.port, '127.0.0.1')
        for (const socket of [inbound, outbound]) {
          sockets.add(socket)
          socket.on('error', () => socket.destroy())
          socket.on('close', () => {
            sockets.delete(socket)
            inbound.destroy()
            outbound.destroy()
          })
        }
        inbound.pipe(outbound).pipe(inbound)
      })
      server.once('error', fail)
      server.listen(port, '127.0.0.1', () => done())
    })
  const cut = async () => {
    const closing = new Promise<void>((done) => (server ? server.close(() => done()) : done()))
    for (const socket of sockets) socket.destroy()
    await closing
  }
  await open()
  onTestFinished(cut)
  return { httpUrl: `http://127.0.0.1:${port}`, cut, restore: open }
}

describe('venue mode: upstream sync between two relay processes', () => {
  it('replicates both ways, keeps the room working while the link is cut, and converges after', async () => {
    const upPort = await freePort()
    const internet = await link({ port: upPort })
    // The venue starts whether or not the upstream is there yet.
    const [upstream, firstVenue] = await Promise.all([
      organisation(upPort, tempDataDir()),
      venueRelay(internet),
    ])
    let venue = firstVenue
    const atVenue = await venueToken()
    const atOrg = await tokenFor({ sub: 'fac-org', name: 'Karim' })

    const created = await callApi(venue, `${API}/consultation`, atVenue, CONSULTATION)
    expect(created.status).toBe(201)
    // The consultation goes up once every board's prepared content is there.
    const synced = await allInSync(venue, atVenue)
    expect(synced.enabled).toBe(true)
    await waitFor(
      async () => (await callApi(upstream, `${API}/consultation`, atOrg)).status === 200,
    )

    const venueClients = await openBoards(venue, atVenue)
    const orgClients = await openBoards(upstream, atOrg)
    const baseline = new Map<string, string[]>()
    for (const board of BOARDS) {
      const here = texts(venueClients.get(board)!.doc)
      // The upstream prepared no board a second time: both hold the venue's template, once.
      expect(texts(orgClients.get(board)!.doc)).toEqual(here)
      baseline.set(board, here)
    }
    const at = (clients: Map<string, Client>, board: string) => clients.get(board)!.doc

    // Online: the room's work goes up, a colleague's comment comes down.
    note(at(venueClients, 'governance-g1'), 'Salle: pas de plan de continuité')
    note(at(orgClients, 'governance-g2'), 'Siège: voir la charte de 2024')
    await waitFor(() =>
      texts(at(orgClients, 'governance-g1')).includes('Salle: pas de plan de continuité'),
    )
    await waitFor(() =>
      texts(at(venueClients, 'governance-g2')).includes('Siège: voir la charte de 2024'),
    )
    await allInSync(venue, atVenue)

    // The link is cut; both sides work on.
    const cutAt = Date.now()
    await internet.cut()
    const g1 = at(venueClients, 'governance-g1')
    note(g1, 'Salle: hors ligne 1')
    note(g1, 'Salle: hors ligne 2')
    const edited = listNotes(g1).find((entry) => entry.text === 'Salle: pas de plan de continuité')!
    setNoteText(g1, edited.id, 'Salle: aucun plan de continuité')
    note(at(venueClients, 'governance-plenary'), 'Plénière: priorité aux alertes SMS')
    note(at(orgClients, 'governance-g1'), 'Siège: hors ligne A')
    note(at(orgClients, 'governance-plenary'), 'Siège: hors ligne B')
    const charter = listNotes(at(orgClients, 'governance-g2')).find(
      (entry) => entry.text === 'Siège: voir la charte de 2024',
    )!
    deleteNote(at(orgClients, 'governance-g2'), charter.id)
    // The room works on: another participant at the venue sees the offline notes at once.
    const neighbour = await syncedClient(venue.syncUrl, 'tanger/governance-g1', atVenue)
    expect(texts(neighbour.doc)).toContain('Salle: hors ligne 2')

    let cut: UpstreamAnswer | undefined
    await waitFor(
      async () => {
        cut = await upstreamState(venue, atVenue)
        return (
          boardOf(cut, 'governance-g1').pendingChanges >= 3 &&
          cut.boards.every((board) => board.state === 'offline')
        )
      },
      10_000,
      () => JSON.stringify(cut),
    )
    for (const board of cut!.boards) expect(board.lastContact).toBeLessThanOrEqual(cutAt)
    expect(boardOf(cut!, 'governance-plenary').pendingChanges).toBeGreaterThanOrEqual(1)
    expect(boardOf(cut!, 'governance-g2').pendingChanges).toBe(0)
    // The venue heard nothing of the organisation's offline edits.
    expect(texts(at(venueClients, 'governance-g1'))).not.toContain('Siège: hors ligne A')

    // The venue's laptop crashes and restarts, still offline: its clients reconnect, and its
    // console knows no contact since the restart and changes still to confirm.
    await venue.kill('SIGKILL')
    venue = await venueRelay(internet, venue.dataDir, venue.port)
    let restarted: UpstreamAnswer | undefined
    await waitFor(
      async () => {
        restarted = await upstreamState(venue, atVenue)
        return restarted.boards.length === cut!.boards.length
      },
      10_000,
      () => JSON.stringify(restarted),
    )
    for (const board of restarted!.boards) {
      expect(board.state).toBe('offline')
      expect(board.lastContact).toBeNull()
      expect(board.pendingChanges).toBeGreaterThanOrEqual(1)
    }
    await waitFor(() => venueClients.get('governance-g1')!.provider.synced, 10_000)

    // The link returns.
    const back = Date.now()
    await internet.restore()
    const after = await allInSync(venue, atVenue, 30_000)
    for (const board of after.boards) {
      expect(board.lastContact).toBeGreaterThanOrEqual(back)
      expect(board.error).toBeNull()
    }

    const expected: Record<string, string[]> = {
      'governance-g1': [
        ...baseline.get('governance-g1')!,
        'Salle: aucun plan de continuité',
        'Salle: hors ligne 1',
        'Salle: hors ligne 2',
        'Siège: hors ligne A',
      ].sort(),
      'governance-g2': baseline.get('governance-g2')!,
      'governance-plenary': [
        ...baseline.get('governance-plenary')!,
        'Plénière: priorité aux alertes SMS',
        'Siège: hors ligne B',
      ].sort(),
    }
    for (const board of BOARDS) {
      // Clients open through the outage received the other side's edits live.
      for (const clients of [venueClients, orgClients]) {
        await waitFor(
          () => JSON.stringify(texts(at(clients, board))) === JSON.stringify(expected[board]),
          10_000,
          () => `${board}: ${JSON.stringify(texts(at(clients, board)))}`,
        )
      }
      // Fresh clients on both sides read the same board: both sides' edits, each once.
      const fromVenue = await syncedClient(venue.syncUrl, `tanger/${board}`, atVenue)
      const fromOrg = await syncedClient(upstream.syncUrl, `tanger/${board}`, atOrg)
      expect(texts(fromVenue.doc)).toEqual(expected[board])
      expect(texts(fromOrg.doc)).toEqual(expected[board])
      const ids = (doc: Y.Doc) =>
        listNotes(doc)
          .map((entry) => entry.id)
          .sort()
      expect(ids(fromOrg.doc)).toEqual(ids(fromVenue.doc))
    }
  }, 60_000)

  it('pulls a consultation prepared at the organisation, and resumes after its server restarts', async () => {
    const upPort = await freePort()
    const upDir = tempDataDir()
    const [first, venue] = await Promise.all([
      organisation(upPort, upDir),
      venueRelay({ httpUrl: `http://127.0.0.1:${upPort}` }),
    ])
    let upstream = first
    const atOrg = await tokenFor({ sub: 'fac-org', name: 'Karim' })
    expect((await callApi(upstream, `${API}/consultation`, atOrg, CONSULTATION)).status).toBe(201)
    const prepared = await openBoards(upstream, atOrg)
    note(prepared.get('governance-g2')!.doc, 'Siège: consigne avant la séance')
    await waitFor(async () => {
      const check = await syncedClient(upstream.syncUrl, 'tanger/governance-g2', atOrg)
      const ok = texts(check.doc).includes('Siège: consigne avant la séance')
      check.destroy()
      return ok
    })
    for (const client of prepared.values()) client.destroy()

    const atVenue = await venueToken()
    await waitFor(async () => (await callApi(venue, `${API}/consultation`, atVenue)).status === 200)
    const pulled = await allInSync(venue, atVenue)
    expect(pulled.consultation).toBe('both')
    const g2 = await syncedClient(venue.syncUrl, 'tanger/governance-g2', atVenue)
    expect(texts(g2.doc)).toContain('Siège: consigne avant la séance')
    const notesBefore = listNotes(g2.doc).length

    // The organisation's server stops; the venue writes on.
    const stopped = Date.now()
    await upstream.kill('SIGKILL')
    note(g2.doc, 'Salle: écrit pendant la coupure')
    let cut: UpstreamAnswer | undefined
    await waitFor(
      async () => {
        cut = await upstreamState(venue, atVenue)
        const board = boardOf(cut, 'governance-g2')
        return board.state === 'offline' && board.pendingChanges === 1
      },
      10_000,
      () => JSON.stringify(cut),
    )
    expect(boardOf(cut!, 'governance-g2').lastContact).toBeLessThanOrEqual(stopped)
    expect(boardOf(cut!, 'governance-g1').pendingChanges).toBe(0)

    upstream = await organisation(upPort, upDir)
    await allInSync(venue, atVenue, 30_000)
    const fromOrg = await syncedClient(upstream.syncUrl, 'tanger/governance-g2', atOrg)
    const fromVenue = await syncedClient(venue.syncUrl, 'tanger/governance-g2', atVenue)
    expect(texts(fromOrg.doc)).toContain('Salle: écrit pendant la coupure')
    expect(listNotes(fromOrg.doc)).toHaveLength(notesBefore + 1)
    expect(texts(fromOrg.doc)).toEqual(texts(fromVenue.doc))
  }, 60_000)
})

describe('venue mode: upstream configuration and routes', () => {
  it('refuses to start with a half or wrong upstream configuration, saying which', async () => {
    const facilitator = await tokenFor()
    const participant = await tokenFor({ role: 'participant' })
    const refusal = (env: Record<string, string>) => {
      try {
        loadConfig(env)
      } catch (error) {
        return (error as Error).message
      }
      return 'accepted'
    }
    expect(refusal({ UPSTREAM_URL: 'https://atelier.example.org' })).toMatch(
      /UPSTREAM_TOKEN: UPSTREAM_URL and UPSTREAM_TOKEN go together/,
    )
    expect(refusal({ UPSTREAM_TOKEN: facilitator })).toMatch(/UPSTREAM_URL: .*go together/)
    expect(refusal({ UPSTREAM_URL: 'ftp://example.org', UPSTREAM_TOKEN: facilitator })).toMatch(
      /UPSTREAM_URL must be an http:\/\/ or https:\/\/ address/,
    )
    expect(
      refusal({ UPSTREAM_URL: 'https://user:pw@a.example', UPSTREAM_TOKEN: facilitator }),
    ).toMatch(/without a user or password/)
    expect(refusal({ UPSTREAM_URL: 'https://a.example', UPSTREAM_TOKEN: 'not-a-token' })).toMatch(
      /UPSTREAM_TOKEN is not a JWT/,
    )
    expect(refusal({ UPSTREAM_URL: 'https://a.example', UPSTREAM_TOKEN: participant })).toMatch(
      /must be a facilitator's token, not a participant's/,
    )
    expect(refusal({ UPSTREAM_URL: 'https://a.example/', UPSTREAM_TOKEN: facilitator })).toBe(
      'accepted',
    )
  })

  it('keeps the upstream state and board snapshots to the workshop’s facilitator', async () => {
    const relay = await startRelay()
    const facilitator = await tokenFor()
    const participant = await tokenFor({ role: 'participant' })
    const other = await tokenFor({ workshop: 'rabat' })
    expect((await callApi(relay, `${API}/upstream`, facilitator)).body).toEqual({
      enabled: false,
      boards: [],
    })
    for (const path of [`${API}/upstream`, `${API}/boards/governance-g1/snapshot`]) {
      expect((await fetch(`${relay.httpUrl}${path}`)).status).toBe(401)
      expect((await callApi(relay, path, participant)).status).toBe(403)
      expect((await callApi(relay, path, other)).status).toBe(403)
    }
    expect((await callApi(relay, `${API}/boards/Bad%20Board/snapshot`, facilitator)).status).toBe(
      400,
    )
    const board = await syncedClient(relay.syncUrl, 'tanger/governance-g1', facilitator)
    note(board.doc, 'Coupures de réseau')
    await waitFor(async () => {
      const { body } = await callApi(relay, `${API}/boards/governance-g1/snapshot`, facilitator)
      const snapshot = Y.decodeSnapshot(Buffer.from(String(body.snapshot), 'base64'))
      return snapshot.sv.get(board.doc.clientID) === Y.getState(board.doc.store, board.doc.clientID)
    })
  })

  it('says why when the upstream refuses the token, and the room works on', async () => {
    const upstream = await startRelay()
    const forged = await mintToken(new TextEncoder().encode(VENUE_SECRET), {
      sub: 'venue-relay',
      name: 'Venue',
      role: 'facilitator',
      workshop: 'tanger',
    })
    const venue = await startRelay({
      ATELIER_SECRET: VENUE_SECRET,
      UPSTREAM_URL: upstream.httpUrl,
      UPSTREAM_TOKEN: forged,
    })
    const atVenue = await venueToken()
    expect((await callApi(venue, `${API}/consultation`, atVenue, CONSULTATION)).status).toBe(201)
    let state: (UpstreamAnswer & { error?: string | null }) | undefined
    await waitFor(
      async () => {
        state = (await upstreamState(venue, atVenue)) as typeof state
        return state!.boards.length >= BOARDS.length && /401/.test(state!.error ?? '')
      },
      10_000,
      () => JSON.stringify(state),
    )
    await waitFor(
      async () => {
        state = (await upstreamState(venue, atVenue)) as typeof state
        return state!.boards.every((board) => board.error !== null)
      },
      10_000,
      () => JSON.stringify(state),
    )
    for (const board of state!.boards) {
      expect(board.state).toBe('offline')
      expect(board.lastContact).toBeNull()
      expect(board.error).toBe('the upstream refused the connection (401)')
    }
    expect(JSON.stringify(state)).not.toContain(forged)
    const board = await syncedClient(venue.syncUrl, 'tanger/governance-g1', atVenue)
    note(board.doc, 'La salle écrit quand même')
    const reader = await syncedClient(venue.syncUrl, 'tanger/governance-g1', atVenue)
    await waitFor(() => texts(reader.doc).includes('La salle écrit quand même'))
    expect((await callApi(upstream, `${API}/consultation`, await tokenFor())).status).toBe(404)
  })
})
