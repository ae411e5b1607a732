import { describe, expect, it } from 'vitest'
import { readControl, setControl } from '@atelier/model'
import type { Control } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { callApi } from '../helpers/api.js'
import { connectClient, syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const CONTROL = `${API}/sessions/governance/control`
const governance = getSessionTemplate('governance')!
const scenario = governance.scenarios[1]!
const BOARDS = ['g1', 'g2', 'g3', 'g4', 'plenary'].map((board) => `tanger/governance-${board}`)

async function consultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac' })
  const body = { title: 'Tanger 2026', sessions: ['governance'] }
  expect((await callApi(relay, `${API}/consultation`, facilitator, body)).status).toBe(201)
  return facilitator
}

describe('scenario rounds', () => {
  it('start, advance and end on every board of the session alike', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const participant = await tokenFor({ sub: 'amina', role: 'participant' })
    const clients = await Promise.all(
      BOARDS.map((room) => syncedClient(relay.syncUrl, room, participant)),
    )
    const before = Date.now()
    const started = await callApi(relay, CONTROL, facilitator, {
      action: 'scenario',
      scenarioId: scenario.id,
    })
    expect(started.status).toBe(200)
    expect((started.body.control as Control).scenario).toMatchObject({ id: scenario.id, inject: 0 })
    for (const client of clients) {
      await waitFor(() => readControl(client.doc).scenario?.id === scenario.id)
      const control = readControl(client.doc)
      expect(control.scenario!.startedAt).toBeGreaterThanOrEqual(before)
      expect(control.timer).toMatchObject({
        state: 'running',
        durationMs: scenario.minutes * 60_000,
      })
      expect(control.phase?.id).toBe(governance.agenda.find((p) => p.kind === 'scenario')!.id)
    }

    for (let inject = 1; inject < scenario.injects.length; inject++) {
      const advanced = await callApi(relay, CONTROL, facilitator, { action: 'inject' })
      expect(advanced.status).toBe(200)
      expect((advanced.body.control as Control).scenario?.inject).toBe(inject)
    }
    for (const client of clients) {
      await waitFor(() => readControl(client.doc).scenario?.inject === scenario.injects.length - 1)
    }
    const controls = clients.map((client) => readControl(client.doc))
    for (const control of controls) expect(control).toEqual(controls[0])

    const past = await callApi(relay, CONTROL, facilitator, { action: 'inject' })
    expect(past.status).toBe(409)
    expect(readControl(clients[0]!.doc).scenario?.inject).toBe(scenario.injects.length - 1)

    expect((await callApi(relay, CONTROL, facilitator, { action: 'endScenario' })).status).toBe(200)
    for (const client of clients) {
      await waitFor(() => readControl(client.doc).scenario === undefined)
    }
    expect((await callApi(relay, CONTROL, facilitator, { action: 'endScenario' })).status).toBe(409)
    expect((await callApi(relay, CONTROL, facilitator, { action: 'inject' })).status).toBe(409)
  })

  it('refuses a scenario the session does not have, changing nothing', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const other = getSessionTemplate('operational-response')!.scenarios[0]!.id
    for (const body of [
      { action: 'scenario', scenarioId: other },
      { action: 'scenario', scenarioId: 'Bad Id' },
      { action: 'scenario' },
    ]) {
      expect((await callApi(relay, CONTROL, facilitator, body)).status).toBe(400)
    }
    const watcher = await syncedClient(relay.syncUrl, BOARDS[0]!, facilitator)
    expect(readControl(watcher.doc).scenario).toBeUndefined()
  })

  it('lets no participant start, advance or end a round, by the API or by hand', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const participant = await tokenFor({ sub: 'amina', role: 'participant' })
    for (const body of [
      { action: 'scenario', scenarioId: scenario.id },
      { action: 'inject' },
      { action: 'endScenario' },
    ]) {
      expect((await callApi(relay, CONTROL, participant, body)).status).toBe(403)
    }
    await callApi(relay, CONTROL, facilitator, { action: 'scenario', scenarioId: scenario.id })

    const amina = connectClient(relay.syncUrl, BOARDS[0]!, participant)
    await waitFor(() => amina.provider.synced)
    await waitFor(() => readControl(amina.doc).scenario !== undefined)
    const codes: number[] = []
    amina.provider.on('connection-close', (event: CloseEvent | null) =>
      codes.push(event?.code ?? 0),
    )
    const round = readControl(amina.doc).scenario!
    setControl(amina.doc, { scenario: { ...round, inject: 3 } })
    await waitFor(() => codes.includes(4403))
    const watcher = await syncedClient(relay.syncUrl, BOARDS[0]!, facilitator)
    expect(readControl(watcher.doc).scenario).toEqual(round)
  })
})
