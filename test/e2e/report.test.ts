import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  addNote,
  addRecommendation,
  castVote,
  getNote,
  placeNoteInCell,
  readValidation,
  validateNote,
  votesFor,
} from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { WORKSHOP, createConsultation, facilitatorToken, openConsole } from './session-page.js'

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots')

const FINDING = 'Pas de cadre régional sur l’IA'
const PRIORITY = 'Former les enseignants à l’EMI'
const RECOMMENDATION = 'Créer un comité régional de gouvernance numérique'

/**
 * Writes known content through packages/model on the Governance boards, as the room would:
 * a finding with three votes and a recommendation on sub-group 1, an agreed high priority with
 * two votes on the plenary. Waits until a second client sees all of it on the relay.
 */
async function writeBoards(relay: RunningRelay): Promise<void> {
  const token = await facilitatorToken()
  const group = await syncedClient(relay.syncUrl, `${WORKSHOP}/governance-g1`, token)
  const finding = addNote(group.doc, {
    text: FINDING,
    category: 'finding',
    x: 3000,
    y: 3000,
    author: { id: 'p-amina', name: 'Amina Berrada' },
    tags: ['coordination'],
  })
  for (const voter of ['p-1', 'p-2', 'p-3']) castVote(group.doc, voter, finding)
  addRecommendation(group.doc, {
    title: RECOMMENDATION,
    text: 'Réunir AREF, Conseil Régional et CRDH chaque trimestre.',
    priority: 'high',
    actors: ['Conseil Régional', 'CRDH'],
  })
  const plenary = await syncedClient(relay.syncUrl, `${WORKSHOP}/governance-plenary`, token)
  const priority = addNote(plenary.doc, {
    text: PRIORITY,
    category: 'action',
    x: 3000,
    y: 3000,
    tags: ['education'],
  })
  // On the plenary's action matrix, where the picture of the board shows it.
  placeNoteInCell(plenary.doc, priority, 'actions', {
    kind: 'actionMatrix',
    urgency: 5,
    feasibility: 4,
  })
  for (const voter of ['p-1', 'p-2']) castVote(plenary.doc, voter, priority)
  validateNote(plenary.doc, priority, { verdict: 'agreed', priority: 'high' })

  const reader = await tokenFor({
    sub: 'o-1',
    name: 'Observer',
    role: 'observer',
    workshop: WORKSHOP,
  })
  const groupCopy = await syncedClient(relay.syncUrl, `${WORKSHOP}/governance-g1`, reader)
  const plenaryCopy = await syncedClient(relay.syncUrl, `${WORKSHOP}/governance-plenary`, reader)
  await waitFor(
    () =>
      getNote(groupCopy.doc, finding) !== undefined &&
      votesFor(groupCopy.doc, finding) === 3 &&
      votesFor(plenaryCopy.doc, priority) === 2 &&
      readValidation(plenaryCopy.doc, priority) !== undefined,
    10_000,
  )
}

