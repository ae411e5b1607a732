import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  castVote,
  getNote,
  listFrames,
  listNotes,
  updateNote,
  voteCounts,
} from '@atelier/model'
import type { Note } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const PROMOTE = `${API}/sessions/governance/promote`

async function consultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Nadia' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance'],
    groups: 2,
  })
  expect(created.status).toBe(201)
  return facilitator
}

/** A participant's client on a board, with notes of theirs on it (one anonymous). */
async function boardWithNotes(relay: RunningRelay, board: string, texts: string[]) {
  const token = await tokenFor({ sub: `p-${board}`, name: 'Youssef', role: 'participant' })
  const client = await syncedClient(relay.syncUrl, `tanger/${board}`, token)
  const ids = texts.map((text, index) =>
    addNote(client.doc, {
      text,
      category: 'action',
      x: 40 + index * 10,
      y: 900,
      tags: ['budget'],
      ...(index === 0 ? { anonymous: true } : { author: { id: `p-${board}`, name: 'Youssef' } }),
    }),
  )
  // Votes reach a board when the round closes, written with the facilitator's rights.
  const closer = await syncedClient(
    relay.syncUrl,
    `tanger/${board}`,
    await tokenFor({ sub: 'fac' }),
  )
  await waitFor(() => ids.every((id) => getNote(closer.doc, id) !== undefined))
  castVote(closer.doc, `p-${board}`, ids[0]!)
  await waitFor(() => voteCounts(client.doc)[ids[0]!] === 1)
  return { client, ids }
}

function promoted(client: Client): Note[] {
  return listNotes(client.doc).filter((note) => note.origin !== undefined)
}

function overlaps(a: Note, b: { x: number; y: number; w: number; h: number }): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

