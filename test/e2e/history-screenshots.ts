/**
 * Saves screenshots of the facilitator's history panel under docs/screenshots/ (history.png,
 * history-preview.png, history-ar.png), from a real relay and Chromium:
 *
 *   node --conditions=source --import tsx test/e2e/history-screenshots.ts
 *
 * It builds the web app first. The versions are real: named through the relay's API by two
 * facilitators, one taken automatically when the board unloads, one kept before a restore.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addNote, addRecommendation } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { boardLink, seedWorkshopBoard } from './board-content.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const BOARD = 'gouvernance-g1'
const API = `/api/workshops/${WORKSHOP}/boards/${BOARD}/versions`

function token(sub: string, name: string, role: string): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role: role as 'participant', workshop: WORKSHOP },
    '2h',
  )
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

/** A facilitator connected from Node, present on the board (so the panel knows their name). */
async function present(syncUrl: string, bearer: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: bearer },
    disableBc: true,
  })
  provider.awareness.setLocalStateField('user', {
    id: 'f-youssef',
    name: 'Youssef',
    role: 'facilitator',
    colour: '#1971c2',
    color: '#1971c2',
  })
  await until(() => provider.synced, 'the Node client to sync')
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
  const youssef = await token('f-youssef', 'Youssef', 'facilitator')
  const salma = await token('f-salma', 'Salma', 'facilitator')
  const call = async (bearer: string, path: string, body?: object) => {
    const response = await fetch(`${relay.httpUrl}${API}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        Authorization: `Bearer ${bearer}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as {
      version?: { id: number }
      versions?: { id: number; reason: string }[]
    }
  }
  try {
    const settle = () => new Promise((done) => setTimeout(done, 500))
    let client = await present(relay.syncUrl, youssef)
    seedWorkshopBoard(client.doc)
    await settle()
    await call(youssef, '', { name: 'Matrices remplies' })
    addRecommendation(client.doc, {
      title: 'Créer une cellule régionale de veille contre la désinformation',
      text: 'Réunir autorités locales, société civile et médias pour repérer les rumeurs visant les migrants et publier des démentis vérifiés sous 24 heures.',
      priority: 'high',
      actors: ['Wilaya de Tanger', 'ANRT'],
    })
    await settle()
    const first = await call(youssef, '', { name: 'Première recommandation' })
    addNote(client.doc, { text: 'Manque de relais en amazigh', category: 'need', x: 900, y: 1500 })
    await settle()
    // Everyone leaves: the relay unloads the board and keeps its last state by itself.
    client.provider.destroy()
    await until(
      async () => ((await call(salma, '')).versions ?? []).some((v) => v.reason === 'auto'),
      'the automatic version',
    )
    client = await present(relay.syncUrl, youssef)
    addNote(client.doc, { text: 'Vote à refaire ?', category: 'finding', x: 900, y: 1600 })
    await settle()
    await call(salma, '', { name: 'Avant le vote' })
    await call(salma, `/${first.version!.id}/restore`, {})

    const desk = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'fr-FR',
    })
    await desk.addInitScript(acceptConduct)
    const page = await desk.newPage()
    await page.goto(boardLink(relay.httpUrl, WORKSHOP, BOARD, salma))
    await page.getByRole('listitem').first().waitFor({ state: 'attached' })
    await page.getByRole('button', { name: 'Historique', exact: true }).click()
    const panel = page.getByRole('dialog', { name: 'Historique du tableau' })
    await panel.locator('.history-item').first().waitFor()
    await panel.getByRole('textbox', { name: 'Nommer l’état actuel' }).fill('Fin de la séance 1')
    await page.mouse.move(10, 400)
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(OUT, 'history.png') })

    await panel
      .getByRole('button', { name: 'Voir « Première recommandation » en lecture seule' })
      .click()
    await panel.locator('.history-frame').first().waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(OUT, 'history-preview.png') })

    await panel.getByRole('button', { name: 'Restaurer cette version' }).click()
    await page.getByRole('alertdialog').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(OUT, 'history-confirm.png') })

    await page.evaluate(() => localStorage.setItem('atelier:language', 'ar'))
    await page.reload()
    await page.getByRole('listitem').first().waitFor({ state: 'attached' })
    await page.getByRole('button', { name: 'السجل', exact: true }).click()
    await page.locator('.history-item').first().waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(OUT, 'history-ar.png') })
    console.log(`screenshots saved in ${OUT}`)
    client.provider.destroy()
    client.provider.doc.destroy()
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
