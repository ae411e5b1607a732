import { expect } from 'vitest'
import {
  addDependency,
  addNote,
  addRecommendation,
  dependenciesOf,
  getFrame,
  listNotes,
  listRoadmapActions,
  placeNoteInCell,
  readRecommendations,
  readValidation,
  updateActionSheet,
  validateNote,
  votesFor,
} from '@atelier/model'
import type { ActionSheetPatch, RoadmapHorizon, RoadmapLead } from '@atelier/model'
import { SESSIONS } from '../../packages/report/testing/consultation.js'
import { ROADMAP } from '../../packages/report/testing/roadmap.js'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

// A consultation of three sessions for the printed report, with packages/report's own fixture
// (`packages/report/testing`): every session's sub-group notes and recommendations, its plenary
// priorities voted in a secret round the facilitator then closes, and the room's verdicts; then
// the validated priorities pulled onto the roadmap board and completed there.

/** The sessions' contents, as packages/report's tests know them. */
export { SESSIONS }

const API = '/api/workshops/tanger'

/** Votes of a note in the fixture: the voters `voter-1` … `voter-<votes>` each give it one. */
type Voted = { board: string; id: string; votes: number }

/** A session's boards on the relay, written by the facilitator's clients as the room would. */
async function writeSession(
  relay: RunningRelay,
  facilitator: string,
  spec: (typeof SESSIONS)[number],
): Promise<{ voted: Voted[]; plenary: Client; priorities: string[] }> {
  const voted: Voted[] = []
  for (const [index, group] of spec.groups.entries()) {
    const board = `${spec.id}-g${index + 1}`
    const client = await syncedClient(relay.syncUrl, `tanger/${board}`, facilitator)
    group.notes.forEach((note, at) => {
      const id = addNote(client.doc, {
        text: note.text,
        category: note.category,
        x: 3000 + at * 160,
        y: 3000,
        ...(note.author ? { author: { id: `p-${at}`, name: note.author } } : {}),
        ...(note.tags ? { tags: note.tags } : {}),
      })
      if (note.risk) placeNoteInCell(client.doc, id, 'risks', { kind: 'riskMatrix', ...note.risk })
      if (note.action) {
        placeNoteInCell(client.doc, id, 'actions', { kind: 'actionMatrix', ...note.action })
      }
      if (note.votes) voted.push({ board, id, votes: note.votes })
    })
    // What a rapporteur types in the recommendations editor, block by block.
    for (const item of group.recommendations) addRecommendation(client.doc, item)
  }
  const board = `${spec.id}-plenary`
  const plenary = await syncedClient(relay.syncUrl, `tanger/${board}`, facilitator)
  const priorities = spec.priorities.map((item, at) => {
    const id = addNote(plenary.doc, {
      text: item.text,
      category: 'action',
      x: 3000 + at * 160,
      y: 3000,
      ...(item.tags ? { tags: item.tags } : {}),
    })
    // Where the plenary ranks it on its action matrix: the most voted the most urgent.
    placeNoteInCell(plenary.doc, id, 'actions', {
      kind: 'actionMatrix',
      urgency: 5 - at,
      feasibility: 4 - at,
    })
    voted.push({ board, id, votes: item.votes })
    return id
  })
  return { voted, plenary, priorities }
}

/** Waits until an observer's copy of each board holds its notes and recommendations. */
async function onRelay(
  relay: RunningRelay,
  boards: Map<string, { notes: number; recommendations: number }>,
) {
  const reader = await tokenFor({ sub: 'o-check', role: 'observer' })
  for (const [board, expected] of boards) {
    const copy = await syncedClient(relay.syncUrl, `tanger/${board}`, reader)
    await waitFor(
      () =>
        listNotes(copy.doc).length === expected.notes &&
        readRecommendations(copy.doc).length === expected.recommendations,
      10_000,
    )
    copy.destroy()
  }
}

/** One secret round on every board of a session: each voter's ballots, then the close. */
async function voteRound(
  relay: RunningRelay,
  facilitator: string,
  session: string,
  voted: Voted[],
) {
  const control = `${API}/sessions/${session}/control`
  const opened = await callApi(relay, control, facilitator, {
    action: 'voting',
    state: 'open',
    budget: 3,
  })
  expect(opened.status).toBe(200)
  for (const { board, id, votes } of voted) {
    for (let voter = 1; voter <= votes; voter++) {
      const token = await tokenFor({ sub: `voter-${voter}`, role: 'participant' })
      const cast = await fetch(`${relay.httpUrl}${API}/boards/${board}/ballot`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ noteId: id }),
      })
      expect(cast.status).toBe(201)
    }
  }
  expect(
    (await callApi(relay, control, facilitator, { action: 'voting', state: 'closed' })).status,
  ).toBe(200)
}

/**
 * Writes the three sessions, votes and closes each round, and records the verdicts on each
 * plenary; resolves once an observer sees every vote and verdict. Returns the facilitator's token.
 */