describe('promoting notes to the plenary', () => {
  it('copies notes from two groups onto the plenary, each keeping where it came from', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const g1 = await boardWithNotes(relay, 'governance-g1', ['Former les agents', 'Un guichet'])
    const g2 = await boardWithNotes(relay, 'governance-g2', ['Cartographier les acteurs'])
    const viewer = await tokenFor({ sub: 'amina', role: 'participant' })
    const plenary = await syncedClient(relay.syncUrl, 'tanger/governance-plenary', viewer)
    await new Promise((resolve) => setTimeout(resolve, 100))

    const first = await callApi(relay, PROMOTE, facilitator, {
      board: 'governance-g1',
      notes: g1.ids,
    })
    expect(first.status).toBe(200)
    expect(first.body.plenary).toBe('governance-plenary')
    const second = await callApi(relay, PROMOTE, facilitator, {
      board: 'governance-g2',
      notes: g2.ids,
    })
    expect(second.status).toBe(200)

    // The plenary's connected participant receives them, with their origin.
    await waitFor(() => promoted(plenary).length === 3)
    const copies = promoted(plenary)
    expect(copies.map((note) => [note.text, note.origin])).toEqual([
      ['Former les agents', { board: 'governance-g1', note: g1.ids[0] }],
      ['Un guichet', { board: 'governance-g1', note: g1.ids[1] }],
      ['Cartographier les acteurs', { board: 'governance-g2', note: g2.ids[0] }],
    ])
    const [anonymous, signed, fromG2] = copies as [Note, Note, Note]
    expect(anonymous.author).toBeUndefined()
    expect(signed.author).toEqual({ id: 'p-governance-g1', name: 'Youssef' })
    expect(signed).toMatchObject({ category: 'action', tags: ['budget'], hidden: false })
    // Votes stay on the sub-group board.
    expect(voteCounts(plenary.doc)).toEqual({})
    // A column per group, in free space: clear of the plenary's frames and of each other.
    expect(anonymous.x).toBe(signed.x)
    expect(signed.y).toBeGreaterThan(anonymous.y)
    expect(fromG2.x).toBeGreaterThan(anonymous.x)
    for (const note of copies) {
      for (const frame of listFrames(plenary.doc)) expect(overlaps(note, frame)).toBe(false)
      for (const other of copies) if (other !== note) expect(overlaps(note, other)).toBe(false)
    }
    const ids = first.body.promoted as Array<{ note: string; copy: string; created: boolean }>
    expect(ids.map((entry) => entry.note)).toEqual(g1.ids)
    expect(ids.every((entry) => entry.created)).toBe(true)
  })

  it('is idempotent: promoting the same notes again copies nothing new', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const g1 = await boardWithNotes(relay, 'governance-g1', ['A', 'B', 'C'])
    const viewer = await tokenFor({ sub: 'amina', role: 'participant' })
    const plenary = await syncedClient(relay.syncUrl, 'tanger/governance-plenary', viewer)
    const once = await callApi(relay, PROMOTE, facilitator, {
      board: 'governance-g1',
      notes: [g1.ids[0], g1.ids[1]],
    })
    const again = await callApi(relay, PROMOTE, facilitator, {
      board: 'governance-g1',
      notes: [g1.ids[1], g1.ids[0], g1.ids[2]],
    })
    expect(again.status).toBe(200)
    const before = once.body.promoted as Array<{ note: string; copy: string }>
    const after = again.body.promoted as Array<{ note: string; copy: string; created: boolean }>
    expect(after.map((entry) => entry.created)).toEqual([false, false, true])
    expect(after[0]!.copy).toBe(before[1]!.copy)
    await waitFor(() => promoted(plenary).length === 3)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(promoted(plenary).map((note) => note.text)).toEqual(['A', 'B', 'C'])
    // The late note joins its group's column.
    const [a, , c] = promoted(plenary) as [Note, Note, Note]
    expect(c.x).toBe(a.x)
  })

  it('refuses participants and bad requests, changing nothing', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    const g1 = await boardWithNotes(relay, 'governance-g1', ['A', 'B'])
    // The facilitator hides one: a moderator's hidden note is not the room's to promote.
    const moderator = await syncedClient(relay.syncUrl, 'tanger/governance-g1', facilitator)
    updateNote(moderator.doc, g1.ids[1]!, { hidden: true })
    await waitFor(() => getNote(g1.client.doc, g1.ids[1]!)?.hidden === true)
    const viewer = await tokenFor({ sub: 'amina', role: 'participant' })
    const plenary = await syncedClient(relay.syncUrl, 'tanger/governance-plenary', viewer)
    const before = Y.encodeStateVector(plenary.doc)

    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: role, role })
      const response = await callApi(relay, PROMOTE, token, {
        board: 'governance-g1',
        notes: [g1.ids[0]],
      })
      expect(response.status, role).toBe(403)
      expect(response.body.code).toBe('ATELIER_ERR_FORBIDDEN')
    }
    const bad: unknown[] = [
      { board: 'governance-g1', notes: [g1.ids[0], 'n-nowhere'] },
      { board: 'governance-g1', notes: [g1.ids[1]] },
      { board: 'governance-g1', notes: [] },
      { board: 'governance-g1', notes: [g1.ids[0], g1.ids[0]] },
      { board: 'governance-g1', notes: ['Not An Id'] },
      { board: 'governance-plenary', notes: [g1.ids[0]] },
      { board: 'governance-g9', notes: [g1.ids[0]] },
      { board: 'governance-g1', notes: [g1.ids[0]], x: 0 },
      { notes: [g1.ids[0]] },
    ]
    for (const body of bad) {
      const response = await callApi(relay, PROMOTE, facilitator, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.code).toBe('ATELIER_ERR_BAD_REQUEST')
    }
    const elsewhere = await callApi(relay, `${API}/sessions/inclusion/promote`, facilitator, {
      board: 'governance-g1',
      notes: [g1.ids[0]],
    })
    expect(elsewhere.status).toBe(404)

    // Nothing reached the plenary: a note promoted now is the first copy there.
    const ok = await callApi(relay, PROMOTE, facilitator, {
      board: 'governance-g1',
      notes: [g1.ids[0]],
    })
    expect(ok.status).toBe(200)
    await waitFor(() => promoted(plenary).length === 1)
    expect(Y.encodeStateVector(plenary.doc)).not.toEqual(before)
    expect(listNotes(plenary.doc)).toHaveLength(1)
  })
})
