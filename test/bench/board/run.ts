/**
 * The canvas stress benchmark: a board of 1000 notes in headless Chromium, served by the relay.
 * It measures the time to the first full render, and the frame rate while this screen drags a
 * note (with the whole board in view, and at 100 %) and while 10 remote people move notes.
 *
 *   node --conditions=source --import tsx test/bench/board/run.ts
 *   BENCH_NOTES=2000 BENCH_SECONDS=8 node --conditions=source --import tsx test/bench/board/run.ts
 *
 * It builds the web app when apps/web/dist is missing (run `npm run build -w @atelier/web`
 * after changing it). Targets: first render < 1 s, dragging >= 50 fps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { listNotes } from '@atelier/model'
import type { Point, Rect } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { boundsOf, fitRect, toScreen, zoomCentred } from '../../../apps/web/src/board/viewport.js'
import type { Viewport } from '../../../apps/web/src/board/viewport.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../e2e/helpers/browser.js'
import { ensureWebBuilt } from '../../e2e/helpers/app.js'
import { freePort } from '../../helpers/ports.js'
import { launchRelay, TEST_SECRET } from '../../helpers/process.js'
import { startFrames, stopFrames } from './frames.js'
import type { FrameStats } from './frames.js'
import { startMover } from './movers.js'
import { writeStressBoard } from './board.js'

const COUNT = Number(process.env.BENCH_NOTES ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const MOVERS = 10
const WORKSHOP = 'bench'
const BOARD = 'stress'
const SCREEN = { width: 1280, height: 800 }

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

/** The frames and notes' boxes, as the page fits them when it opens. */
function contentOf(doc: Y.Doc): Rect[] {
  const frames = [
    { x: 0, y: 0, w: 1036, h: 828 },
    { x: 1136, y: 0, w: 1036, h: 828 },
  ]
  return [...frames, ...listNotes(doc)]
}

/** Drags with the mouse from `from` around a circle for SECONDS, counting frames meanwhile. */
async function dragFor(page: Page, from: Point): Promise<FrameStats & { moves: number }> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 8, from.y + 8)
  await startFrames(page)
  const started = Date.now()
  let moves = 0
  while (Date.now() - started < SECONDS * 1000) {
    const angle = ((Date.now() - started) / 1000) * Math.PI
    await page.mouse.move(from.x + 120 * Math.cos(angle) - 120, from.y + 120 * Math.sin(angle))
    moves += 1
  }
  const stats = await stopFrames(page)
  await page.mouse.up()
  return { ...stats, moves: moves / SECONDS }
}

async function framesFor(page: Page, seconds: number): Promise<FrameStats> {
  await startFrames(page)
  await page.waitForTimeout(seconds * 1000)
  return stopFrames(page)
}

type Row = { measure: string; value: string; target: string; ok?: boolean }

function table(rows: Row[]): string {
  const lines = ['| measure | result | target |', '| --- | --- | --- |']
  for (const row of rows) {
    const verdict = row.ok === undefined ? '' : row.ok ? ' ✓' : ' ✗'
    lines.push(`| ${row.measure} | ${row.value} | ${row.target}${verdict} |`)
  }
  return lines.join('\n')
}

function fpsRow(measure: string, stats: FrameStats, target = '>= 50 fps'): Row {
  const value = `${stats.fps.toFixed(1)} fps (p95 frame ${stats.p95.toFixed(1)} ms, worst ${stats.worst.toFixed(0)} ms)`
  return { measure, value, target, ok: target === '' ? undefined : stats.fps >= 50 }
}

function nearestToCentre(doc: Y.Doc, viewport: Viewport): Point {
  const centre = {
    x: (SCREEN.width / 2 - viewport.x) / viewport.scale,
    y: (SCREEN.height / 2 - viewport.y) / viewport.scale,
  }
  const distance = (note: Rect) =>
    Math.hypot(note.x + note.w / 2 - centre.x, note.y + note.h / 2 - centre.y)
  const note = listNotes(doc).sort((a, b) => distance(a) - distance(b))[0]!
  return toScreen(viewport, { x: note.x + note.w / 2, y: note.y + note.h / 2 })
}