/** The number of pages of a PDF Chromium wrote (its page objects, not the page tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
}

describe.skipIf(!hasChromium)('the printable consultation report', () => {
  it('shows the boards’ finding, priority and recommendation in their sections, and prints to a PDF of several pages', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance', 'operational-response'], 2)
    await writeBoards(relay)

    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: { width: 1100, height: 900 } })
    page.setDefaultTimeout(30_000)
    await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/report#token=${await facilitatorToken()}`)
    await page.getByRole('heading', { name: 'Consultations sectorielles — Tanger' }).waitFor()
    // The token leaves the address bar at once.
    expect(page.url()).not.toContain('token=')

    const toc = page.getByRole('navigation', { name: 'Table des matières' })
    expect(await toc.locator('li').allTextContents()).toEqual([
      'Session 1 — Gouvernance',
      expect.stringMatching(/^Session 2 — /),
      'Analyse transversale des enjeux sectoriels',
      'Actions de la feuille de route',
    ])
    const governance = page.locator('section[data-session="governance"]')
    const priorities = governance.locator('[data-part="priorities"] tbody tr')
    expect(await priorities.count()).toBe(1)
    expect(await priorities.first().locator('td').allTextContents()).toEqual([
      '1',
      PRIORITY,
      '2',
      'Validée',
      'Élevée',
      '',
      '',
    ])
    const recommendation = governance.locator('[data-part="recommendations"] article')
    expect(await recommendation.textContent()).toContain(RECOMMENDATION)
    expect(await recommendation.textContent()).toContain('Conseil Régional, CRDH')
    expect(await governance.locator('[data-part="findings"] li').first().textContent()).toBe(
      `${FINDING} (3 vote(s))`,
    )
    // The facilitator's report names the finding's author in the synthesis.
    const synthesis = governance.locator('[data-part="synthesis"] [data-board="governance-g1"]')
    expect(await synthesis.textContent()).toContain('Amina Berrada')
    // Nothing of Governance shows up in the other session.
    const operational = page.locator('section[data-session="operational-response"]')
    expect(await operational.textContent()).not.toContain(PRIORITY)

    // Each session's plenary board, drawn by the board's own canvas and kept as a PNG picture.
    for (const session of ['governance', 'operational-response']) {
      const picture = page.locator(`img[data-board-picture="${session}-plenary"]`)
      await picture.waitFor()
      expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
      expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
        1000,
      )
    }
    expect(await page.locator('.report-board-offscreen').count()).toBe(0)

    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png') })

    // Printed: A4, the print button gone, each session on its own pages.
    await page.emulateMedia({ media: 'print' })
    expect(
      await page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' }).isVisible(),
    ).toBe(false)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Cover and contents, Governance, Operational response, cross-sector analysis.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(4)
    // The PDF as Chromium's own viewer shows it: its first pages, for docs/screenshots.
    const file = join(tmpdir(), `atelier-report-${process.pid}.pdf`)
    writeFileSync(file, pdf)
    onTestFinished(() => rmSync(file, { force: true }))
    const viewer = (await newPerson(browser, { viewport: { width: 1000, height: 1300 } })).page
    await viewer.goto(pathToFileURL(file).href)
    // The viewer draws in its own process, out of the page's reach: give it time to paint.
    await viewer.waitForTimeout(3000)
    await viewer.screenshot({ path: join(SCREENSHOTS, 'report-pdf.png') })
  })

  it('speaks Arabic right to left, and refuses a participant', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 2)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { locale: 'ar' })
    page.setDefaultTimeout(30_000)
    await page.addInitScript(() => window.localStorage.setItem('atelier:language', 'ar'))
    await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/report#token=${await facilitatorToken()}`)
    await page.getByRole('navigation', { name: 'المحتويات' }).waitFor()
    expect(await page.locator('.report-page').getAttribute('dir')).toBe('rtl')
    expect(await page.getByRole('button', { name: 'طباعة / حفظ بصيغة PDF' }).count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'report-ar.png') })

    const participant = await tokenFor({ sub: 'p-1', role: 'participant', workshop: WORKSHOP })
    const other = (await newPerson(browser)).page
    await other.goto(`${relay.httpUrl}/w/${WORKSHOP}/report#token=${participant}`)
    await other
      .getByText('Le rapport est réservé à l’animation et aux observateurs de l’atelier.')
      .waitFor()
  })

  it('downloads the report from the console as a DOCX file', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 2)
    await writeBoards(relay)
    const browser = await launchBrowser()
    const page = await openConsole(browser, relay.httpUrl)
    const card = page.locator('.report-exports')
    await card.getByRole('heading', { name: 'Rapport de consultation' }).waitFor()
    await card.screenshot({ path: join(SCREENSHOTS, 'report-exports.png') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Télécharger le rapport en Word (DOCX)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`report-${WORKSHOP}-fr.docx`)
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bytes.length).toBeGreaterThan(1000)
    // The printable page is one click away, with the facilitator's token.
    expect(
      await card.getByRole('link', { name: 'Ouvrir le rapport imprimable' }).getAttribute('href'),
    ).toMatch(/^\/w\/tanger\/report#token=ey/)
  })
})
