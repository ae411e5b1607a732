import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { dependenciesOf, getNote, listNotes, setControl } from '@atelier/model'
import { missingKeys, rawKeysOn } from './a11y-page.js'
import { ensureWebBuilt } from './helpers/app.js'
import { FAILING, scan } from './helpers/axe.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { nodeBoard } from './plenary-page.js'
import { ROADMAP_BOARD, decidePriorities } from './roadmap-page.js'
import { WORKSHOP, callApi, createConsultation, facilitatorToken } from './session-page.js'
import { syncedClient } from '../helpers/clients.js'
import { ROOT } from '../helpers/process.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const PHONE = { width: 390, height: 844 }
const SCREENSHOT = join(ROOT, 'docs/screenshots/phone-roadmap-sheet.png')

const TRAINING = 'Former les agents municipaux aux signalements'
const DESK = 'Créer un guichet unique de signalement en ligne'
const RESPONSIBLE = 'Wilaya de Tanger-Tétouan-Al Hoceïma'
const PARTNER = 'Association Tanger Jeunesse'

/**
 * The web app the relay serves: apps/web/dist, or `E2E_WEB_DIR`, a build of one's own that
 * another build of apps/web/dist cannot replace in the middle of a run.
 */
const webDir = (): string => process.env.E2E_WEB_DIR ?? ensureWebBuilt()

/** Runs in the page before its scripts: this device's person chose `language`. */
function chooseLanguage(language: string): void {
  window.localStorage.setItem('atelier:language', language)
}

/** Opens the roadmap board on a 390 × 844 phone, in `language`, and waits for the desk's card. */
async function openPhone(
  relay: RunningRelay,
  token: string,
  language: 'fr' | 'ar',
  browser: Awaited<ReturnType<typeof launchBrowser>>,
): Promise<Page> {
  const { context, page } = await newPerson(browser, { viewport: PHONE })
  await context.addInitScript(chooseLanguage, language)
  page.setDefaultTimeout(30_000)
  await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/${ROADMAP_BOARD}?view=phone#token=${token}`)
  await card(page, DESK).waitFor()
  return page
}

function card(page: Page, text: string): Locator {
  return page.locator('li.phone-note').filter({ hasText: text })
}

/** The sheet's visible controls, and those smaller than a fingertip (44 × 44 px). */
async function smallControls(sheet: Locator): Promise<{ count: number; small: string[] }> {
  return sheet.evaluate((dialog) => {
    const controls = dialog.querySelectorAll<HTMLElement>('button, select, textarea, input')
    const visible = Array.from(controls).filter((control) => control.getClientRects().length > 0)
    const small = visible.filter((control) => {
      const box = control.getBoundingClientRect()
      return box.width < 44 || box.height < 44
    })
    return {
      count: visible.length,
      small: small.map((control) => control.getAttribute('aria-label') ?? control.outerHTML),
    }
  })
}

/** What axe-core finds serious or critical on the page as it is now (see a11y.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  return (await scan(page))
    .filter((violation) => FAILING.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.targets.length})`)
}

/** How far the sheet's content reaches past its own width (a sideways scroll), in pixels. */
function sidewaysOverflow(sheet: Locator): Promise<number> {
  return sheet.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth)
}

