/**
 * The canvas stress benchmark: a board of 1000 notes in headless Chromium, served by the relay.
 * It measures the time to the first full render, and the frame rate while this screen drags a
 * note (with the whole board in view, and at 100 %) and while 10 remote people move notes.
 * Each run has its own relay, data directory and browser context (a cold cache); the table
 * shows the median of the runs and their range. Traffic goes only to 127.0.0.1.
 *
 *   node --conditions=source --import tsx test/bench/board/run.ts
 *   BENCH_BOARD_RUNS=5 BENCH_NOTES=2000 node --conditions=source --import tsx test/bench/board/run.ts
 *
 * It builds the web app when apps/web/dist is missing (run `npm run build -w @atelier/web`
 * after changing it). Targets: first render < 1 s, dragging >= 50 fps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { mintToken } from '@atelier/relay'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../e2e/helpers/browser.js'
import { ensureWebBuilt } from '../../e2e/helpers/app.js'
import { freePort } from '../../helpers/ports.js'
import { launchRelay, TEST_SECRET } from '../../helpers/process.js'
import type { LaunchedRelay } from '../../helpers/process.js'
import { median } from '../stats.js'
import { writeStressBoard } from './board.js'
import { measureRun } from './measure.js'
import type { RunResult } from './measure.js'

function setting(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name}: not a positive number: ${raw}`)
  return value
}

const COUNT = Math.round(setting('BENCH_NOTES', 1000))
const RUNS = Math.round(setting('BENCH_BOARD_RUNS', 3))
const SECONDS = setting('BENCH_BOARD_SECONDS', 5)
/** The whole benchmark's deadline: past it, everything it started is stopped and it exits 2. */
const TIMEOUT_S = setting('BENCH_BOARD_TIMEOUT', 600)
const MOVERS = 10
const WORKSHOP = 'bench'
const BOARD = 'stress'
const SCREEN = { width: 1280, height: 800 }
/** Every host name but the relay's address fails: the page can reach nothing else. */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'

function token(sub: string, role: 'facilitator' | 'participant'): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name: sub, role, workshop: WORKSHOP },
    '1h',
  )
}

async function seed(syncUrl: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token('f-bench', 'facilitator') },
    disableBc: true,
  })
  const deadline = Date.now() + 30_000
  while (!provider.synced) {
    if (Date.now() > deadline) throw new Error('the seeding client did not sync')
    await new Promise((done) => setTimeout(done, 20))
  }
  writeStressBoard(doc, COUNT)
  return { doc, provider }
}

/** The things a run started, so that the deadline can stop them. */
const running: { relay?: LaunchedRelay; browser?: Browser } = {}

/** One run: a fresh relay and data directory, the board seeded, a fresh context opening it. */
async function oneRun(browser: Browser, dist: string): Promise<RunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-board-bench-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: dist, LOG_LEVEL: 'warn' })
  running.relay = relay
  const { doc, provider } = await seed(relay.syncUrl)
  const context = await browser.newContext({
    viewport: SCREEN,
    deviceScaleFactor: 1,
    locale: 'fr-FR',
  })
  // The participant has accepted the code of conduct already: its dialog would hide the board.
  await context.addInitScript((workshop) => {
    window.localStorage.setItem(`atelier:conduct:${workshop}`, String(Number.MAX_SAFE_INTEGER))
  }, WORKSHOP)
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
    const link = `${relay.httpUrl}/w/${WORKSHOP}/${BOARD}?view=board#token=${await token('p-bench', 'participant')}`
    await page.goto(link)
    await page.waitForFunction(
      `performance.getEntriesByName('atelier:notes-drawn').length > 0`,
      undefined,
      { timeout: 60_000 },
    )
    return await measureRun(page, doc, {
      seconds: SECONDS,
      movers: MOVERS,
      room: `${WORKSHOP}/${BOARD}`,
      syncUrl: relay.syncUrl,
      tokenOf: (person) => token(person, 'participant'),
    })
  } finally {
    await context.close()
    provider.destroy()
    // The document's awareness keeps a timer until the document goes.
    doc.destroy()
    await relay.kill('SIGTERM')
    running.relay = undefined
    rmSync(dataDir, { recursive: true, force: true })
  }
}

type Row = {
  measure: string
  values: number[]
  unit: 'ms' | 'fps'
  digits: number
  target?: number
}

function cell(values: readonly number[], unit: string, digits: number): string {
  const mid = median(values).toFixed(digits)
  const low = Math.min(...values).toFixed(digits)
  const high = Math.max(...values).toFixed(digits)
  return values.length > 1 ? `${mid} ${unit} (${low}-${high})` : `${mid} ${unit}`
}