export async function threeSessions(relay: RunningRelay): Promise<string> {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Nadia', role: 'facilitator' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Consultations sectorielles Tanger 2026',
    sessions: SESSIONS.map((spec) => spec.id),
    groups: 2,
  })
  expect(created.status).toBe(201)
  const reader = await tokenFor({ sub: 'o-1', name: 'Observer', role: 'observer' })
  const checks: Array<() => boolean> = []
  for (const spec of SESSIONS) {
    const { voted, plenary, priorities } = await writeSession(relay, facilitator, spec)
    const written = new Map(
      spec.groups.map((group, index) => [
        `${spec.id}-g${index + 1}`,
        { notes: group.notes.length, recommendations: group.recommendations.length },
      ]),
    )
    written.set(`${spec.id}-plenary`, { notes: spec.priorities.length, recommendations: 0 })
    await onRelay(relay, written)
    await voteRound(relay, facilitator, spec.id, voted)
    spec.priorities.forEach((item, at) => {
      const id = priorities[at]!
      const priority = item.priority ? { priority: item.priority } : {}
      if (item.verdict === 'not-agreed') validateNote(plenary.doc, id, { verdict: 'not-agreed' })
      else if (item.verdict === 'reservations') {
        validateNote(plenary.doc, id, {
          verdict: 'reservations',
          reservation: item.reservation!,
          ...priority,
        })
      } else validateNote(plenary.doc, id, { verdict: 'agreed', ...priority })
    })
    const copies = new Map<string, Client>()
    for (const board of new Set(voted.map((entry) => entry.board))) {
      copies.set(board, await syncedClient(relay.syncUrl, `tanger/${board}`, reader))
    }
    for (const { board, id, votes } of voted) {
      checks.push(() => votesFor(copies.get(board)!.doc, id) === votes)
    }
    const plenaryCopy = copies.get(`${spec.id}-plenary`)!
    for (const id of priorities)
      checks.push(() => readValidation(plenaryCopy.doc, id) !== undefined)
  }
  await waitFor(() => checks.every((check) => check()), 15_000)
  return facilitator
}

/** An action of the finished roadmap, in the order the report prints them. */
export type RoadmapRow = {
  text: string
  horizon: RoadmapHorizon
  lead: RoadmapLead
  sheet: Required<Pick<ActionSheetPatch, 'responsible' | 'partners'>> & ActionSheetPatch
  dependsOn?: string
}

const beyond12 = ROADMAP.find((spec) => spec.horizon === 'months-12-plus')!

/**
 * The roadmap after the pull: the four validated priorities (high and with reservations at 0–3
 * months, low at 6–12), one moved by the facilitator to 3–6 months, each given its actors, and
 * one action written on the board (packages/report's fixture) that depends on a pulled one.
 */
export const ROADMAP_ROWS: readonly RoadmapRow[] = [
  {
    text: 'Former les enseignants à l’EMI',
    horizon: 'months-0-3',
    lead: 'public-institutions',
    sheet: {
      responsible: 'AREF TTAH',
      partners: ['Universités', 'CRDH'],
      risks: 'Enseignants peu disponibles',
    },
  },
  {
    text: 'Ambassadeurs numériques dans les quartiers',
    horizon: 'months-0-3',
    lead: 'youth-and-migrants',
    sheet: {
      responsible: 'Associations de migrants',
      partners: ['OIM', 'Jeunes leaders'],
      inclusion: 'Les jeunes migrants forment leurs pairs',
    },
    dependsOn: 'Former les enseignants à l’EMI',
  },
  {
    text: 'Cellule régionale de veille',
    horizon: 'months-3-6',
    lead: 'public-institutions',
    sheet: {
      responsible: 'Conseil Régional',
      partners: ['CRDH'],
      coordination: 'Point mensuel avec la Wilaya',
    },
  },
  {
    text: 'Circuit de signalement unique',
    horizon: 'months-6-12',
    lead: 'civil-society',
    sheet: { responsible: 'Réseau associatif de Tanger', partners: ['ES Maroc', '100% Maman'] },
    dependsOn: 'Cellule régionale de veille',
  },
  {
    text: beyond12.text,
    horizon: beyond12.horizon,
    lead: beyond12.lead,
    sheet: beyond12.sheet,
    dependsOn: 'Circuit de signalement unique',
  },
]

/**
 * Pulls the validated priorities onto the roadmap board, then, as the facilitator on the board,
 * moves, completes and links them and adds one more action; resolves once an observer sees it all.
 */
export async function fillRoadmap(relay: RunningRelay, facilitator: string): Promise<void> {
  const pulled = await callApi(relay, `${API}/roadmap/pull`, facilitator, {})
  expect(pulled.body).toEqual({ board: 'roadmap', added: 4, already: 0 })
  const board = await syncedClient(relay.syncUrl, 'tanger/roadmap', facilitator)
  await waitFor(() => listNotes(board.doc).length === 4)
  const frame = getFrame(board.doc, 'roadmap')!
  const ids = new Map(listNotes(board.doc).map((note) => [note.text, note.id]))
  for (const row of ROADMAP_ROWS) {
    let id = ids.get(row.text)
    if (id === undefined) {
      id = addNote(board.doc, { text: row.text, category: 'action', x: frame.x, y: frame.y })
      ids.set(row.text, id)
    }
    placeNoteInCell(board.doc, id, frame.id, {
      kind: 'roadmap',
      horizon: row.horizon,
      lead: row.lead,
    })
    updateActionSheet(board.doc, id, row.sheet)
  }
  for (const row of ROADMAP_ROWS) {
    if (row.dependsOn) addDependency(board.doc, ids.get(row.text)!, ids.get(row.dependsOn)!)
  }
  const reader = await tokenFor({ sub: 'o-1', role: 'observer' })
  const copy = await syncedClient(relay.syncUrl, 'tanger/roadmap', reader)
  await waitFor(() => {
    const actions = listRoadmapActions(copy.doc)
    return (
      actions.map((entry) => entry.note.text).join('|') ===
        ROADMAP_ROWS.map((row) => row.text).join('|') &&
      ROADMAP_ROWS.every(
        (row) => !row.dependsOn || dependenciesOf(copy.doc, ids.get(row.text)!).length === 1,
      )
    )
  }, 10_000)
}
