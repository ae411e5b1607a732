import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { getSessionTemplate } from '@atelier/toolkit'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { setControl } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay } from '../helpers/relay.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

const governance = getSessionTemplate('governance')!
const scenario = governance.scenarios[0]!
const PANEL = 'section.scenario-panel'

/** Accepts the workshop's code of conduct when the page asks a participant for it. */
async function acceptConduct(page: Page): Promise<void> {
  const dialog = page.locator('dialog.conduct-dialog')
  const asked = await dialog.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  )
  if (asked) await dialog.getByRole('button').last().click()
}

/** The newest inject a page's scenario panel shows, once it shows `id`. */
async function expectNewest(page: Page, id: string): Promise<void> {
  await page.locator(`${PANEL} .scenario-newest[data-inject="${id}"]`).waitFor({ timeout: 8000 })
}

describe.skipIf(!hasChromium)('a scenario round on the participants’ screens', () => {
  it('shows the injects the facilitator reveals from the console on a board and a phone', async () => {
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
    await acceptConduct(board)
    await acceptConduct(phone)
    expect(await board.locator(PANEL).count()).toBe(0)

    // The facilitator picks the scenario and starts it from the console.
    const block = facilitator.getByRole('region', { name: 'Mise en situation' })
    await block.getByLabel('Scénario').selectOption(scenario.id)
    await block.getByRole('button', { name: 'Lancer le scénario' }).click()
    await block
      .getByText(
        `Affiché : élément 1 sur ${scenario.injects.length} — ${scenario.injects[0]!.title.fr}`,
      )
      .waitFor({ timeout: 10_000 })

    for (const page of [board, phone]) {
      await expectNewest(page, scenario.injects[0]!.id)
      const panel = page.locator(PANEL)
      await panel.getByRole('heading', { name: scenario.title.fr }).waitFor()
      expect(await panel.locator('.scenario-newest').textContent()).toContain(
        scenario.injects[0]!.text.fr,
      )
      expect(await panel.locator('.scenario-hint').textContent()).toMatch(/«\sAction\s»/)
      // Its code came when the round started; the start was announced all the same.
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `La mise en situation commence : ${scenario.title.fr}` })
            .count(),
        )
        .toBe(1)
    }
    // The phone keeps the sub-group's questions behind a toggle.
    await phone
      .locator(PANEL)
      .getByRole('button', { name: 'Voir les questions du sous-groupe' })
      .click()
    await expect
      .poll(() => phone.locator(`${PANEL} .scenario-questions li`).first().textContent())
      .toBe(scenario.questions[0]!.text.fr)

    // The facilitator reveals the second inject ahead of its time: both screens show it.
    await block.getByRole('button', { name: /élément suivant/i }).click()
    for (const page of [board, phone]) {
      await expectNewest(page, scenario.injects[1]!.id)
      // The first one stays, as an earlier development.
      await page
        .locator(`${PANEL} .scenario-earlier [data-inject="${scenario.injects[0]!.id}"]`)
        .waitFor()
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Nouvel élément' }).count())
        .toBeGreaterThan(0)
    }
    expect(await phone.locator(`${PANEL} .scenario-progress`).textContent()).toContain(
      `Élément 2 sur ${scenario.injects.length}`,
    )

    // A participant's own call to the control API is refused, and changes nothing.
    for (const body of [
      { action: 'inject' },
      { action: 'endScenario' },
      { action: 'scenario', scenarioId: scenario.id },
    ]) {
      const refused = await callApi(
        relay.httpUrl,
        await participantToken(),
        '/sessions/governance/control',
        body,
      )
      expect(refused.status).toBe(403)
    }
    await board.waitForTimeout(500)
    await expectNewest(board, scenario.injects[1]!.id)

    // The facilitator ends the round: the panel leaves every screen.
    await block.getByRole('button', { name: 'Terminer le scénario' }).click()
    for (const page of [board, phone]) {
      await page.locator(PANEL).waitFor({ state: 'detached', timeout: 8000 })
    }
  })

  it('brings an inject on the timer, on the relay clock, with no move from the facilitator', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const browser = await launchBrowser()
    const phone = (await newPerson(browser, { viewport: { width: 390, height: 844 } })).page
    await phone.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g1?view=phone#token=${await participantToken()}`,
    )
    await phone.getByRole('heading', { name: /^Notes du groupe/ }).waitFor({ timeout: 15_000 })
    await acceptConduct(phone)

    // A round that started long enough ago that its second inject is due in five seconds.
    const facilitator = await syncedClient(
      relay.syncUrl,
      `${WORKSHOP}/governance-g1`,
      await facilitatorToken(),
    )
    const dueInMs = 5000
    const startedAt = Date.now() - scenario.injects[1]!.atMinute * 60_000 + dueInMs
    setControl(facilitator.doc, {
      session: 'governance',
      scenario: { id: scenario.id, inject: 0, startedAt, injectAt: startedAt },
    })
    await expectNewest(phone, scenario.injects[0]!.id)
    await expectNewest(phone, scenario.injects[1]!.id)
    expect(Date.now()).toBeGreaterThanOrEqual(startedAt + scenario.injects[1]!.atMinute * 60_000)
  })
})
