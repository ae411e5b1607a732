import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, onTestFinished } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import {
  label,
  addNote,
  castVote,
  placeNoteInCell,
  readValidation,
  validateNote,
  votesFor,
} from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { ensureWebBuilt } from '../e2e/helpers/app.js'
import { hasChromium } from '../e2e/helpers/browser.js'
import { ROADMAP_ROWS, SESSIONS, fillRoadmap, threeSessions } from './report-pdf-consultation.js'

const API = '/api/workshops/tanger'
const AUTHOR = 'Youssef Tazi'
const FINDING = 'Aucun plan de continuité partagé entre services'
const PRIORITIES = {
  governance: [
    'Créer un comité régional de gouvernance numérique',
    'Publier une charte de données',
  ],
  'operational-response': ['Exercer la cellule de crise deux fois par an'],
} as const

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots')

type PdfPage = { text: string; landscape: boolean }

/** The PDF's pages: each one's text, as a reader's copy-paste would give it, and its shape. */
async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: true }).promise
  const pages: PdfPage[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const { width, height } = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const text = content.items
      .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
      .join('')
    pages.push({ text, landscape: width > height })
  }
  await pdf.destroy()
  return pages
}

/** The PDF's text, page by page. */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  return (await pdfPages(bytes)).map((page) => page.text)
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

/**
 * Pictures of printed pages for docs/screenshots (`pdftoppm`, from poppler-utils, when the
 * machine has it): `pages` maps a PNG's name to its page number.
 */
