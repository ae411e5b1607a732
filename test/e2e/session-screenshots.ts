/**
 * Saves screenshots of the facilitator console and of the session bar under docs/screenshots/
 * (console.png, session-bar.png, session-bar-ar.png, session-projector.png, session-phone.png),
 * from a real relay and Chromium: a Governance consultation created through the relay's API,
 * a phase started from the console, participants connected to the sub-group boards.
 *
 *   node --conditions=source --import tsx test/e2e/session-screenshots.ts
 *
 * It builds the web app first.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addNote, placeNoteInCell } from '@atelier/model'
import type { FrameCell, NoteCategory } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { getSessionTemplate } from '@atelier/toolkit'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const governance = getSessionTemplate('governance')!
const PHASE =
  governance.agenda.find((phase) => phase.kind === 'brainstorm') ?? governance.agenda[2]!

type Role = 'facilitator' | 'participant' | 'observer'

function token(sub: string, name: string, role: Role): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role, workshop: WORKSHOP },
    '2h',
  )
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** Someone connected from Node to a board: counted by the console, writing notes if asked. */
async function person(
  syncUrl: string,
  board: string,
  sub: string,
  role: Role,
): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${board}`, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token(sub, sub, role) },
    disableBc: true,
  })
  await until(() => provider.synced, `${sub} to sync on ${board}`)
  return provider
}

const NOTES: { text: string; category: NoteCategory; frame: string; cell: FrameCell }[] = [
  {
    text: 'Désinformation ciblant les migrants sur WhatsApp',
    category: 'risk',
    frame: 'risks',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 5 },
  },
  {
    text: 'Usurpation d’identité des services publics',
    category: 'risk',
    frame: 'risks',
    cell: { kind: 'riskMatrix', likelihood: 3, impact: 4 },
  },
  {
    text: 'Discours haineux envers les jeunes migrants',
    category: 'risk',
    frame: 'risks',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 4 },
  },
  {
    text: 'Pas de point focal numérique à la wilaya',
    category: 'finding',
    frame: 'grid',
    cell: { kind: 'noteGrid', lane: 'findings' },
  },
  {
    text: 'Protocole de signalement partagé avec les ONG',
    category: 'action',
    frame: 'actions',
    cell: { kind: 'actionMatrix', urgency: 4, feasibility: 3 },
  },
]

function writeNotes(doc: Y.Doc): void {
  for (const note of NOTES) {
    const id = addNote(doc, {
      text: note.text,
      category: note.category,
      x: 3000,
      y: 3000,
      author: { id: 'p-karim', name: 'Karim' },
    })
    placeNoteInCell(doc, id, note.frame, note.cell)
  }
}

async function post(httpUrl: string, path: string, body: unknown, bearer: string): Promise<void> {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
}

async function open(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  language?: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'fr-FR' })
  await context.addInitScript(acceptConduct)
  if (language) {
    await context.addInitScript((lng) => localStorage.setItem('atelier:language', lng), language)
  }
  const page = await context.newPage()
  await page.goto(url)
  return page
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '-w', '@atelier/web'], { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: WEB_DIST })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  const people: WebsocketProvider[] = []
  try {
    const facilitator = await token('f-salma', 'Salma', 'facilitator')
    await post(
      relay.httpUrl,
      '/consultation',
      {
        title: 'Consultations sectorielles sur la résilience numérique — Tanger',
        sessions: ['governance', 'operational-response', 'inclusion-resilience'],
        groups: 4,
        locale: 'fr',
      },
      facilitator,
    )
    const karim = await person(relay.syncUrl, 'governance-g1', 'p-karim', 'participant')
    writeNotes(karim.doc)
    people.push(karim)
    const seats: [string, number][] = [
      ['governance-g1', 5],
      ['governance-g2', 6],
      ['governance-g3', 4],
      ['governance-g4', 6],
    ]
    for (const [board, count] of seats) {
      for (let index = 1; index < count; index += 1) {
        people.push(await person(relay.syncUrl, board, `p-${board}-${index}`, 'participant'))
      }
    }
    people.push(await person(relay.syncUrl, 'governance-plenary', 'o-unesco', 'observer'))

    const desk = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/console#token=${facilitator}`,
      { width: 1440, height: 1000 },
    )
    const start = desk.getByRole('button', { name: `Démarrer l’étape « ${PHASE.title.fr} »` })
    await start.first().click()
    await desk.locator('.console-now-title').first().waitFor()
    await desk.waitForTimeout(3500)
    await desk.screenshot({ path: join(OUT, 'console.png') })

    const participant = await token('p-amina', 'Amina', 'participant')
    const boardUrl = `${relay.httpUrl}/w/${WORKSHOP}/governance-g1#token=${participant}`
    const board = await open(browser, boardUrl, { width: 1440, height: 900 })
    await board
      .locator('.session-bar')
      .getByRole('button', { name: /^Voir / })
      .click()
    await board.waitForTimeout(800)
    await board.screenshot({ path: join(OUT, 'session-bar.png') })

    const arabic = await open(browser, boardUrl, { width: 1440, height: 900 }, 'ar')
    await arabic.locator('.session-bar').getByRole('button').first().click()
    await arabic.waitForTimeout(800)
    await arabic.screenshot({ path: join(OUT, 'session-bar-ar.png') })

    const projector = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g1?view=projector#token=${facilitator}`,
      { width: 1920, height: 1080 },
    )
    await projector.locator('.session-bar').waitFor()
    await projector.waitForTimeout(800)
    await projector.screenshot({ path: join(OUT, 'session-projector.png') })

    const phone = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=phone#token=${participant}`,
      { width: 390, height: 844 },
    )
    await phone
      .locator('.session-bar')
      .getByRole('button', { name: /^Voir / })
      .click()
    await phone.waitForTimeout(500)
    await phone.screenshot({ path: join(OUT, 'session-phone.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    for (const provider of people) {
      provider.destroy()
      provider.doc.destroy()
    }
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
