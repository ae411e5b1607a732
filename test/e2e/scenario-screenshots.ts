/**
 * Saves screenshots of a scenario round under docs/screenshots/ (scenario-projector.png,
 * scenario-board.png, scenario-phone.png, scenario-phone-ar.png, scenario-console.png), from a
 * real relay and Chromium: a Governance consultation created through the relay's API, a
 * scenario started and its second inject revealed, a sub-group's response actions on its board.
 *
 *   node --conditions=source --import tsx test/e2e/scenario-screenshots.ts
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
import { mintToken } from '@atelier/relay'
import { getSessionTemplate } from '@atelier/toolkit'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const scenario = getSessionTemplate('governance')!.scenarios[0]!

type Role = 'facilitator' | 'participant'

/** Accepts the workshop's code of conduct when the page asks a participant for it. */
async function acceptConduct(page: Page): Promise<void> {
  const dialog = page.locator('dialog.conduct-dialog')
  const asked = await dialog.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  )
  if (asked) await dialog.getByRole('button').last().click()
}

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

const ACTIONS: { text: string; urgency: 1 | 2 | 3 | 4 | 5; feasibility: 1 | 2 | 3 | 4 | 5 }[] = [
  { text: 'Démenti conjoint Conseil–AREF en 3 langues avant midi', urgency: 5, feasibility: 4 },
  { text: 'Cellule de veille partagée avec le CRDH', urgency: 4, feasibility: 3 },
  { text: 'Message aux directeurs d’école pour les parents', urgency: 5, feasibility: 5 },
]

async function respond(syncUrl: string, board: string): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${board}`, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token('p-karim', 'Karim', 'participant') },
    disableBc: true,
  })
  await until(() => provider.synced, `Karim to sync on ${board}`)
  for (const action of ACTIONS) {
    const id = addNote(provider.doc, {
      text: action.text,
      category: 'action',
      x: 3000,
      y: 3000,
      author: { id: 'p-karim', name: 'Karim' },
    })
    const { urgency, feasibility } = action
    placeNoteInCell(provider.doc, id, 'actions', { kind: 'actionMatrix', urgency, feasibility })
  }
  return provider
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
  if (language) {
    await context.addInitScript((lng) => localStorage.setItem('atelier:language', lng), language)
  }
  const page = await context.newPage()
  await page.goto(url)
  // A participant's board and phone ask for the code of conduct first; the facilitator's do not.
  await acceptConduct(page)
  await page.locator(`.scenario-newest[data-inject="${scenario.injects[1]!.id}"]`).waitFor()
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
  let karim: WebsocketProvider | undefined
  try {
    const facilitator = await token('f-salma', 'Salma', 'facilitator')
    await post(
      relay.httpUrl,
      '/consultation',
      { title: 'Consultations sectorielles — Tanger', sessions: ['governance'], locale: 'fr' },
      facilitator,
    )
    karim = await respond(relay.syncUrl, 'governance-g1')
    const control = '/sessions/governance/control'
    await post(relay.httpUrl, control, { action: 'scenario', scenarioId: scenario.id }, facilitator)
    await post(relay.httpUrl, control, { action: 'inject' }, facilitator)

    const participant = await token('p-amina', 'Amina', 'participant')
    const board = `${relay.httpUrl}/w/${WORKSHOP}/governance-g1`
    const projector = await open(browser, `${board}?view=projector#token=${facilitator}`, {
      width: 1920,
      height: 1080,
    })
    await projector.waitForTimeout(800)
    await projector.screenshot({ path: join(OUT, 'scenario-projector.png') })

    const laptop = await open(browser, `${board}#token=${participant}`, {
      width: 1440,
      height: 900,
    })
    await laptop.waitForTimeout(800)
    await laptop.screenshot({ path: join(OUT, 'scenario-board.png') })

    const phoneUrl = `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=phone#token=${participant}`
    for (const [language, file] of [
      [undefined, 'scenario-phone.png'],
      ['ar', 'scenario-phone-ar.png'],
    ] as const) {
      const phone = await open(browser, phoneUrl, { width: 390, height: 844 }, language)
      await phone.waitForTimeout(500)
      await phone.screenshot({ path: join(OUT, file) })
    }

    const desk = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await desk.goto(`${relay.httpUrl}/w/${WORKSHOP}/console#token=${facilitator}`)
    const block = desk.locator('.scenario-console')
    await block.locator(`[data-inject="${scenario.injects[1]!.id}"]`).waitFor()
    await block.scrollIntoViewIfNeeded()
    await desk.waitForTimeout(800)
    await desk.screenshot({ path: join(OUT, 'scenario-console.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    karim?.destroy()
    karim?.doc.destroy()
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
