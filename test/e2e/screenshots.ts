/**
 * Saves screenshots of the board, the projected board and the observer view under
 * docs/screenshots/ (board.png, projector.png, observer.png), from a real relay and Chromium.
 *
 *   node --conditions=source --import tsx test/e2e/screenshots.ts
 *
 * It builds the web app first. The board is the seeded sub-group board of `board-content.ts`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { boardLink, seedWorkshopBoard } from './board-content.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const BOARD = 'gouvernance-g1'

function token(sub: string, name: string, role: string): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role: role as 'participant', workshop: WORKSHOP },
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

/** A participant connected from Node, whose pointer shows on the others' screens. */
async function remoteParticipant(
  syncUrl: string,
): Promise<{ provider: WebsocketProvider; doc: Y.Doc }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token('p-karim', 'Karim', 'participant') },
    disableBc: true,
  })
  await until(() => provider.synced, 'the seeding client to sync')
  return { provider, doc }
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
  try {
    const karim = await remoteParticipant(relay.syncUrl)
    seedWorkshopBoard(karim.doc)
    karim.provider.awareness.setLocalState({
      user: {
        id: 'p-karim',
        name: 'Karim',
        role: 'participant',
        colour: '#2f9e44',
        color: '#2f9e44',
      },
      view: 'board',
      cursor: { x: 1700, y: 520 },
    })
    const facilitator = await token('f-salma', 'Salma', 'facilitator')
    const observer = await token('o-unesco', 'Observatrice UNESCO', 'observer')

    const desk = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'fr-FR',
    })
    await desk.addInitScript(acceptConduct)
    const board = await desk.newPage()
    await board.goto(boardLink(relay.httpUrl, WORKSHOP, BOARD, facilitator))
    const note = board.getByRole('listitem').filter({ hasText: 'Désinformation' })
    await note.waitFor()
    await board.getByRole('button', { name: 'Zoom avant' }).click()
    await board.getByRole('button', { name: 'Zoom avant' }).click()
    await note.focus()
    await board.locator('.detail-panel').waitFor()
    await board.mouse.move(500, 400)
    await board.mouse.wheel(0, -70)
    await board.waitForTimeout(600)
    await board.screenshot({ path: join(OUT, 'board.png') })

    const room = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
      locale: 'fr-FR',
    })
    await room.addInitScript(acceptConduct)
    const projector = await room.newPage()
    await projector.goto(boardLink(relay.httpUrl, WORKSHOP, BOARD, facilitator, 'projector'))
    await projector.getByRole('listitem').first().waitFor({ state: 'attached' })
    await board.keyboard.press('Escape')
    await board.mouse.move(700, 450)
    await board.waitForTimeout(800)
    await projector.screenshot({ path: join(OUT, 'projector.png') })

    const remote = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'fr-FR',
    })
    await remote.addInitScript(acceptConduct)
    const watcher = await remote.newPage()
    await watcher.goto(boardLink(relay.httpUrl, WORKSHOP, BOARD, observer))
    await watcher.getByRole('listitem').first().waitFor({ state: 'attached' })
    await watcher.waitForTimeout(800)
    await watcher.screenshot({ path: join(OUT, 'observer.png') })
    console.log(`screenshots saved in ${OUT}`)
    karim.provider.destroy()
    karim.provider.doc.destroy()
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