function verdict(row: Row): string {
  if (row.target === undefined) return ''
  const value = median(row.values)
  const met = row.unit === 'ms' ? value < row.target : value >= row.target
  return `${row.unit === 'ms' ? '<' : '>='} ${row.target} ${row.unit} ${met ? '✓' : '✗'}`
}

function table(results: readonly RunResult[]): string {
  const of = (pick: (result: RunResult) => number) => results.map(pick)
  const scale = (median(of((result) => result.fittedScale)) * 100).toFixed(0)
  const moves = median(of((result) => result.movesPerSecond)).toFixed(0)
  const rows: Row[] = [
    {
      measure: `first full render: page opened → ${COUNT} notes drawn`,
      values: of((result) => result.firstRender),
      unit: 'ms',
      digits: 0,
      target: 1000,
    },
    {
      measure: 'of which: page opened → its last script received',
      values: of((result) => result.scriptsLoaded),
      unit: 'ms',
      digits: 0,
    },
    {
      measure: `of which: page opened → ${COUNT} notes received from the relay`,
      values: of((result) => result.notesLoaded),
      unit: 'ms',
      digits: 0,
    },
    {
      measure: `render only: ${COUNT} notes received → drawn`,
      values: of((result) => result.renderOnly),
      unit: 'ms',
      digits: 0,
    },
    { measure: 'idle, whole board in view', values: of((r) => r.idle.fps), unit: 'fps', digits: 1 },
    {
      measure: `drag one note, whole board in view (${scale} %)`,
      values: of((result) => result.dragWhole.fps),
      unit: 'fps',
      digits: 1,
      target: 50,
    },
    {
      measure: 'drag one note at 100 % (words drawn)',
      values: of((result) => result.dragClose.fps),
      unit: 'fps',
      digits: 1,
      target: 50,
    },
    {
      measure: `${MOVERS} remote people moving notes, whole board in view`,
      values: of((result) => result.remote.fps),
      unit: 'fps',
      digits: 1,
      target: 50,
    },
  ]
  const p95 = (pick: (result: RunResult) => number) => cell(of(pick), 'ms', 1)
  return [
    '| measure | median (range) | target |',
    '| --- | ---: | --- |',
    ...rows.map(
      (row) => `| ${row.measure} | ${cell(row.values, row.unit, row.digits)} | ${verdict(row)} |`,
    ),
    '',
    `95th percentile frame time: idle ${p95((r) => r.idle.p95)}, drag (whole board) ${p95((r) => r.dragWhole.p95)}, ` +
      `drag (100 %) ${p95((r) => r.dragClose.p95)}, remote people ${p95((r) => r.remote.p95)}; ` +
      `the drags sent ${moves} pointer moves/s.`,
  ].join('\n')
}

function describe(result: RunResult): string {
  return (
    `first render ${result.firstRender.toFixed(0)} ms (render ${result.renderOnly.toFixed(0)} ms), ` +
    `idle ${result.idle.fps.toFixed(1)} fps, drag ${result.dragWhole.fps.toFixed(1)} / ` +
    `${result.dragClose.fps.toFixed(1)} fps, remote ${result.remote.fps.toFixed(1)} fps`
  )
}

async function main(): Promise<void> {
  // Each y-websocket provider in Node listens for the process's exit.
  process.setMaxListeners(4 * MOVERS)
  const dist = process.env.BENCH_WEB_DIR || ensureWebBuilt()
  const load = loadavg()[0]?.toFixed(2) ?? '?'
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, LOCAL_ONLY],
    headless: true,
  })
  running.browser = browser
  const results: RunResult[] = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      const result = await oneRun(browser, dist)
      results.push(result)
      process.stderr.write(`board run ${run}/${RUNS}: ${describe(result)}\n`)
    }
    console.log(`\n## Board canvas: ${COUNT} notes in headless Chromium\n`)
    console.log(
      [
        '```',
        `date: ${new Date().toISOString()}`,
        `cpu: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; load average ${load} at start`,
        `chromium: ${browser.version()}, software rendering (--disable-gpu), screen ${SCREEN.width}x${SCREEN.height}`,
        `${RUNS} run(s), each a fresh relay and browser context; ${SECONDS} s per frame-rate measure`,
        '```\n',
      ].join('\n'),
    )
    console.log(table(results))
  } finally {
    await browser.close()
    running.browser = undefined
  }
}

const deadline = setTimeout(() => {
  process.stderr.write(`board bench: not done after ${TIMEOUT_S} s, stopping\n`)
  void Promise.allSettled([running.browser?.close(), running.relay?.kill('SIGKILL')]).then(() =>
    process.exit(2),
  )
}, TIMEOUT_S * 1000)
deadline.unref()

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  clearTimeout(deadline)
}
