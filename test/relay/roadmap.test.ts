import { describe, expect, it } from 'vitest'
import {
  addDependency,
  addNote,
  dependenciesOf,
  getBoardMeta,
  getNote,
  listFrames,
  listNotes,
  listRoadmapActions,
  updateActionSheet,
  updateNote,
  validateNote,
} from '@atelier/model'
import type { Priority } from '@atelier/model'
import { roadmapTemplate } from '@atelier/toolkit'
import { openSqliteStore } from '../../apps/relay/src/storage/index.js'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { startRelay, tempDataDir, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const PULL = `${API}/roadmap/pull`

async function consultation(
  relay: RunningRelay,
  sessions = ['governance', 'inclusion-resilience'],
) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Nadia' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions,
    groups: 1,
  })
  expect(created.status).toBe(201)
  return { facilitator, consultation: created.body.consultation as Record<string, unknown> }
}

type Decision = 'agreed' | 'reservations' | 'not-agreed' | 'none'

/** Puts notes on a plenary as the facilitator and records the room's verdict on each. */
async function plenaryWith(
  relay: RunningRelay,
  facilitator: string,
  board: string,
  notes: { text: string; decision: Decision; priority?: Priority; tags?: string[] }[],
) {
  const client = await syncedClient(relay.syncUrl, `tanger/${board}`, facilitator)
  const ids = notes.map((note, index) => {
    const id = addNote(client.doc, {
      text: note.text,
      category: 'action',
      x: 2000 + index * 160,
      y: 2000,
      author: { id: 'p-1', name: 'Youssef' },
      tags: note.tags ?? [],
    })
    if (note.decision === 'agreed') {
      validateNote(client.doc, id, { verdict: 'agreed', priority: note.priority })
    } else if (note.decision === 'reservations') {
      validateNote(client.doc, id, {
        verdict: 'reservations',
        reservation: 'Budget à préciser',
        priority: note.priority,
      })
    } else if (note.decision === 'not-agreed') {
      validateNote(client.doc, id, { verdict: 'not-agreed' })
    }
    return id
  })
  return { client, ids }
}

async function settledWith(client: Client, count: number) {
  await waitFor(() => listNotes(client.doc).length === count)
}

describe('the workshop-wide roadmap board', () => {
  it('is created with the consultation, listed in it, and prepared with its frame', async () => {
    const relay = await startRelay()
    const { facilitator, consultation: created } = await consultation(relay)
    expect(created.roadmap).toEqual({
      id: 'roadmap',
      kind: 'roadmap',
      title: roadmapTemplate.title.fr,
    })
    const read = await callApi(relay, `${API}/consultation`, facilitator)
    expect((read.body.consultation as Record<string, unknown>).roadmap).toEqual(created.roadmap)
    const viewer = await tokenFor({ sub: 'obs', role: 'observer' })
    const board = await syncedClient(relay.syncUrl, 'tanger/roadmap', viewer)
    await waitFor(() => listFrames(board.doc).length === 1)
    expect(getBoardMeta(board.doc)).toMatchObject({ kind: 'roadmap', locale: 'fr' })
    expect(listFrames(board.doc)[0]).toMatchObject({ id: 'roadmap', kind: 'roadmap' })
  })

  it('is added to a consultation stored before it existed', async () => {
    const dataDir = tempDataDir()
    const store = openSqliteStore({ dataDir })
    const old = {
      workshop: 'tanger',
      title: 'Tanger 2025',
      locale: 'en',
      groups: 1,
      createdAt: 1,
      sessions: [
        {
          id: 'governance',
          boards: [{ id: 'governance-plenary', kind: 'plenary', title: 'Governance — Plenary' }],
        },
      ],
    }
    expect(await store.createConsultation('tanger', JSON.stringify(old))).toBe(true)
    await store.close()
    const relay = await startRelay({ DATA_DIR: dataDir })
    const facilitator = await tokenFor({ sub: 'fac' })
    const read = await callApi(relay, `${API}/consultation`, facilitator)
    expect(read.status).toBe(200)
    expect((read.body.consultation as Record<string, unknown>).roadmap).toEqual({
      id: 'roadmap',
      kind: 'roadmap',
      title: roadmapTemplate.title.en,
    })
    const plenary = await plenaryWith(relay, facilitator, 'governance-plenary', [
      { text: 'Publish an annual report', decision: 'agreed', priority: 'low' },
    ])
    await new Promise((resolve) => setTimeout(resolve, 100))
    const pulled = await callApi(relay, PULL, facilitator, {})
    expect(pulled.body).toEqual({ board: 'roadmap', added: 1, already: 0 })
    const board = await syncedClient(relay.syncUrl, 'tanger/roadmap', facilitator)
    await settledWith(board, 1)
    expect(getBoardMeta(board.doc)).toMatchObject({ kind: 'roadmap', locale: 'en' })
    expect(listRoadmapActions(board.doc)).toMatchObject([
      {
        horizon: 'months-6-12',
        note: { origin: { board: 'governance-plenary', note: plenary.ids[0] } },
      },
    ])
  })
})

