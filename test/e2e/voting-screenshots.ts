/**
 * Saves screenshots of a closed vote's results under docs/screenshots/ (results.png on the
 * plenary board, results-phone.png on a participant's phone), from a real relay and Chromium:
 * a Governance consultation, notes on the plenary board, voting opened with a budget of 3,
 * votes cast by participants of three sub-groups through the ballot API, then closed.
 *
 *   node --conditions=source --import tsx test/e2e/voting-screenshots.ts
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
import { addNote, listNotes } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { acceptConduct, CHROMIUM_FLAGS, CHROMIUM_PATH } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const PLENARY = 'governance-plenary'

const NOTES = [
  'Protocole de signalement partagé avec les ONG',
  'Former les agents communaux à la vérification des faits',
  'Un numéro unique pour signaler les arnaques en ligne',
  'Traduire les alertes officielles en amazigh et en darija',
  'Cartographier les acteurs de la modération locale',
]

/** Who votes for which notes (by index in NOTES), in which sub-group. */
const VOTES: Array<[sub: string, group: number, notes: number[]]> = [
  ['p-g1-1', 1, [0, 1, 3]],
  ['p-g1-2', 1, [0, 3]],
  ['p-g1-3', 1, [0, 2, 1]],
  ['p-g1-4', 1, [3]],
  ['p-g2-1', 2, [0, 2]],
  ['p-g2-2', 2, [2, 4]],
  ['p-g2-3', 2, [0, 1, 2]],
  ['p-g3-1', 3, [3, 0]],
  ['p-g3-2', 3, [1]],
]

function token(sub: string, role: 'facilitator' | 'participant', boards?: string[]) {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name: sub, role, workshop: WORKSHOP, ...(boards ? { boards } : {}) },
    '2h',
  )
}

async function call(httpUrl: string, path: string, bearer: string, body?: unknown) {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

async function open(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'fr-FR' })
  await context.addInitScript(acceptConduct)
  const page: Page = await context.newPage()
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
  let provider: WebsocketProvider | undefined
  try {
    const facilitator = await token('f-salma', 'facilitator')
    await call(relay.httpUrl, '/consultation', facilitator, {
      title: 'Consultations sectorielles sur la résilience numérique — Tanger',
      sessions: ['governance'],
      groups: 4,
      locale: 'fr',
    })
    const doc = new Y.Doc()
    provider = new WebsocketProvider(relay.syncUrl, `${WORKSHOP}/${PLENARY}`, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: facilitator },
      disableBc: true,
    })
    await until(() => provider!.synced, 'the plenary board to sync')
    const ids = NOTES.map((text, index) =>
      addNote(doc, { text, category: 'action', x: 200 + index * 260, y: 2600 }),
    )
    await until(() => listNotes(doc).length === NOTES.length, 'the notes')
    await new Promise((done) => setTimeout(done, 500))
    await call(relay.httpUrl, '/sessions/governance/control', facilitator, {
      action: 'voting',
      state: 'open',
      budget: 3,
    })
    for (const [sub, group, notes] of VOTES) {
      const bearer = await token(sub, 'participant', [`governance-g${group}`, PLENARY])
      for (const index of notes) {
        await call(relay.httpUrl, `/boards/${PLENARY}/ballot`, bearer, { noteId: ids[index] })
      }
    }
    await call(relay.httpUrl, '/sessions/governance/control', facilitator, {
      action: 'voting',
      state: 'closed',
    })

    const board = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/${PLENARY}#token=${facilitator}`,
      { width: 1440, height: 900 },
    )
    await board.locator('.voting-chart').waitFor({ timeout: 30_000 })
    await board.waitForTimeout(1500)
    await board.screenshot({ path: join(OUT, 'results.png') })

    const participant = await token('p-g1-1', 'participant', ['governance-g1', PLENARY])
    const phone = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/${PLENARY}?view=phone#token=${participant}`,
      { width: 390, height: 844 },
    )
    await phone.locator('.voting-chart').waitFor({ timeout: 30_000 })
    // Below the sticky header, the results from their title on.
    await phone
      .locator('.voting-results')
      .evaluate((section) =>
        window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - 96),
      )
    await phone.waitForTimeout(800)
    await phone.screenshot({ path: join(OUT, 'results-phone.png') })
  } finally {
    provider?.destroy()
    provider?.doc.destroy()
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
