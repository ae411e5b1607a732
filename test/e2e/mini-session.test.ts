import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { getSessionTemplate } from '@atelier/toolkit'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { ROOT } from '../helpers/process.js'
import { startRelay } from '../helpers/relay.js'
import {
  STEP_MS,
  bodyText,
  boardVoteButton,
  openFromConsole,
  phoneCard,
  rankedOn,
  shown,
  voteOnPhone,
  writeOnBoard,
  writeOnPhone,
} from './mini-session-page.js'
import {
  WORKSHOP,
  countdownOf,
  countdownsAgree,
  expectCountdownsAgree,
  openConsole,
  participantToken,
} from './session-page.js'

const governance = getSessionTemplate('governance')!
const BRAINSTORM = governance.agenda.find((phase) => phase.kind === 'brainstorm')!
const SCENARIO = governance.scenarios[0]!
const BOARD = 'governance-g1'
const PHONE = { width: 390, height: 844 }
const SESSION_BAR = 'section.session-bar'
const SHOTS = join(ROOT, 'docs/screenshots')
const NOTES = {
  amina: ['Former les agents à repérer les fausses alertes', 'Publier les démentis en darija'],
  bilal: 'Un guichet unique pour signaler la haine en ligne',
} as const
const ALL_NOTES = [...NOTES.amina, NOTES.bilal]

/** Waits until a page's scenario panel shows this inject as the newest. */
async function showsInject(page: Page, inject: string): Promise<void> {
  await page.locator(`section.scenario-panel .scenario-newest[data-inject="${inject}"]`).waitFor()
}