function picturePages(bytes: Uint8Array, pages: Record<string, number>): void {
  if (spawnSync('pdftoppm', ['-v']).error) return
  const dir = mkdtempSync(join(tmpdir(), 'atelier-report-pdf-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'report.pdf')
  writeFileSync(file, bytes)
  for (const [name, page] of Object.entries(pages)) {
    const out = join(SCREENSHOTS, name)
    const args = ['-png', '-r', '90', '-f', `${page}`, '-l', `${page}`, '-singlefile', file, out]
    expect(spawnSync('pdftoppm', args).status).toBe(0)
  }
}

async function download(relay: RunningRelay, token: string, query = '') {
  const response = await fetch(`${relay.httpUrl}${API}/report.pdf${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}

/**
 * A consultation of two sessions with known content, written through packages/model as the room
 * would: a signed finding with votes on Governance's first sub-group, and on each plenary its
 * priorities, voted and validated, the first with more votes than the second.
 */
async function consultation(relay: RunningRelay): Promise<string> {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Nadia', role: 'facilitator' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Consultations sectorielles — Tanger',
    sessions: ['governance', 'operational-response'],
    groups: 2,
  })
  expect(created.status).toBe(201)
  // The facilitator's client writes for the room: a participant may only cast their own votes.
  const group = await syncedClient(relay.syncUrl, 'tanger/governance-g1', facilitator)
  const finding = addNote(group.doc, {
    text: FINDING,
    category: 'finding',
    x: 3000,
    y: 3000,
    author: { id: 'p-youssef', name: AUTHOR },
  })
  for (const voter of ['p-1', 'p-2']) castVote(group.doc, voter, finding)
  const reader = await tokenFor({ sub: 'o-1', name: 'Observer', role: 'observer' })
  const checks: Array<() => boolean> = []
  for (const [session, texts] of Object.entries(PRIORITIES)) {
    const plenary = await syncedClient(relay.syncUrl, `tanger/${session}-plenary`, facilitator)
    const copy = await syncedClient(relay.syncUrl, `tanger/${session}-plenary`, reader)
    texts.forEach((text, index) => {
      const id = addNote(plenary.doc, { text, category: 'action', x: 3000, y: 3000 + index * 300 })
      placeNoteInCell(plenary.doc, id, 'actions', {
        kind: 'actionMatrix',
        urgency: 5 - index,
        feasibility: 4,
      })
      for (let vote = 0; vote < 3 - index; vote++) castVote(plenary.doc, `p-${vote}`, id)
      validateNote(plenary.doc, id, { verdict: 'agreed', priority: 'high' })
      checks.push(() => votesFor(copy.doc, id) === 3 - index && !!readValidation(copy.doc, id))
    })
  }
  const groupCopy = await syncedClient(relay.syncUrl, 'tanger/governance-g1', reader)
  checks.push(() => votesFor(groupCopy.doc, finding) === 2)
  await waitFor(() => checks.every((check) => check()), 10_000)
  return facilitator
}

/**
 * Governance's registry: five people who consented to be counted (four young people, three of
 * whom came; one migrant, who came) and one who did not consent and is counted nowhere.
 */
async function register(relay: RunningRelay, facilitator: string): Promise<void> {
  const people = [
    ...['Amal', 'Badr', 'Chaima'].map((name) => ({
      name,
      stakeholder: 'youth',
      status: 'attended',
    })),
    { name: 'Driss', stakeholder: 'youth', status: 'confirmed' },
    { name: 'Elias', stakeholder: 'migrant', status: 'attended' },
  ].map((person) => ({ ...person, consent: { given: true, purposes: ['statistics'] } }))
  people.push({
    name: 'Fatima Refus',
    stakeholder: 'youth',
    status: 'attended',
    consent: { given: false, purposes: [] },
  })
  for (const person of people) {
    const added = await callApi(relay, `${API}/participants`, facilitator, {
      ...person,
      session: 'governance',
    })
    expect(added.status).toBe(201)
  }
}

/** A session's most voted finding as the main findings print it: `text (n vote(s))`. */
function mostVoted(spec: (typeof SESSIONS)[number]): string {
  const findings = spec.groups
    .flatMap((group) => group.notes)
    .filter((note) => note.category === 'finding')
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))
  return `${findings[0]!.text} (${findings[0]!.votes ?? 0} vote(s))`
}

/** The first of `parts` not found in `text` after the ones before it, or undefined. */
function firstMissing(text: string, parts: readonly string[]): string | undefined {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at < 0) return `${part} (after …${text.slice(Math.max(0, from - 80), from)})`
    from = at + part.length
  }
  return undefined
}

function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at < 0) return false
    from = at + part.length
  }
  return true
}

describe.skipIf(!hasChromium)('GET /api/workshops/<w>/report.pdf', () => {
  it('prints the report with Chromium for the facilitator and the observer, without author names for the observer', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await consultation(relay)
    await register(relay, facilitator)

    const full = await download(relay, facilitator)
    expect(full.status).toBe(200)
    expect(full.type).toBe('application/pdf')
    expect(Buffer.from(full.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const pages = await pdfText(full.bytes)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const text = pages.join('\n').replace(/\s+/g, ' ')
    // The sessions in the consultation's order, each session's priorities by rank.
    expect(
      inOrder(text, [
        'Session 1 — Gouvernance',
        `${FINDING} (2 vote(s))`,
        ...PRIORITIES.governance,
        'Session 2 — Réponse opérationnelle',
        ...PRIORITIES['operational-response'],
      ]),
    ).toBe(true)
    expect(text).toContain(AUTHOR)
    // Participation: counts of those who consented, a group under 3 never as a number.
    expect(text).toMatch(/Personnes invitées ?5 Personnes confirmées ?5 Personnes présentes ?4/)
    expect(text).toMatch(/Jeunes ?4 ?4 ?3 Migrants ?moins de 3 ?moins de 3 ?moins de 3/)
    for (const name of ['Amal', 'Elias', 'Fatima']) expect(text).not.toContain(name)

    const observer = await tokenFor({ sub: 'o-1', name: 'Observer', role: 'observer' })
    const read = await download(relay, observer, '?lang=en')
    expect(read.status).toBe(200)
    expect(read.type).toBe('application/pdf')
    const readText = (await pdfText(read.bytes)).join('\n').replace(/\s+/g, ' ')
    expect(readText).toContain(FINDING)
    expect(inOrder(readText, PRIORITIES.governance)).toBe(true)
    expect(readText).toContain('Session 1 — Governance')
    expect(readText).not.toContain(AUTHOR)
    expect(readText).not.toContain('Youssef')
  }, 180_000)

  it('prints three sessions in order, the cross-sector analysis, then the roadmap by horizon on landscape pages', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await threeSessions(relay)
    await fillRoadmap(relay, facilitator)

    const printed = await download(relay, facilitator)
    expect(printed.status).toBe(200)
    const pages = await pdfPages(printed.bytes)
    // Page 1 is the cover and the contents, which name every section once already.
    expect(flat(pages[0]!.text)).toContain('Actions de la feuille de route')
    const body = flat(
      pages
        .slice(1)
        .map((page) => page.text)
        .join('\n'),
    )
    const titles = ['Gouvernance', 'Réponse opérationnelle', 'Inclusion et résilience collective']
    const sessions = SESSIONS.flatMap((spec, index) => [
      `Session ${index + 1} — ${titles[index]}`,
      // The most voted finding leads the main findings, with its votes of the closed round.
      mostVoted(spec),
      // Priorities by rank (most voted first), then each recommendation with its actors.
      ...[...spec.priorities].sort((a, b) => b.votes - a.votes).map((item) => item.text),
      ...spec.groups.flatMap((group) =>
        group.recommendations.flatMap((item) => [item.title, ...item.actors]),
      ),
    ])
    const roadmap = ROADMAP_ROWS.flatMap((row, index) => [
      ...(ROADMAP_ROWS[index - 1]?.horizon === row.horizon
        ? []
        : [label(`horizon.${row.horizon}`, 'fr')]),
      label(`lead.${row.lead}`, 'fr'),
      row.text,
      row.sheet.responsible,
      ...row.sheet.partners,
      ...(row.dependsOn ? [row.dependsOn] : []),
    ])
    expect(
      firstMissing(body, [
        ...sessions,
        'Analyse transversale des enjeux sectoriels',
        'Actions de la feuille de route',
        ...roadmap,
      ]),
    ).toBeUndefined()
    // The roadmap's pages are landscape, the sessions' portrait.
    const first = pages.findIndex(
      (page, at) => at > 0 && page.text.includes('Actions de la feuille'),
    )
    expect(first).toBeGreaterThan(0)
    expect(pages.slice(first).every((page) => page.landscape)).toBe(true)
    expect(pages.slice(0, first).some((page) => page.landscape)).toBe(false)

    picturePages(printed.bytes, {
      'report-pdf-1': 1,
      'report-pdf-2': 2,
      'report-pdf-roadmap': first + 1,
    })
  }, 90_000)

  it('refuses participants and tokens of another workshop, and answers 404 without a consultation', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const participant = await tokenFor({ sub: 'p-1', role: 'participant' })
    expect((await download(relay, participant)).status).toBe(403)
    const elsewhere = await tokenFor({ role: 'facilitator', workshop: 'rabat' })
    expect((await download(relay, elsewhere)).status).toBe(403)
    expect((await download(relay, await tokenFor())).status).toBe(404)
    const anonymous = await fetch(`${relay.httpUrl}${API}/report.pdf`)
    expect(anonymous.status).toBe(401)
  })

  it('answers 503 with a clear error when Chromium is missing or no web app is served', async () => {
    const noBrowser = await startRelay({
      WEB_DIR: ensureWebBuilt(),
      CHROMIUM_PATH: '/nonexistent/chromium',
    })
    const facilitator = await consultation(noBrowser)
    const refused = await download(noBrowser, facilitator)
    expect(refused.status).toBe(503)
    expect(JSON.parse(Buffer.from(refused.bytes).toString('utf8'))).toEqual({
      code: 'ATELIER_ERR_NO_BROWSER',
      message: expect.stringContaining('CHROMIUM_PATH'),
    })

    const noWeb = await startRelay({ WEB_DIR: '/nonexistent/web' })
    const token = await consultation(noWeb)
    const unserved = await download(noWeb, token)
    expect(unserved.status).toBe(503)
    expect(JSON.parse(Buffer.from(unserved.bytes).toString('utf8'))).toEqual({
      code: 'ATELIER_ERR_NO_WEB_APP',
      message: expect.stringContaining('build'),
    })
  }, 60_000)
})