describe('pulling validated priorities onto the roadmap', () => {
  it('copies agreed priorities of every plenary once, in their horizon and lead row', async () => {
    const relay = await startRelay()
    const { facilitator } = await consultation(relay)
    const governance = await plenaryWith(relay, facilitator, 'governance-plenary', [
      { text: 'Créer une cellule régionale', decision: 'agreed', priority: 'high' },
      {
        text: 'Former les associations',
        decision: 'reservations',
        priority: 'medium',
        tags: ['associations'],
      },
      { text: 'Rejeté par la salle', decision: 'not-agreed' },
      { text: 'Pas encore discuté', decision: 'none' },
    ])
    const inclusion = await plenaryWith(relay, facilitator, 'inclusion-resilience-plenary', [
      {
        text: 'Ambassadeurs jeunes et migrants',
        decision: 'agreed',
        priority: 'low',
        tags: ['jeunes'],
      },
      { text: 'Masqué', decision: 'agreed', priority: 'high' },
    ])
    updateNote(inclusion.client.doc, inclusion.ids[1]!, { hidden: true })
    const viewer = await tokenFor({ sub: 'amina', role: 'participant' })
    const board = await syncedClient(relay.syncUrl, 'tanger/roadmap', viewer)
    await new Promise((resolve) => setTimeout(resolve, 150))

    const first = await callApi(relay, PULL, facilitator, {})
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ board: 'roadmap', added: 3, already: 0 })
    await settledWith(board, 3)
    const actions = listRoadmapActions(board.doc)
    expect(
      actions.map(({ note, horizon, lead }) => ({
        text: note.text,
        horizon,
        lead,
        origin: note.origin,
      })),
    ).toEqual([
      {
        text: 'Créer une cellule régionale',
        horizon: 'months-0-3',
        lead: 'public-institutions',
        origin: { board: 'governance-plenary', note: governance.ids[0] },
      },
      {
        text: 'Former les associations',
        horizon: 'months-3-6',
        lead: 'civil-society',
        origin: { board: 'governance-plenary', note: governance.ids[1] },
      },
      {
        text: 'Ambassadeurs jeunes et migrants',
        horizon: 'months-6-12',
        lead: 'youth-and-migrants',
        origin: { board: 'inclusion-resilience-plenary', note: inclusion.ids[0] },
      },
    ])
    expect(actions[0]?.note).toMatchObject({ priority: 'high', author: { name: 'Youssef' } })

    // Idempotent: a second pull copies nothing; a newly validated priority comes alone.
    validateNote(governance.client.doc, governance.ids[3]!, { verdict: 'agreed', priority: 'high' })
    await waitFor(() => getNote(governance.client.doc, governance.ids[3]!)?.priority === 'high')
    await new Promise((resolve) => setTimeout(resolve, 150))
    const second = await callApi(relay, PULL, facilitator, {})
    expect(second.body).toEqual({ board: 'roadmap', added: 1, already: 3 })
    await settledWith(board, 4)
    const third = await callApi(relay, PULL, facilitator, {})
    expect(third.body).toEqual({ board: 'roadmap', added: 0, already: 4 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(listNotes(board.doc)).toHaveLength(4)

    // The facilitator fills an action's sheet; the report's roadmap carries it.
    const editor = await syncedClient(relay.syncUrl, 'tanger/roadmap', facilitator)
    await settledWith(editor, 4)
    const cell = listRoadmapActions(editor.doc)[0]!.note.id
    updateActionSheet(editor.doc, cell, {
      responsible: 'Conseil Régional',
      partners: ['CRDH'],
      inclusion: 'Deux sièges pour les jeunes',
    })
    await waitFor(() => getNote(board.doc, cell)?.action?.responsible === 'Conseil Régional')
    // A participant's edits of the sheet and the arrows pass the relay's guards too.
    const later = listRoadmapActions(board.doc)[1]!.note.id
    updateActionSheet(board.doc, later, { risks: 'Budget incertain', mitigation: 'Cofinancement' })
    addDependency(board.doc, later, cell)
    await waitFor(() => dependenciesOf(editor.doc, later).includes(cell))
    expect(getNote(editor.doc, later)?.action).toMatchObject({ risks: 'Budget incertain' })
    const response = await fetch(`${relay.httpUrl}${API}/report.md`, {
      headers: { authorization: `Bearer ${facilitator}` },
    })
    const markdown = await response.text()
    const roadmap = markdown.slice(markdown.indexOf('## Actions de la feuille de route'))
    expect(roadmap).toContain(
      '| Institutions publiques | Créer une cellule régionale | Conseil Régional | CRDH |',
    )
    expect(roadmap).toContain('Deux sièges pour les jeunes')
    expect(roadmap.indexOf('### 0 à 3 mois')).toBeLessThan(roadmap.indexOf('### 3 à 6 mois'))
  })

  it('is for the facilitator only, takes no options, and needs a consultation', async () => {
    const relay = await startRelay()
    const orphan = await tokenFor({ sub: 'fac' })
    expect((await callApi(relay, PULL, orphan, {})).status).toBe(404)
    const { facilitator } = await consultation(relay, ['governance'])
    const plenary = await plenaryWith(relay, facilitator, 'governance-plenary', [
      { text: 'Action', decision: 'agreed', priority: 'high' },
    ])
    expect(plenary.ids).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: `x-${role}`, role })
      const refused = await callApi(relay, PULL, token, {})
      expect(refused.status).toBe(403)
    }
    const stranger = await tokenFor({ sub: 'fac', workshop: 'rabat' })
    expect((await callApi(relay, PULL, stranger, {})).status).toBe(403)
    const narrow = await tokenFor({ sub: 'fac', boards: ['governance-plenary'] })
    expect((await callApi(relay, PULL, narrow, {})).status).toBe(403)
    const bad = await callApi(relay, PULL, facilitator, { board: 'x' })
    expect(bad.status).toBe(400)
    const response = await fetch(`${relay.httpUrl}${PULL}`, { method: 'POST' })
    expect(response.status).toBe(401)
    const viewer = await tokenFor({ sub: 'obs', role: 'observer' })
    const board = await syncedClient(relay.syncUrl, 'tanger/roadmap', viewer)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(listNotes(board.doc)).toHaveLength(0)
    // An empty body is a pull too.
    const empty = await fetch(`${relay.httpUrl}${PULL}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${facilitator}` },
    })
    expect(empty.status).toBe(200)
    expect(await empty.json()).toEqual({ board: 'roadmap', added: 1, already: 0 })
    await waitFor(() => listNotes(board.doc).length === 1)
  })
})