describe.skipIf(!hasChromium)('a roadmap action’s sheet on the phone', () => {
  it('lets a participant fill an action’s sheet and dependencies from a phone, seen by others and read-only to an observer', async () => {
    const relay = await startRelay({ WEB_DIR: webDir() })
    await createConsultation(relay.httpUrl)
    const facilitator = await facilitatorToken()

    // The plenary validated two priorities; the facilitator pulls them onto the roadmap.
    const plenary = await nodeBoard(relay.syncUrl, 'governance-plenary', facilitator)
    decidePriorities(plenary.doc, [
      { text: TRAINING, decision: { verdict: 'agreed', priority: 'high' } },
      {
        text: DESK,
        decision: { verdict: 'reservations', reservation: 'Budget', priority: 'medium' },
      },
    ])
    const pulled = await callApi(relay.httpUrl, facilitator, '/roadmap/pull', {})
    expect(pulled).toMatchObject({ status: 200, body: { added: 2 } })

    // Someone watching the roadmap from another client.
    const watcher = await syncedClient(relay.syncUrl, `${WORKSHOP}/${ROADMAP_BOARD}`, facilitator)
    await waitFor(() => listNotes(watcher.doc).length === 2)
    const idOf = (text: string) => listNotes(watcher.doc).find((note) => note.text === text)!.id
    const training = idOf(TRAINING)
    const desk = idOf(DESK)

    // Amina opens the desk's sheet from its card.
    const browser = await launchBrowser()
    const participant = await tokenFor({
      sub: 'p-amina',
      name: 'Amina',
      role: 'participant',
      workshop: WORKSHOP,
    })
    const phone = await openPhone(relay, participant, 'fr', browser)
    // The sheet's code is fetched when a sheet first opens, not with the page's.
    const loaded = () =>
      phone.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    const sheetCode = (urls: string[]) => urls.filter((url) => /\/ActionSheetDialog-/.test(url))
    const before = await loaded()
    expect(before.some((url) => /\/phone\/assets\/phone-start-/.test(url))).toBe(true)
    expect(sheetCode(before)).toEqual([])
    const opener = card(phone, DESK).getByRole('button', { name: 'Fiche action' })
    await opener.click()
    const sheet = phone.getByRole('dialog', { name: 'Fiche action' })
    await sheet.waitFor()
    expect(sheetCode(await loaded()).filter((url) => url.endsWith('.js'))).toHaveLength(1)
    expect(await sheet.locator('blockquote').textContent()).toContain(DESK)
    // The focus is in the sheet, on its close button.
    const closer = sheet.getByRole('button', { name: 'Fermer' })
    expect(await closer.evaluate((button) => button === document.activeElement)).toBe(true)
    await sheet.getByTestId('roadmap-schedule').filter({ hasText: '3 à 6 mois' }).waitFor()

    // She writes the responsible actor, adds a partner and a dependency on the training.
    await sheet.getByLabel('Acteur responsable').fill(RESPONSIBLE)
    const partner = sheet.getByLabel('Partenaires', { exact: true }).and(phone.locator('input'))
    await partner.fill(PARTNER)
    await partner.press('Enter')
    await sheet.locator('.roadmap-partners li').filter({ hasText: PARTNER }).waitFor()
    await sheet.getByLabel('Dépend de…').selectOption({ label: TRAINING })
    await sheet.getByRole('button', { name: 'Ajouter la dépendance' }).click()
    await sheet.getByTestId('depends-on').filter({ hasText: TRAINING }).waitFor()

    // Every control of the sheet takes a finger, and nothing scrolls sideways.
    const sizes = await smallControls(sheet)
    expect(sizes.count).toBeGreaterThanOrEqual(10)
    expect(sizes.small).toEqual([])
    expect(await sidewaysOverflow(sheet)).toBeLessThanOrEqual(0)
    expect(await seriousViolations(phone)).toEqual([])
    expect(await missingKeys(phone)).toEqual([])
    expect(await rawKeysOn(phone)).toEqual([])
    await sheet.evaluate((dialog) => dialog.scrollTo(0, 0))
    await phone.screenshot({ path: SCREENSHOT })

    // The watcher's document has the fields and the dependency.
    await waitFor(() => getNote(watcher.doc, desk)?.action?.partners?.includes(PARTNER) === true)
    await waitFor(() => dependenciesOf(watcher.doc, desk).includes(training))
    expect(getNote(watcher.doc, desk)?.action).toMatchObject({
      responsible: RESPONSIBLE,
      partners: [PARTNER],
    })

    // Escape closes the sheet and gives the focus back to the button that opened it.
    await phone.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true)

    // The training's sheet shows the desk waits for it.
    await card(phone, TRAINING).getByRole('button', { name: 'Fiche action' }).click()
    await sheet.getByTestId('needed-by').filter({ hasText: DESK }).waitFor()
    await closer.click()
    await sheet.waitFor({ state: 'detached' })

    // An observer's phone, in Arabic: the same sheet, right to left, with nothing to change.
    const observer = await tokenFor({
      sub: 'o-karim',
      name: 'Karim',
      role: 'observer',
      workshop: WORKSHOP,
    })
    const remote = await openPhone(relay, observer, 'ar', browser)
    await card(remote, DESK).getByRole('button', { name: 'بطاقة الإجراء' }).click()
    const seen = remote.getByRole('dialog', { name: 'بطاقة الإجراء' })
    await seen.waitFor()
    expect(
      await seen
        .locator('[data-field="responsible"] .read-only-text')
        .filter({ hasText: RESPONSIBLE })
        .count(),
    ).toBe(1)
    expect(await seen.locator('.roadmap-partners li').allTextContents()).toEqual([PARTNER])
    await seen.getByTestId('depends-on').filter({ hasText: TRAINING }).waitFor()
    expect(await seen.locator('input, textarea, select, .action-sheet button').count()).toBe(0)
    expect(
      await seen
        .locator('fieldset.action-sheet')
        .evaluate((sheet) => getComputedStyle(sheet).direction),
    ).toBe('rtl')
    expect(await sidewaysOverflow(seen)).toBeLessThanOrEqual(0)
    expect((await smallControls(seen)).small).toEqual([])
    expect(await seriousViolations(remote)).toEqual([])
    expect(await missingKeys(remote)).toEqual([])
    expect(await rawKeysOn(remote)).toEqual([])

    // The facilitator locks the board: the participant's open sheet goes read-only.
    await opener.click()
    await sheet.getByLabel('Acteur responsable').waitFor()
    setControl(watcher.doc, { locked: true })
    await sheet.locator('[data-field="responsible"] .read-only-text').waitFor()
    expect(await sheet.locator('input, textarea, select, .action-sheet button').count()).toBe(0)

    plenary.close()
  })
})