async function measure(page: Page, doc: Y.Doc, syncUrl: string): Promise<Row[]> {
  const marks = await page.evaluate<{ loaded: number; drawn: number }>(`({
    loaded: performance.getEntriesByName('atelier:notes-loaded')[0]?.startTime ?? NaN,
    drawn: performance.getEntriesByName('atelier:notes-drawn')[0]?.startTime ?? NaN,
  })`)
  const canvas = (await page.locator('.canvas-area').boundingBox())!
  const size = { width: canvas.width, height: canvas.height }
  const fitted = fitRect(boundsOf(contentOf(doc))!, size)
  const offset = (point: Point) => ({ x: point.x + canvas.x, y: point.y + canvas.y })
  const rows: Row[] = [
    {
      measure: `first full render: page opened → ${COUNT} notes drawn`,
      value: `${marks.drawn.toFixed(0)} ms`,
      target: '< 1000 ms',
      ok: marks.drawn < 1000,
    },
    {
      measure: `render only: ${COUNT} notes received → drawn`,
      value: `${(marks.drawn - marks.loaded).toFixed(0)} ms`,
      target: '',
    },
    fpsRow('idle, whole board in view', await framesFor(page, 2), ''),
  ]
  const whole = await dragFor(page, offset(nearestToCentre(doc, fitted)))
  rows.push(
    fpsRow(
      `drag one note, whole board in view (${(fitted.scale * 100).toFixed(0)} %, ${whole.moves.toFixed(0)} moves/s)`,
      whole,
    ),
  )

  await page.getByRole('button', { name: 'Revenir à 100 %' }).click()
  const full = zoomCentred(fitted, size, 1 / fitted.scale)
  const close = await dragFor(page, offset(nearestToCentre(doc, full)))
  rows.push(
    fpsRow(`drag one note at 100 % (words drawn, ${close.moves.toFixed(0)} moves/s)`, close),
  )

  await page.getByRole('button', { name: 'Tout afficher' }).click()
  const ids = listNotes(doc).map((note) => note.id)
  const movers = await Promise.all(
    Array.from({ length: MOVERS }, async (_, index) =>
      startMover(
        syncUrl,
        `${WORKSHOP}/${BOARD}`,
        await token(`p-remote-${index}`, 'participant'),
        ids[Math.floor(((index + 0.5) * ids.length) / MOVERS)]!,
        index,
      ),
    ),
  )
  await page.waitForTimeout(1000)
  rows.push(
    fpsRow(
      `${MOVERS} remote people moving notes, whole board in view`,
      await framesFor(page, SECONDS),
    ),
  )
  for (const mover of movers) mover.stop()
  return rows
}

async function main(): Promise<void> {
  // Each y-websocket provider in Node listens for the process's exit.
  process.setMaxListeners(4 * MOVERS)
  const dist = ensureWebBuilt()
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-board-bench-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: dist, LOG_LEVEL: 'warn' })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  try {
    const { doc, provider } = await seed(relay.syncUrl)
    const context = await browser.newContext({
      viewport: SCREEN,
      deviceScaleFactor: 1,
      locale: 'fr-FR',
    })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
    const link = `${relay.httpUrl}/w/${WORKSHOP}/${BOARD}?view=board#token=${await token('p-bench', 'participant')}`
    await page.goto(link)
    await page.waitForFunction(
      `performance.getEntriesByName('atelier:notes-drawn').length > 0`,
      undefined,
      { timeout: 60_000 },
    )
    const rows = await measure(page, doc, relay.syncUrl)
    provider.destroy()
    console.log(`\n## Board canvas: ${COUNT} notes in headless Chromium\n`)
    console.log(`date: ${new Date().toISOString()}`)
    console.log(
      `cpu: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; chromium: ${browser.version()}; screen ${SCREEN.width}x${SCREEN.height}, software rendering (--disable-gpu)\n`,
    )
    console.log(table(rows))
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
