import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { ROOT } from '../helpers/process.js'
import { startRelay } from '../helpers/relay.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

const BOARD = 'governance-g1'
const SHOTS = join(ROOT, 'docs/screenshots')

/** Everything a page's document says, hidden parts included (the accessible note list). */
function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '')
}

/** How many of a page's note lists (board, projector, phone) show a note with this text. */
function shown(page: Page, text: string): Promise<number> {
  return page.locator('li:not(.drafts-item)', { hasText: text }).count()
}

describe.skipIf(!hasChromium)('private writing, reveal and moderation in the browser', () => {
  it('keeps two participants’ private notes off every screen until the facilitator reveals them, then moderates', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const facilitator = await facilitatorToken()
    const set = await callApi(relay.httpUrl, facilitator, '/sessions/governance/control', {
      action: 'writing',
      mode: 'private',
    })
    expect(set.status).toBe(200)
    const browser = await launchBrowser()
    const console = await openConsole(browser, relay.httpUrl)
    const board = (url: string) => `${relay.httpUrl}/w/${WORKSHOP}/${BOARD}${url}`

    const phone = (await newPerson(browser, { viewport: { width: 390, height: 844 } })).page
    await phone.goto(board(`#token=${await participantToken('p-amina', 'Amina')}`))
    const laptop = (await newPerson(browser)).page
    await laptop.goto(board(`#token=${await participantToken('p-bilal', 'Bilal')}`))
    const projector = (await newPerson(browser)).page
    await projector.goto(board(`?view=projector#token=${facilitator}`))
    for (const page of [phone, laptop, projector]) page.setDefaultTimeout(30_000)

    // Amina writes on her phone, Bilal anonymously on the board: each sees only their own.
    await phone.getByLabel('Votre note').fill('Manque de formation des agents')
    await phone.getByRole('button', { name: 'Ajouter la note' }).click()
    await phone.getByRole('heading', { name: 'Mes notes privées (1)' }).waitFor()
    await phone.getByText('En attente du dévoilement').waitFor()
    const panel = laptop.locator('.drafts-board')
    await panel.getByLabel('Votre note').fill('Rumeurs virales en darija')
    await panel.getByRole('checkbox', { name: /Anonyme/ }).check()
    await panel.getByRole('button', { name: 'Garder ma note' }).click()
    await panel.getByRole('heading', { name: 'Mes notes privées (1)' }).waitFor()

    const card = console.locator('section[data-session="governance"] .drafts-console')
    const reveal = card.getByRole('button', { name: 'Dévoiler 2 notes' })
    await reveal.waitFor()
    for (const page of [phone, laptop, projector, console]) {
      const text = await bodyText(page)
      if (page !== phone) expect(text).not.toContain('Manque de formation')
      if (page !== laptop) expect(text).not.toContain('Rumeurs virales')
    }

    await reveal.click()
    for (const page of [phone, laptop, projector]) {
      for (const text of ['Rumeurs virales en darija', 'Manque de formation des agents']) {
        await expect.poll(() => shown(page, text), { timeout: 15_000 }).toBeGreaterThan(0)
      }
    }
    await phone.getByRole('heading', { name: 'Mes notes privées (0)' }).waitFor()
    // The projector's accessible note list carries both, Bilal's without his name.
    const listed = projector.locator('.note-list li', { hasText: 'Rumeurs virales' })
    await listed.waitFor()
    expect(await listed.textContent()).not.toContain('Bilal')

    // Moderated: one note released, one held.
    await card.getByRole('radio', { name: 'Écriture modérée' }).check()
    await laptop.locator('.drafts-board[data-writing="moderated"]').waitFor()
    await phone.getByLabel('Votre note').fill('Créer un point de signalement')
    await phone.getByRole('button', { name: 'Ajouter la note' }).click()
    await phone.getByText('En attente de l’animation').waitFor()
    await panel.getByLabel('Votre note').fill('Témoignage de harcèlement en ligne')
    await panel.getByRole('checkbox', { name: /Anonyme/ }).check()
    await panel.getByRole('button', { name: 'Garder ma note' }).click()

    const queue = card.locator('.drafts-queue')
    const signed = queue.locator('li', { hasText: 'Créer un point de signalement' })
    const sensitive = queue.locator('li', { hasText: 'Témoignage de harcèlement' })
    await signed.waitFor()
    await sensitive.waitFor()
    expect(await signed.locator('.drafts-author').textContent()).toBe('Amina')
    expect(await sensitive.locator('.drafts-author').textContent()).toBe('Anonyme')
    mkdirSync(SHOTS, { recursive: true })
    await card.screenshot({ path: join(SHOTS, 'moderation.png') })

    await sensitive.getByRole('button', { name: 'Garder' }).click()
    await sensitive.locator('[data-status="held"]').first().waitFor()
    await signed.getByRole('button', { name: 'Publier' }).click()
    await expect
      .poll(() => shown(projector, 'Créer un point de signalement'), { timeout: 15_000 })
      .toBeGreaterThan(0)
    await laptop.getByText('Gardée par l’animation').waitFor()
    for (const page of [phone, projector]) {
      expect(await bodyText(page)).not.toContain('Témoignage de harcèlement')
    }
  })
})
