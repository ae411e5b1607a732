/**
 * Saves screenshots of promotion to the plenary and of the validation round under
 * docs/screenshots/ (promote.png, validation.png, validation-ar.png), from a real relay and
 * Chromium: a Governance consultation created through the relay's API, notes on two sub-group
 * boards promoted by the facilitator, votes on the plenary, three verdicts decided.
 *
 *   node --conditions=source --import tsx test/e2e/plenary-screenshots.ts
 *
 * It builds the web app first when it is missing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { castVote, getNote, listFrames, listNotes } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './helpers/browser.js'
import { ensureWebBuilt } from './helpers/app.js'
import {
  WORKSHOP,
  acceptConduct,
  centreOnScreen,
  decide,
  nodeBoard,
  openValidation,
  promoteSelection,
  writeNotes,
} from './plenary-page.js'

const OUT = join(ROOT, 'docs/screenshots')

const G1 = [
  'Former les agents municipaux au signalement des contenus haineux',
  'Créer un guichet unique de signalement en ligne',
  'Associer les ONG à la veille sur la désinformation',
]
const G2 = [
  'Cartographier les acteurs de la prévention',
  'Traduire les alertes en darija et en amazigh',
]

function token(sub: string, name: string, role: 'facilitator' | 'participant'): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role, workshop: WORKSHOP },
    '2h',
  )
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
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  await acceptConduct(page)
  await page.goto(url)
  await page.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
  return page
}

async function main(): Promise<void> {
  const web = ensureWebBuilt()
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: web })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  const boards: { close: () => void }[] = []
  try {
    const facilitator = await token('f-salma', 'Salma', 'facilitator')
    const created = await fetch(`${relay.httpUrl}/api/workshops/${WORKSHOP}/consultation`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${facilitator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Consultations sectorielles — Tanger',
        sessions: ['governance'],
        groups: 4,
        locale: 'fr',
      }),
    })
    if (!created.ok) throw new Error(`consultation: ${created.status}`)
    const g1 = await nodeBoard(relay.syncUrl, 'governance-g1', facilitator)
    const g2 = await nodeBoard(relay.syncUrl, 'governance-g2', facilitator)
    const plenary = await nodeBoard(relay.syncUrl, 'governance-plenary', facilitator)
    boards.push(g1, g2, plenary)
    const g1Ids = writeNotes(g1.doc, [...G1, 'Note restée au sous-groupe'])
    writeNotes(g2.doc, G2)

    // On g1, the facilitator selects three notes and promotes them.
    const g1Url = `${relay.httpUrl}/w/${WORKSHOP}/governance-g1?view=board#token=${facilitator}`
    const g1Page = await open(browser, g1Url, { width: 1440, height: 900 })
    await g1Page.locator('.note-list li').filter({ hasText: G1[2]! }).waitFor()
    const content = [...listFrames(g1.doc), ...listNotes(g1.doc)]
    const points = await Promise.all(
      g1Ids.slice(0, 3).map((id) => centreOnScreen(g1Page, content, getNote(g1.doc, id)!)),
    )
    await g1Page.mouse.click(points[0]!.x, points[0]!.y)
    await g1Page.keyboard.down('Shift')
    for (const point of points.slice(1)) await g1Page.mouse.click(point.x, point.y)
    await g1Page.keyboard.up('Shift')
    await promoteSelection(g1Page)
    await g1Page.waitForTimeout(500)
    await g1Page.screenshot({ path: join(OUT, 'promote.png') })

    const g2Url = `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=board#token=${facilitator}`
    const g2Page = await open(browser, g2Url, { width: 1440, height: 900 })
    await g2Page.locator('.note-list li').filter({ hasText: G2[1]! }).waitFor()
    await g2Page.locator('.canvas-area').focus()
    await g2Page.keyboard.press('Control+a')
    await promoteSelection(g2Page)

    // Voting closed on the plenary.
    const deadline = Date.now() + 10_000
    while (listNotes(plenary.doc).length < 5 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const idOf = (text: string) => listNotes(plenary.doc).find((note) => note.text === text)!.id
    const votes: [string, number][] = [
      [G2[0]!, 6],
      [G1[0]!, 5],
      [G1[1]!, 3],
      [G2[1]!, 2],
      [G1[2]!, 1],
    ]
    for (const [text, count] of votes) {
      for (let voter = 0; voter < count; voter++) castVote(plenary.doc, `p-${voter}`, idOf(text))
    }

    const plenaryUrl = (bearer: string) =>
      `${relay.httpUrl}/w/${WORKSHOP}/governance-plenary?view=board#token=${bearer}`
    const desk = await open(browser, plenaryUrl(facilitator), { width: 1600, height: 1000 })
    await openValidation(desk)
    await decide(desk, G2[0]!, { verdict: 'Validée', level: 'Élevée' })
    await decide(desk, G1[0]!, {
      verdict: 'Validée avec réserves',
      reservation: 'À condition d’associer aussi les associations de migrants',
    })
    await decide(desk, G1[1]!, { verdict: 'Non validée' })
    await desk
      .locator('.validation-drawer li.candidate')
      .filter({ hasText: G2[1]! })
      .getByLabel('Validée', { exact: true })
      .check()
    // Bring the plenary's columns of promoted notes out from under the drawer, a little closer.
    const canvas = (await desk.locator('.canvas-area').boundingBox())!
    await desk.mouse.move(canvas.x + 700, canvas.y + canvas.height - 60)
    await desk.mouse.down()
    await desk.mouse.move(canvas.x + 40, canvas.y + canvas.height - 60, { steps: 10 })
    await desk.mouse.up()
    await desk.getByRole('button', { name: 'Zoom avant' }).click()
    await desk.waitForTimeout(800)
    await desk.screenshot({ path: join(OUT, 'validation.png') })

    const amina = await token('p-amina', 'Amina', 'participant')
    const arabic = await open(browser, plenaryUrl(amina), { width: 1600, height: 1000 }, 'ar')
    await arabic.locator('.top-bar').getByRole('button', { name: 'المصادقة' }).click()
    await arabic.locator('.validation-drawer .verdict-chip').first().waitFor()
    await arabic.waitForTimeout(800)
    await arabic.screenshot({ path: join(OUT, 'validation-ar.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    for (const board of boards) board.close()
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