describe.skipIf(!hasChromium)('a whole mini-session, from the console to the ranked result', () => {
  it('runs Governance from template to scenario: private writing, reveal, a vote within budget, one result everywhere, synchronised countdowns', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const browser = await launchBrowser()
    const facilitator = await openConsole(browser, relay.httpUrl)
    facilitator.setDefaultTimeout(STEP_MS)

    // The facilitator creates the consultation from the Governance template: four sub-groups.
    const form = facilitator.locator('form.console-create')
    await form.getByLabel('Titre de la consultation').fill('Consultations sectorielles — Tanger')
    await form.getByRole('checkbox', { name: new RegExp(governance.title.fr) }).check()
    expect(await form.getByLabel('Sous-groupes par session').inputValue()).toBe('4')
    await form.getByRole('button', { name: 'Créer la consultation' }).click()
    const session = facilitator.locator('section[data-session="governance"]')
    await session.getByRole('heading', { name: `Session 1 — ${governance.title.fr}` }).waitFor()
    const rows = session.getByRole('table').locator('tbody tr')
    await expect.poll(() => rows.count(), { timeout: STEP_MS }).toBe(5)

    // Starts the brainstorm and sets the writing to private.
    await session
      .getByRole('button', { name: `Démarrer l’étape « ${BRAINSTORM.title.fr} »` })
      .click()
    await session.locator('.console-now-title').filter({ hasText: BRAINSTORM.title.fr }).waitFor()
    const writing = session.locator('.drafts-console')
    const privately = writing.getByRole('radio', { name: 'Écriture privée' })
    await privately.click()
    await expect.poll(() => privately.isChecked(), { timeout: STEP_MS }).toBe(true)

    // The facilitator's board and the projector, opened from the console; two participants of
    // sub-group 1, Amina on her phone and Bilal on a laptop.
    const board = await openFromConsole(facilitator, BOARD, 'board')
    const projector = await openFromConsole(facilitator, BOARD, 'projector')
    const address = `${relay.httpUrl}/w/${WORKSHOP}/${BOARD}`
    const aminaToken = await participantToken('p-amina', 'Amina')
    const phoneDevice = await newPerson(browser, { viewport: PHONE })
    const phone = phoneDevice.page
    const laptop = (await newPerson(browser)).page
    for (const page of [phone, laptop]) page.setDefaultTimeout(STEP_MS)
    await phone.goto(`${address}?view=phone#token=${aminaToken}`)
    await laptop.goto(`${address}?view=board#token=${await participantToken('p-bilal', 'Bilal')}`)
    await phone.locator('.drafts-phone[data-writing="private"]').waitFor()
    await laptop.locator('.drafts-board[data-writing="private"]').waitFor()
    for (const page of [phone, laptop, board, projector]) {
      await page.locator(SESSION_BAR).getByRole('heading', { name: BRAINSTORM.title.fr }).waitFor()
    }

    // Each writes privately: nobody else sees the notes, the projector included.
    await writeOnPhone(phone, NOTES.amina[0], 1)
    await writeOnPhone(phone, NOTES.amina[1], 2)
    await writeOnBoard(laptop, NOTES.bilal, 1)
    const reveal = writing.getByRole('button', { name: 'Dévoiler 3 notes' })
    await reveal.waitFor()
    for (const page of [phone, laptop, board, projector, facilitator]) {
      const text = await bodyText(page)
      for (const note of NOTES.amina) {
        if (page === phone) expect(text).toContain(note)
        else expect(text).not.toContain(note)
      }
      if (page === laptop) expect(text).toContain(NOTES.bilal)
      else expect(text).not.toContain(NOTES.bilal)
    }

    // The facilitator reveals: all three notes appear on every screen.
    await reveal.click()
    for (const page of [phone, laptop, board, projector]) {
      for (const note of ALL_NOTES) {
        await expect.poll(() => shown(page, note), { timeout: STEP_MS }).toBeGreaterThan(0)
      }
    }
    await phone.getByRole('heading', { name: 'Mes notes privées (0)' }).waitFor()

    // The facilitator opens voting with a budget of two.
    const budget = session.getByLabel('Votes par participant')
    expect(await budget.inputValue()).toBe('3')
    await budget.fill('2')
    const nowCard = session.locator('.console-now-card')
    mkdirSync(SHOTS, { recursive: true })
    await nowCard.screenshot({ path: join(SHOTS, 'console-vote-budget.png') })
    await session.getByRole('button', { name: 'Ouvrir le vote' }).click()
    await session.getByText('Budget : 2 par participant').waitFor()
    await nowCard.screenshot({ path: join(SHOTS, 'console-vote-open.png') })
    await phone.getByText('2 votes restants', { exact: true }).waitFor()
    // While the round is open the phone shows Amina's own vote, never a count.
    for (const note of ALL_NOTES) {
      const card = phoneCard(phone, note)
      await card.getByRole('button', { name: 'Voter', exact: true }).waitFor()
      expect(await card.locator('.phone-vote-count').count()).toBe(0)
      expect(await card.textContent()).not.toMatch(/\d+ votes?\b/)
    }

    // Amina votes for Bilal's note on her phone, and for her first note from a second tab.
    await voteOnPhone(phone, NOTES.bilal)
    await phone.getByText('1 vote restant', { exact: true }).waitFor()
    await phoneCard(phone, NOTES.bilal).getByRole('button', { name: 'Voté', exact: true }).waitFor()
    const tab = await phoneDevice.context.newPage()
    tab.setDefaultTimeout(STEP_MS)
    await tab.goto(`${address}?view=phone#token=${aminaToken}`)
    await tab.getByText('1 vote restant', { exact: true }).waitFor()
    await voteOnPhone(tab, NOTES.amina[0])
    await tab.getByText('0 vote restant', { exact: true }).waitFor()
    expect(
      await phoneCard(tab, NOTES.amina[1])
        .getByRole('button', { name: 'Voter', exact: true })
        .isDisabled(),
    ).toBe(true)
    await tab.close()
    // The phone did not hear of the tab's vote: a third vote, and the relay refuses it.
    await voteOnPhone(phone, NOTES.amina[1])
    await phone
      .getByText('Vote refusé : vous avez utilisé tous vos votes. Retirez-en un d’abord.')
      .waitFor()
    await phone.getByText('0 vote restant', { exact: true }).waitFor()
    await phone.getByText('Plus de votes : retirez-en un pour voter ailleurs.').waitFor()
    await phone
      .locator('section.phone-notes')
      .screenshot({ path: join(SHOTS, 'phone-vote-secret.png') })

    // Bilal votes from the laptop's board for his note and Amina's second; no third one.
    await (await boardVoteButton(laptop, NOTES.bilal)).click()
    await laptop.getByText('1 vote restant', { exact: true }).waitFor()
    await (await boardVoteButton(laptop, NOTES.amina[1])).click()
    await laptop.getByText('0 vote restant', { exact: true }).waitFor()
    expect(await (await boardVoteButton(laptop, NOTES.amina[0])).isDisabled()).toBe(true)

    // The facilitator closes voting: one ranked result on every screen.
    await session.getByRole('button', { name: 'Clore le vote' }).click()
    await session.getByText('Vote clos', { exact: true }).waitFor()
    const ranked = await rankedOn(board)
    expect(ranked[0]).toBe(`1. ${NOTES.bilal} 2 votes`)
    expect(ranked.slice(1).sort()).toEqual(NOTES.amina.map((note) => `2. ${note} 1 vote`).sort())
    for (const page of [projector, phone, laptop]) {
      expect(await rankedOn(page)).toEqual(ranked)
    }
    // After the close the phone shows the counts.
    await phoneCard(phone, NOTES.bilal).getByText('2 votes', { exact: true }).waitFor()
    await phoneCard(phone, NOTES.amina[0]).getByText('1 vote', { exact: true }).waitFor()
    await phoneCard(phone, NOTES.bilal).screenshot({ path: join(SHOTS, 'phone-vote-closed.png') })

    // A scenario round: the participants' screens follow the facilitator's injects.
    const scenario = session.getByRole('region', { name: 'Mise en situation' })
    await scenario.getByLabel('Scénario').selectOption(SCENARIO.id)
    await scenario.getByRole('button', { name: 'Lancer le scénario' }).click()
    for (const page of [phone, laptop]) await showsInject(page, SCENARIO.injects[0]!.id)
    await scenario.getByRole('button', { name: /élément suivant/i }).click()
    for (const page of [phone, laptop]) await showsInject(page, SCENARIO.injects[1]!.id)

    // Amina's phone drops off while the facilitator adds a minute, then reloads: it shows the
    // console's remaining time to within a second.
    const onConsole = () => countdownOf(facilitator, '.console-now-card')
    const onPhone = () => countdownOf(phone, SESSION_BAR)
    await phoneDevice.context.setOffline(true)
    await phone.locator('[role="status"][data-status="offline"]').first().waitFor()
    const before = await onConsole()
    await session.getByRole('button', { name: 'Ajouter une minute au minuteur' }).click()
    await expect.poll(onConsole, { timeout: STEP_MS }).toBeGreaterThan(before + 30)
    await phoneDevice.context.setOffline(false)
    await phone.reload()
    await phone.locator(SESSION_BAR).getByRole('timer', { name: 'Temps restant' }).waitFor()
    await expectCountdownsAgree(onConsole, onPhone, STEP_MS)
    const { agree, readings } = await countdownsAgree(onConsole, onPhone)
    expect(agree, `console / phone / console: ${readings.join(' / ')} s`).toBe(true)
    // A running countdown with time left, not two screens that both ran out.
    expect(readings[1]).toBeGreaterThan(60)
    expect(
      await facilitator.locator('.console-now-card .session-countdown').getAttribute('data-state'),
    ).toBe('running')
  }, 240_000)
})
