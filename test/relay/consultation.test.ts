import { describe, expect, it } from 'vitest'
import { getBoardMeta, listFrames, readControl, remainingOf, setControl } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { callApi } from '../helpers/api.js'
import { connectClient, syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const governance = getSessionTemplate('governance')!

async function created(
  relay: RunningRelay,
  body: unknown = { title: 'Tanger 2026', sessions: ['governance'] },
) {
  const facilitator = await tokenFor({ sub: 'fac' })
  const response = await callApi(relay, `${API}/consultation`, facilitator, body)
  return { facilitator, response }
}

describe('consultation and session controls', () => {
  it('creates a consultation from a template: a board per sub-group and a plenary, prepared', async () => {
    const relay = await startRelay()
    const { facilitator, response } = await created(relay)
    expect(response.status).toBe(201)
    const consultation = response.body.consultation as {
      groups: number
      sessions: Array<{ id: string; boards: Array<{ id: string; kind: string; title: string }> }>
    }
    expect(consultation.groups).toBe(4)
    const boards = consultation.sessions[0]!.boards
    expect(boards.map((board) => board.id)).toEqual([
      'governance-g1',
      'governance-g2',
      'governance-g3',
      'governance-g4',
      'governance-plenary',
    ])
    const participant = await tokenFor({ sub: 'amina', role: 'participant' })
    for (const board of boards) {
      const client = await syncedClient(relay.syncUrl, `tanger/${board.id}`, participant)
      const kind = board.kind as 'subgroup' | 'plenary'
      expect(getBoardMeta(client.doc)).toMatchObject({ kind, title: board.title, locale: 'fr' })
      expect(
        listFrames(client.doc)
          .map((frame) => frame.id)
          .sort(),
      ).toEqual(governance.layout[kind].map((frame) => frame.id).sort())
      expect(readControl(client.doc).session).toBe('governance')
      client.destroy()
    }
    expect(boards[0]!.title).toContain('Gouvernance')
    const read = await callApi(relay, `${API}/consultation`, facilitator)
    expect(read.body).toEqual(response.body)
    const again = await created(relay)
    expect(again.response.status).toBe(409)
  })

  it('refuses bad requests and other roles, creating nothing', async () => {
    const relay = await startRelay()
    const facilitator = await tokenFor({ sub: 'fac' })
    const bad: unknown[] = [
      { title: 'T', sessions: ['cooking'] },
      { title: 'T', sessions: [] },
      { title: 'T', sessions: ['governance', 'governance'] },
      { title: '', sessions: ['governance'] },
      { title: 'T', sessions: ['governance'], groups: 0 },
      { title: 'T', sessions: ['governance'], groups: 99 },
      { title: 'T', sessions: ['governance'], admin: true },
      'governance',
    ]
    for (const body of bad) {
      const response = await callApi(relay, `${API}/consultation`, facilitator, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.code).toBe('ATELIER_ERR_BAD_REQUEST')
    }
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: role, role })
      const body = { title: 'T', sessions: ['governance'] }
      expect((await callApi(relay, `${API}/consultation`, token, body)).status).toBe(403)
    }
    const elsewhere = await tokenFor({ workshop: 'rabat' })
    expect((await callApi(relay, `${API}/consultation`, elsewhere)).status).toBe(403)
    expect((await callApi(relay, `${API}/consultation`, facilitator)).status).toBe(404)
  })

  it('moves every board of a session to a phase with one countdown on the relay clock', async () => {
    const relay = await startRelay()
    const { facilitator } = await created(relay)
    const participant = await tokenFor({ sub: 'amina', role: 'participant' })
    const g1 = await syncedClient(relay.syncUrl, 'tanger/governance-g1', participant)
    const plenary = await syncedClient(relay.syncUrl, 'tanger/governance-plenary', participant)
    const phase = governance.agenda[2]!
    const before = Date.now()
    const moved = await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'phase',
      phaseId: phase.id,
    })
    expect(moved.status).toBe(200)
    for (const client of [g1, plenary]) {
      await waitFor(() => readControl(client.doc).phase?.id === phase.id)
      const control = readControl(client.doc)
      expect(control.phase).toMatchObject({ id: phase.id, index: 2 })
      expect(control.phase!.startedAt).toBeGreaterThanOrEqual(before)
      expect(control.timer).toMatchObject({ state: 'running', durationMs: phase.minutes * 60_000 })
    }
    expect(readControl(g1.doc)).toEqual(readControl(plenary.doc))
    // A version of each board was kept before the phase changed.
    const versions = await callApi(relay, `${API}/boards/governance-g3/versions`, facilitator)
    expect((versions.body.versions as Array<{ reason: string }>)[0]!.reason).toBe('phase')

    const paused = await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'pause',
    })
    expect(paused.body.control).toMatchObject({ timer: { state: 'paused' } })
    await waitFor(() => readControl(g1.doc).timer?.state === 'paused')
    const left = remainingOf(readControl(g1.doc).timer!, Date.now())
    await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'addTime',
      ms: 60_000,
    })
    await waitFor(() => remainingOf(readControl(g1.doc).timer!, Date.now()) === left + 60_000)
    await callApi(relay, `${API}/sessions/governance/control`, facilitator, { action: 'resume' })
    await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'lock',
      locked: true,
    })
    await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'voting',
      state: 'open',
    })
    await waitFor(() => readControl(plenary.doc).voting === 'open')
    expect(readControl(plenary.doc)).toMatchObject({ locked: true, timer: { state: 'running' } })
  })

  it("refuses control to everyone but the facilitator, and a participant's client writing it", async () => {
    const relay = await startRelay()
    const { facilitator } = await created(relay)
    const control = `${API}/sessions/governance/control`
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: role, role })
      expect((await callApi(relay, control, token, { action: 'lock', locked: true })).status).toBe(
        403,
      )
    }
    expect((await callApi(relay, control, facilitator, { action: 'pause' })).status).toBe(409)
    expect(
      (await callApi(relay, control, facilitator, { action: 'phase', phaseId: 'nope' })).status,
    ).toBe(400)
    expect((await callApi(relay, control, facilitator, { action: 'dance' })).status).toBe(400)
    expect(
      (
        await callApi(relay, `${API}/sessions/inclusion-resilience/control`, facilitator, {
          action: 'lock',
          locked: true,
        })
      ).status,
    ).toBe(404)

    const amina = connectClient(
      relay.syncUrl,
      'tanger/governance-g1',
      await tokenFor({ sub: 'amina', role: 'participant' }),
    )
    await waitFor(() => amina.provider.synced)
    const codes: number[] = []
    amina.provider.on('connection-close', (event: CloseEvent | null) =>
      codes.push(event?.code ?? 0),
    )
    setControl(amina.doc, { locked: true, voting: 'closed' })
    await waitFor(() => codes.includes(4403))
    const watcher = await syncedClient(relay.syncUrl, 'tanger/governance-g1', facilitator)
    expect(readControl(watcher.doc)).toMatchObject({ locked: false, voting: 'none' })
  })

  it('tells clients the relay clock and the facilitator who is on each board', async () => {
    const relay = await startRelay()
    const before = Date.now()
    const time = (await (await fetch(`${relay.httpUrl}/api/time`)).json()) as { now: number }
    expect(time.now).toBeGreaterThanOrEqual(before)
    expect(time.now).toBeLessThanOrEqual(Date.now())
    const { facilitator } = await created(relay)
    const participant = (sub: string) => tokenFor({ sub, role: 'participant' })
    await syncedClient(relay.syncUrl, 'tanger/governance-g2', await participant('a'))
    await syncedClient(relay.syncUrl, 'tanger/governance-g2', await participant('b'))
    await syncedClient(
      relay.syncUrl,
      'tanger/governance-g2',
      await tokenFor({ sub: 'o', role: 'observer' }),
    )
    const presence = await callApi(relay, `${API}/presence`, facilitator)
    const boards = presence.body.boards as Record<string, Record<string, number>>
    expect(boards['governance-g2']).toEqual({
      facilitator: 0,
      rapporteur: 0,
      participant: 2,
      observer: 1,
    })
    expect(boards['governance-g1']).toEqual({
      facilitator: 0,
      rapporteur: 0,
      participant: 0,
      observer: 0,
    })
  })
})
