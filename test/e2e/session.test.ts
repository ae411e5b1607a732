import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addNote } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, waitFor } from '../helpers/relay.js'
import {
  WORKSHOP,
  callApi,
  countdownOf,
  countdownsAgree,
  createConsultation,
  expectCountdownsAgree,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

const governance = getSessionTemplate('governance')!
/** A phase long enough that no countdown in the test reaches its end by itself. */
const PHASE = governance.agenda.find((phase) => phase.minutes >= 20 && phase.questions.length > 0)!
const SESSION_BAR = 'section.session-bar'

async function startPhaseFromConsole(facilitator: Page, title: string): Promise<void> {
  await facilitator.getByRole('button', { name: `Démarrer l’étape « ${title} »` }).click()
  await facilitator
    .locator('.console-now-title')
    .filter({ hasText: title })
    .waitFor({ timeout: 10_000 })
}

describe.skipIf(!hasChromium)('the session on every screen', () => {
  it('shows the phase the facilitator starts, with a running countdown, on a board and on a phone', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const browser = await launchBrowser()
    const facilitator = await openConsole(browser, relay.httpUrl)

    const board = (await newPerson(browser)).page
    await board.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g1?view=board#token=${await participantToken()}`,
    )
    const phone = (await newPerson(browser, { viewport: { width: 390, height: 844 } })).page
    await phone.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=phone#token=${await participantToken('p-karim', 'Karim')}`,
    )
    await phone.getByRole('heading', { name: /^Notes du groupe/ }).waitFor({ timeout: 15_000 })
    await board.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })

    // A note someone else adds to the group is read out on the phone; the board's own content
    // at load is not news.
    const other = await syncedClient(
      relay.syncUrl,
      `${WORKSHOP}/governance-g2`,
      await participantToken('p-amina', 'Amina'),
    )
    addNote(other.doc, { category: 'need', x: 40, y: 1400, text: 'Un guichet unique' })
    await expect
      .poll(() =>
        phone
          .getByRole('status')
          .filter({ hasText: 'Nouvelle note dans le groupe : Un guichet unique' })
          .count(),
      )
      .toBe(1)

    await startPhaseFromConsole(facilitator, PHASE.title.fr)

    for (const page of [board, phone]) {
      const bar = page.locator(SESSION_BAR)
      await bar.getByRole('heading', { name: PHASE.title.fr }).waitFor({ timeout: 10_000 })
      const first = await countdownOf(page, SESSION_BAR)
      expect(first).toBeGreaterThan(PHASE.minutes * 60 - 30)
      expect(first).toBeLessThanOrEqual(PHASE.minutes * 60)
      // Running: it goes down while the page is watched.
      await waitFor(async () => (await countdownOf(page, SESSION_BAR)) < first, 5000)
      expect(await bar.getByRole('timer').getAttribute('aria-label')).toBe('Temps restant')
    }
    // The board shows the phase's guiding questions behind a toggle; the phone too.
    const toggle = phone.locator(SESSION_BAR).getByRole('button', { name: /^Voir / })
    await toggle.click()
    await expect
      .poll(() => phone.locator(SESSION_BAR).getByRole('listitem').first().textContent())
      .toBe(PHASE.questions[0]!.text.fr)

    // Pause from the console: every screen holds the same time.
    await facilitator.getByRole('button', { name: 'Mettre en pause' }).click()
    for (const page of [board, phone]) {
      await page
        .locator(SESSION_BAR)
        .getByRole('timer', { name: 'En pause' })
        .waitFor({ timeout: 10_000 })
    }
    const held = await countdownOf(board, SESSION_BAR)
    expect(await countdownOf(phone, SESSION_BAR)).toBe(held)
    expect(await countdownOf(facilitator, '.console-now-card')).toBe(held)

    // The facilitator locks the boards: participants see who locked them.
    await facilitator.getByRole('button', { name: 'Verrouiller les tableaux' }).click()
    await board
      .locator(SESSION_BAR)
      .getByText('Tableau verrouillé par l’animateur')
      .waitFor({ timeout: 10_000 })
    // Screen readers hear it, in a polite live region.
    for (const page of [board, phone]) {
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: 'L’animateur a verrouillé le tableau.' })
            .count(),
        )
        .toBe(1)
    }

    // The time runs out (the API takes an hour off): the screens say so, and announce it.
    await facilitator.getByRole('button', { name: 'Reprendre' }).click()
    await board.locator(SESSION_BAR).getByRole('timer', { name: 'Temps restant' }).waitFor()
    const ended = await callApi(
      relay.httpUrl,
      await facilitatorToken(),
      '/sessions/governance/control',
      {
        action: 'addTime',
        ms: -3600_000,
      },
    )
    expect(ended.status).toBe(200)
    for (const page of [board, phone]) {
      await page
        .locator(SESSION_BAR)
        .getByRole('timer', { name: 'Temps écoulé' })
        .waitFor({ timeout: 10_000 })
      expect(await countdownOf(page, SESSION_BAR)).toBe(0)
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Temps écoulé pour' }).count())
        .toBe(1)
    }
  })

  it('shows a reconnected participant the same remaining time as the facilitator, whatever its own clock says', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const browser = await launchBrowser()
    const facilitator = await openConsole(browser, relay.httpUrl)
    await startPhaseFromConsole(facilitator, PHASE.title.fr)

    // The participant's laptop clock is four minutes fast: only the relay's clock is trusted.
    const participant = await newPerson(browser)
    await participant.context.clock.setSystemTime(Date.now() + 4 * 60_000)
    const page = participant.page
    page.setDefaultTimeout(30_000)
    await page.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g1#token=${await participantToken()}`,
    )
    await page.locator(SESSION_BAR).getByRole('heading', { name: PHASE.title.fr }).waitFor()
    const skew = (await page.evaluate(() => Date.now())) - Date.now()
    expect(skew).toBeGreaterThan(3.5 * 60_000)

    const onConsole = () => countdownOf(facilitator, '.console-now-card')
    const onPage = () => countdownOf(page, SESSION_BAR)
    await expectCountdownsAgree(onConsole, onPage)

    // Offline, the participant misses a minute the facilitator adds…
    await participant.context.setOffline(true)
    await page.locator('[role="status"][data-status="offline"]').first().waitFor()
    await facilitator.getByRole('button', { name: 'Ajouter une minute au minuteur' }).click()
    await waitFor(async () => (await onConsole()) - (await onPage()) >= 55, 10_000)

    // …and shows it once back, to within a second of the facilitator's console.
    await participant.context.setOffline(false)
    await page.locator('[role="status"][data-status="online"]').first().waitFor()
    await expectCountdownsAgree(onConsole, onPage)
    const { agree, readings } = await countdownsAgree(onConsole, onPage)
    expect(agree, `console / participant / console: ${readings.join(' / ')} s`).toBe(true)
  })
})
