/**
 * Saves screenshots of moderation under docs/screenshots/ from a real relay and Chromium:
 * the code of conduct on a participant's phone in French (code-of-conduct.png) and in Arabic
 * (code-of-conduct-ar.png), a phone on a locked board (moderation-locked-phone.png), and a
 * board called to the plenary (moderation-gather.png).
 *
 *   node --conditions=source --import tsx test/e2e/moderation-screenshots.ts
 *
 * It uses the built web app (apps/web/dist), building it when missing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addNote } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { ensureWebBuilt } from './helpers/app.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const PHONE = { width: 390, height: 844 }

function token(sub: string, name: string, role: 'facilitator' | 'participant'): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role, workshop: WORKSHOP },
    '2h',
  )
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
  options: { language?: string; accepted?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, locale: 'fr-FR' })
  if (options.language) {
    await context.addInitScript(
      (lng) => localStorage.setItem('atelier:language', lng),
      options.language,
    )
  }
  if (options.accepted) await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(url)
  return page
}

async function main(): Promise<void> {
  ensureWebBuilt()
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: ensureWebBuilt() })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  let seed: WebsocketProvider | undefined
  try {
    const facilitator = await token('f-salma', 'Salma', 'facilitator')
    const body = { title: 'Tanger', sessions: ['governance'], groups: 2, locale: 'fr' }
    await post(relay.httpUrl, '/consultation', body, facilitator)
    seed = new WebsocketProvider(relay.syncUrl, `${WORKSHOP}/governance-g1`, new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: facilitator },
      disableBc: true,
    })
    while (!seed.synced) await new Promise((done) => setTimeout(done, 50))
    addNote(seed.doc, { category: 'risk', x: 80, y: 80, text: 'Rumeurs visant les migrants' })
    addNote(seed.doc, { category: 'finding', x: 320, y: 80, text: 'Signalement trop complexe' })

    const participant = await token('p-amina', 'Amina', 'participant')
    const phoneUrl = `${relay.httpUrl}/w/${WORKSHOP}/governance-g1?view=phone#token=${participant}`
    const dialog = 'dialog.conduct-dialog'
    const french = await open(browser, phoneUrl, PHONE)
    await french.locator(dialog).waitFor()
    await french.waitForTimeout(400)
    await french.screenshot({ path: join(OUT, 'code-of-conduct.png') })
    const arabic = await open(browser, phoneUrl, PHONE, { language: 'ar' })
    await arabic.locator(dialog).waitFor()
    await arabic.waitForTimeout(400)
    await arabic.screenshot({ path: join(OUT, 'code-of-conduct-ar.png') })

    await post(
      relay.httpUrl,
      '/sessions/governance/control',
      { action: 'lock', locked: true },
      facilitator,
    )
    const locked = await open(browser, phoneUrl, PHONE, { accepted: true })
    await locked.getByTestId('lock-notice').waitFor()
    await locked.waitForTimeout(400)
    await locked.screenshot({ path: join(OUT, 'moderation-locked-phone.png') })
    await post(
      relay.httpUrl,
      '/sessions/governance/control',
      { action: 'lock', locked: false },
      facilitator,
    )

    const boardUrl = `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=board#token=${participant}`
    const board = await open(browser, boardUrl, { width: 1280, height: 800 }, { accepted: true })
    await board.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
    await post(relay.httpUrl, '/sessions/governance/control', { action: 'gather' }, facilitator)
    await board.getByTestId('gather-banner').waitFor()
    await board.waitForTimeout(1200)
    await board.screenshot({ path: join(OUT, 'moderation-gather.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    seed?.destroy()
    seed?.doc.destroy()
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
