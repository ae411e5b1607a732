import { describe, expect, it } from 'vitest'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { openBoard } from './board-page.js'
import { PLACE, prepareInvitations, statusOf } from './join-page.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const PHONE = { width: 390, height: 844 }

describe.skipIf(!hasChromium)('invitations and joining in the browser', () => {
  it('lets an invitee open the invitation link and confirm, in French or Arabic', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
    const invitations = await prepareInvitations(relay, facilitator)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    page.setDefaultTimeout(30_000)

    await page.goto(invitations.rsvpLink)
    await page.getByRole('heading', { name: 'Votre invitation' }).waitFor()
    const card = page.locator('.join-card')
    await expect.poll(() => card.textContent()).toContain('Bonjour Amina')
    const text = (await card.textContent()) ?? ''
    expect(text).toContain('jeudi 12 mars 2026')
    expect(text).toContain(PLACE)
    expect(text).toContain('Gouvernance')
    expect(text).not.toContain('Alaoui')
    expect(text).not.toContain('amina@exemple.ma')

    await page.getByRole('button', { name: 'Je confirme ma présence' }).click()
    await page.getByText('Merci, votre présence est confirmée').waitFor()
    expect(await statusOf(relay, facilitator, invitations.participantId)).toBe('confirmed')

    await page.getByRole('combobox').selectOption('ar')
    await page.getByRole('button', { name: 'لن أتمكن من الحضور' }).click()
    await page.getByText('شكرًا على إخبارنا').waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await statusOf(relay, facilitator, invitations.participantId)).toBe('declined')

    // On the day, the invitation's join link checks her in and opens her sub-group's board.
    await page.goto(invitations.joinLink)
    await page.waitForURL(/\/w\/tanger\/governance-g2$/)
    await page.locator('.phone').first().waitFor({ timeout: 15_000 })
    expect(await statusOf(relay, facilitator, invitations.participantId)).toBe('attended')
  })

  it('lets a walk-in join a sub-group with the room code and a display name', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitatorToken = await tokenFor({ sub: 'fac', name: 'Khadija' })
    const invitations = await prepareInvitations(relay, facilitatorToken)
    const browser = await launchBrowser()
    const facilitator = await openBoard(browser, relay.httpUrl, 'governance-g3', facilitatorToken)

    const { page } = await newPerson(browser, { viewport: PHONE })
    page.setDefaultTimeout(30_000)
    await page.goto(`${relay.httpUrl}/join`)
    await page.getByLabel('Code affiché à l’écran').fill(invitations.roomCode.toLowerCase())
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Votre nom affiché').fill('Youssef')
    await page.getByRole('button', { name: 'Rejoindre' }).click()
    await page.waitForURL(/\/w\/tanger\/governance-g3$/)
    await page.getByRole('heading', { name: /^Notes du groupe/ }).waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => window.location.hash)).toBe('')

    await facilitator.page.locator('.presence-button').click()
    const present = facilitator.page.getByRole('dialog', { name: 'Personnes présentes' })
    await waitFor(
      async () => ((await present.textContent()) ?? '').includes('Youssef'),
      10_000,
      () => 'Youssef is not in the facilitator’s presence list',
    )
    // A walk-in is nobody on the guest list: the invitee's status is untouched.
    expect(await statusOf(relay, facilitatorToken, invitations.participantId)).toBe('invited')
  })
})
