/**
 * Saves screenshots of the roadmap under docs/screenshots/ (roadmap.png, roadmap-action.png,
 * roadmap-dependencies.png, roadmap-console.png, roadmap-ar.png), from a real relay and
 * Chromium: a Governance consultation created through the relay's API, six priorities
 * validated on its plenary, pulled from the console onto the roadmap, with action sheets and
 * dependencies filled in.
 *
 *   node --conditions=source --import tsx test/e2e/roadmap-screenshots.ts
 *
 * It builds the web app first when it is missing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import {
  addDependency,
  listNotes,
  placeNoteInCell,
  updateActionSheet,
  type ValidationInput,
} from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './helpers/browser.js'
import { ensureWebBuilt } from './helpers/app.js'
import { WORKSHOP, acceptConduct, nodeBoard } from './plenary-page.js'
import {
  ROADMAP_BOARD,
  actionSheet,
  decidePriorities,
  pullPriorities,
  selectAction,
} from './roadmap-page.js'

const OUT = join(ROOT, 'docs/screenshots')

const high: ValidationInput = { verdict: 'agreed', priority: 'high' }
const medium: ValidationInput = { verdict: 'agreed', priority: 'medium' }
const low: ValidationInput = { verdict: 'agreed', priority: 'low' }

const TRAINING = 'Former les agents municipaux au signalement des contenus haineux'
const DESK = 'Créer un guichet unique de signalement en ligne'
const AMBASSADORS = 'Former des jeunes ambassadeurs de la vérification des faits'
const ALERTS = 'Traduire les alertes en darija, en amazigh et dans les langues des migrants'
const OBSERVATORY = 'Observatoire régional de la désinformation avec l’université'
const SUPPORT = 'Appui de l’OIM aux associations de migrants pour la veille en ligne'

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
  page.setDefaultTimeout(30_000)
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  await acceptConduct(page)
  await page.goto(url)
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
    const plenary = await nodeBoard(relay.syncUrl, 'governance-plenary', facilitator)
    boards.push(plenary)
    decidePriorities(plenary.doc, [
      { text: TRAINING, tags: ['public-institutions'], decision: high },
      { text: DESK, tags: ['public-institutions'], decision: medium },
      { text: AMBASSADORS, tags: ['youth-and-migrants'], decision: high },
      { text: ALERTS, tags: ['civil-society'], decision: medium },
      { text: OBSERVATORY, tags: ['media-and-academia'], decision: low },
      { text: SUPPORT, tags: ['international-partners'], decision: low },
      { text: 'Interdire les réseaux sociaux aux mineurs', decision: { verdict: 'not-agreed' } },
    ])

    // The console pulls the six validated priorities onto the roadmap.
    const consolePage = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/console#token=${facilitator}`,
      { width: 1440, height: 900 },
    )
    await pullPriorities(consolePage, '6 actions ajoutées à la feuille de route.')
    const card = consolePage.locator('section.roadmap-card')
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: join(OUT, 'roadmap-console.png') })

    const roadmap = await nodeBoard(relay.syncUrl, ROADMAP_BOARD, facilitator)
    boards.push(roadmap)
    const deadline = Date.now() + 10_000
    while (listNotes(roadmap.doc).length < 6 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const idOf = (text: string) => listNotes(roadmap.doc).find((note) => note.text === text)!.id
    placeNoteInCell(roadmap.doc, idOf(OBSERVATORY), 'roadmap', {
      kind: 'roadmap',
      horizon: 'months-12-plus',
      lead: 'media-and-academia',
    })
    addDependency(roadmap.doc, idOf(DESK), idOf(TRAINING))
    addDependency(roadmap.doc, idOf(ALERTS), idOf(AMBASSADORS))
    addDependency(roadmap.doc, idOf(SUPPORT), idOf(ALERTS))
    addDependency(roadmap.doc, idOf(OBSERVATORY), idOf(DESK))
    updateActionSheet(roadmap.doc, idOf(TRAINING), {
      responsible: 'Wilaya de Tanger-Tétouan-Al Hoceïma',
    })

    const boardUrl = (bearer: string, view = 'board') =>
      `${relay.httpUrl}/w/${WORKSHOP}/${ROADMAP_BOARD}?view=${view}#token=${bearer}`
    const desk = await open(browser, boardUrl(facilitator), { width: 1600, height: 1000 })
    await desk.locator('.note-list li').filter({ hasText: SUPPORT }).waitFor({ state: 'attached' })
    await desk.waitForTimeout(800)
    await desk.screenshot({ path: join(OUT, 'roadmap.png') })

    // The desk's action sheet, filled in as the room talks.
    await selectAction(desk, DESK)
    const sheet = actionSheet(desk)
    await sheet.getByLabel('Acteur responsable').fill('Conseil régional, direction du numérique')
    for (const partner of [
      'Association Tanger Jeunesse',
      'OIM Maroc',
      'Université Abdelmalek Essaâdi',
    ]) {
      const field = sheet.getByLabel('Partenaires', { exact: true }).and(desk.locator('input'))
      await field.fill(partner)
      await field.press('Enter')
    }
    await sheet
      .getByLabel('Modalités de coordination')
      .fill('Comité de pilotage trimestriel ; point focal dans chaque commune')
    await sheet.getByLabel('Risques de mise en œuvre').fill('Faible confiance des victimes')
    await sheet
      .getByLabel('Mesures d’atténuation')
      .fill('Signalement anonyme possible ; accompagnement par les associations')
    await sheet.getByLabel('Durabilité').fill('Ligne budgétaire au plan d’action communal')
    await sheet
      .getByLabel('Intégration des jeunes et des migrants')
      .fill('Jeunes et migrants testent le guichet avant son ouverture')
    await sheet.getByLabel('Dépend de…').selectOption({ label: AMBASSADORS })
    await sheet.getByRole('button', { name: 'Ajouter la dépendance' }).click()
    await sheet
      .getByTestId('depends-on')
      .filter({ hasText: AMBASSADORS.slice(0, 40) })
      .waitFor()
    await sheet.getByLabel('Dépend de…').selectOption({ label: OBSERVATORY })
    await sheet.getByRole('button', { name: 'Ajouter la dépendance' }).click()
    await sheet.getByRole('alert').waitFor()
    // Tall enough for the whole sheet, from its schedule to the refused dependency.
    await desk.setViewportSize({ width: 1600, height: 1320 })
    await sheet.evaluate((element) => {
      const panel = element.closest('.detail-body')
      if (panel instanceof HTMLElement && element instanceof HTMLElement)
        panel.scrollTop = element.offsetTop - panel.offsetTop - 8
    })
    await desk.waitForTimeout(500)
    await desk.screenshot({ path: join(OUT, 'roadmap-action.png') })
    await sheet.locator('.roadmap-dependencies').screenshot({
      path: join(OUT, 'roadmap-dependencies.png'),
    })

    const amina = await token('p-amina', 'Amina', 'participant')
    const arabic = await open(
      browser,
      boardUrl(amina, 'board'),
      { width: 1600, height: 1000 },
      'ar',
    )
    await arabic
      .locator('.note-list li')
      .filter({ hasText: SUPPORT })
      .waitFor({ state: 'attached' })
    await arabic.waitForTimeout(800)
    await arabic.screenshot({ path: join(OUT, 'roadmap-ar.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    for (const board of boards) board.close()
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
