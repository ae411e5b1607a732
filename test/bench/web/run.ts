/**
 * The web app's weight and its first load on a slow phone network, in headless Chromium, served
 * by the relay from the built app (`apps/web/dist`):
 *
 * - the JavaScript the phone view and the board view run, in gzip bytes (each script the page
 *   received, compressed at gzip's default level, as a server with compression would send it);
 * - the phone view's first load over Chromium's network emulation (1.6 Mbit/s down, 750 kbit/s
 *   up, 150 ms latency, cold cache): page opened → the group's notes listed and the composer
 *   ready, which is when a participant can read and write.
 *
 * Each run has its own relay, data directory and browser context. Targets (issue 9): phone view
 * under 150 KB, board view under 450 KB, phone view usable within 3 s. A missed target makes the
 * exit code 1. Traffic goes only to 127.0.0.1.
 *
 *   node --conditions=source --import tsx test/bench/web/run.ts
 *   BENCH_WEB_RUNS=5 node --conditions=source --import tsx test/bench/web/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Browser, Page } from 'playwright-core'
import { addFrame, addNote, runningFor, setControl, type NoteCategory } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { mintToken } from '@atelier/relay'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../e2e/helpers/browser.js'
import { ensureWebBuilt } from '../../e2e/helpers/app.js'
import { freePort } from '../../helpers/ports.js'
import { launchRelay, TEST_SECRET } from '../../helpers/process.js'
import type { LaunchedRelay } from '../../helpers/process.js'
import { median } from '../stats.js'

const RUNS = Math.max(1, Math.round(Number(process.env.BENCH_WEB_RUNS ?? 3)))
const WORKSHOP = 'bench'
const BOARD = 'governance-g1'
const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 800 }
/** Chromium's "Slow 3G"-like profile of issue 9: 1.6 Mbit/s down, 150 ms round trip. */
const SLOW = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 }
const TARGETS = { phoneKB: 150, boardKB: 450, phoneUsableMs: 3000 }
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
const CATEGORIES: NoteCategory[] = ['finding', 'need', 'action', 'risk']

type Weight = { scripts: number; rawBytes: number; gzipBytes: number }
type RunResult = { phone: Weight; board: Weight; phoneUsableMs: number }

function token(sub: string, role: 'facilitator' | 'participant'): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name: sub, role, workshop: WORKSHOP, boards: [BOARD] },
    '1h',
  )
}

/**
 * A sub-group board in the middle of a session: it follows the Governance session, in its
 * discussion phase with 15 minutes on the clock (so a phone shows the phase and fetches that
 * session's texts, as in a consultation), with a grid and 40 notes.
 */
async function seed(relay: LaunchedRelay): Promise<() => void> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(relay.syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token('f', 'facilitator') },
    disableBc: true,
  })
  const deadline = Date.now() + 30_000
  while (!provider.synced) {
    if (Date.now() > deadline) throw new Error('the seeding client did not sync')
    await new Promise((done) => setTimeout(done, 20))
  }
  const session = getSessionTemplate('governance')!
  const index = session.agenda.findIndex((phase) => phase.questions.length > 0)
  const now = Date.now()
  setControl(doc, {
    session: session.id,
    phase: { id: session.agenda[index]!.id, index, startedAt: now },
    timer: runningFor(now, 15 * 60_000),
  })
  addFrame(doc, 'noteGrid', { x: 0, y: 0 })
  for (let index = 0; index < 40; index++) {
    addNote(doc, {
      category: CATEGORIES[index % CATEGORIES.length]!,
      x: 40 + (index % 8) * 160,
      y: 200 + Math.floor(index / 8) * 120,
      text: `Constat ${index + 1} : coupures du réseau pendant les alertes`,
    })
  }
  return () => {
    provider.destroy()
    doc.destroy()
  }
}

/** Opens the page in a fresh context and sums the scripts it received until `ready`. */
async function weigh(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  ready: (page: Page) => Promise<void>,
): Promise<Weight> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' })
  await context.addInitScript((workshop) => {
    window.localStorage.setItem(`atelier:conduct:${workshop}`, String(Number.MAX_SAFE_INTEGER))
  }, WORKSHOP)
  const bodies: Promise<Buffer | undefined>[] = []
  const names: string[] = []
  try {
    const page = await context.newPage()
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        bodies.push(response.body().catch(() => undefined))
        names.push(new URL(response.url()).pathname)
      }
    })
    await page.goto(url)
    await ready(page)
    // Whatever the page asks for right after it is ready (a lazy chunk) counts too.
    await page.waitForLoadState('networkidle')
    const scripts = (await Promise.all(bodies)).filter((body): body is Buffer => !!body)
    if (process.env.BENCH_WEB_LIST) {
      for (const [index, name] of names.entries()) {
        const body = scripts[index]
        if (body)
          process.stderr.write(`  ${name}: ${(gzipSync(body).length / 1000).toFixed(1)} KB\n`)
      }
    }
    return {
      scripts: scripts.length,
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
    }
  } finally {
    await context.close()
  }
}

/** The phone view's first load on the slow network: opened → notes listed, composer ready. */
async function slowPhoneLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR' })
  await context.addInitScript((workshop) => {
    window.localStorage.setItem(`atelier:conduct:${workshop}`, String(Number.MAX_SAFE_INTEGER))
  }, WORKSHOP)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW })
    const started = Date.now()
    if (process.env.BENCH_WEB_LIST) {
      page.on('requestfinished', (request) =>
        process.stderr.write(`  ${Date.now() - started} ms ${new URL(request.url()).pathname}\n`),
      )
      page.on('websocket', (socket) => {
        process.stderr.write(`  ${Date.now() - started} ms websocket opened\n`)
        socket.once('framereceived', () =>
          process.stderr.write(`  ${Date.now() - started} ms first websocket frame\n`),
        )
      })
    }
    await page.goto(url, { timeout: 60_000 })
    await phoneReady(page)
    return Date.now() - started
  } finally {
    await context.close()
  }
}

async function phoneReady(page: Page): Promise<void> {
  await page.getByText('Constat 40 :', { exact: false }).first().waitFor({ timeout: 60_000 })
  await page.getByRole('textbox', { name: 'Votre note' }).waitFor({ timeout: 60_000 })
}

async function boardReady(page: Page): Promise<void> {
  await page.waitForFunction(
    `performance.getEntriesByName('atelier:notes-drawn').length > 0`,
    undefined,
    { timeout: 60_000 },
  )
}

async function oneRun(browser: Browser, dist: string): Promise<RunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-web-bench-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: dist, LOG_LEVEL: 'warn' })
  const stopSeeding = await seed(relay)
  try {
    const page = `${relay.httpUrl}/w/${WORKSHOP}/${BOARD}`
    const participant = `#token=${await token('p', 'participant')}`
    const facilitator = `?view=board#token=${await token('f2', 'facilitator')}`
    const phone = await weigh(browser, page + participant, PHONE, phoneReady)
    const board = await weigh(browser, page + facilitator, LAPTOP, boardReady)
    const phoneUsableMs = await slowPhoneLoad(browser, page + participant)
    return { phone, board, phoneUsableMs }
  } finally {
    stopSeeding()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => bytes / 1000

function table(results: readonly RunResult[]): { text: string; met: boolean } {
  const rows = [
    {
      measure: 'phone view: JavaScript, gzip',
      value: median(results.map((r) => kb(r.phone.gzipBytes))),
      unit: 'KB',
      target: TARGETS.phoneKB,
      detail: `${results[0]!.phone.scripts} scripts, ${kb(results[0]!.phone.rawBytes).toFixed(0)} KB raw`,
    },
    {
      measure: 'board view: JavaScript, gzip',
      value: median(results.map((r) => kb(r.board.gzipBytes))),
      unit: 'KB',
      target: TARGETS.boardKB,
      detail: `${results[0]!.board.scripts} scripts, ${kb(results[0]!.board.rawBytes).toFixed(0)} KB raw`,
    },
    {
      measure: 'phone view usable, 1.6 Mbit/s and 150 ms',
      value: median(results.map((r) => r.phoneUsableMs)),
      unit: 'ms',
      target: TARGETS.phoneUsableMs,
      detail: `runs: ${results.map((r) => r.phoneUsableMs).join(', ')} ms`,
    },
  ]
  let met = true
  const lines = rows.map((row) => {
    const ok = row.value < row.target
    met &&= ok
    return `| ${row.measure} | ${row.value.toFixed(row.unit === 'KB' ? 1 : 0)} ${row.unit} | < ${row.target} ${row.unit} ${ok ? '✓' : '✗'} | ${row.detail} |`
  })
  return {
    text: ['| measure | median | target | detail |', '| --- | --- | --- | --- |', ...lines].join(
      '\n',
    ),
    met,
  }
}

async function main(): Promise<number> {
  const dist = ensureWebBuilt()
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, LOCAL_ONLY],
  })
  try {
    const results: RunResult[] = []
    for (let run = 1; run <= RUNS; run++) {
      const result = await oneRun(browser, dist)
      process.stderr.write(
        `web run ${run}/${RUNS}: phone ${kb(result.phone.gzipBytes).toFixed(1)} KB, ` +
          `board ${kb(result.board.gzipBytes).toFixed(1)} KB, slow phone ${result.phoneUsableMs} ms\n`,
      )
      results.push(result)
    }
    const { text, met } = table(results)
    console.log(`## The web app: weight and slow first load (${RUNS} runs, medians)\n\n${text}\n`)
    return met ? 0 : 1
  } finally {
    await browser.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`web bench: ${(error as Error).message}\n`)
    process.exit(2)
  },
)
