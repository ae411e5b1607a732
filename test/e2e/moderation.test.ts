import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addNote, listNotes } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { noteItem } from './board-page.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

const BOARD = 'governance-g1'
const HIDDEN = 'Nom et téléphone d’un voisin'
const KEPT = 'Rumeurs sur les réseaux'
const PHONE = { width: 390, height: 844 }

function boardUrl(httpUrl: string, board: string, token: string, view: string): string {
  return `${httpUrl}/w/${WORKSHOP}/${board}?view=${view}#token=${token}`
}

/** The phone's list of notes (cards), by their text. */
function phoneNote(page: Page, text: string) {
  return page.locator('.phone-main').getByText(text, { exact: true })
}

const conduct = (page: Page) => page.getByRole('dialog', { name: 'Charte de l’atelier' })

describe.skipIf(!hasChromium)('moderation and safe space', () => {
  it('asks for the code of conduct once, hides a note, locks the boards and calls everyone to the plenary', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const seed = await syncedClient(relay.syncUrl, `${WORKSHOP}/${BOARD}`, await tokenFor())
    addNote(seed.doc, { category: 'risk', x: 80, y: 80, text: HIDDEN })
    addNote(seed.doc, { category: 'finding', x: 320, y: 80, text: KEPT })
    const browser = await launchBrowser()

    // Amina's phone has never accepted the code: it is asked, in a modal dialog, then not again.
    const amina = (await newPerson(browser, { viewport: PHONE, askConduct: true })).page
    amina.setDefaultTimeout(30_000)
    await amina.goto(boardUrl(relay.httpUrl, BOARD, await participantToken(), 'phone'))
    await conduct(amina).waitFor()
    await expect.poll(() => conduct(amina).getByRole('listitem').count()).toBe(5)
    await amina.keyboard.press('Escape')
    expect(await conduct(amina).isVisible()).toBe(true)
    await conduct(amina).getByRole('button', { name: 'J’accepte la charte' }).click()
    await conduct(amina).waitFor({ state: 'detached' })
    await amina.reload()
    await phoneNote(amina, KEPT).waitFor()
    // The code comes with a chunk loaded after the board: once the network is idle, it is here.
    await amina.waitForLoadState('networkidle')
    await amina.waitForTimeout(300)
    expect(await conduct(amina).count()).toBe(0)

    const karim = (await newPerson(browser)).page
    karim.setDefaultTimeout(30_000)
    await karim.goto(
      boardUrl(relay.httpUrl, BOARD, await participantToken('p-karim', 'Karim'), 'board'),
    )
    await noteItem(karim, HIDDEN).waitFor()
    const facilitator = (await newPerson(browser)).page
    facilitator.setDefaultTimeout(30_000)
    await facilitator.goto(boardUrl(relay.httpUrl, BOARD, await facilitatorToken(), 'board'))
    await noteItem(facilitator, HIDDEN).waitFor()

    // The facilitator hides a note: gone from the participants' screens, marked on theirs.
    await noteItem(facilitator, HIDDEN).focus()
    await facilitator.getByRole('button', { name: 'Masquer aux participants' }).click()
    await noteItem(karim, HIDDEN).waitFor({ state: 'detached' })
    await phoneNote(amina, HIDDEN).waitFor({ state: 'detached' })
    await waitFor(
      async () => ((await noteItem(facilitator, HIDDEN).textContent()) ?? '').includes('masquée'),
      10_000,
    )
    expect(await noteItem(karim, KEPT).count()).toBe(1)
    await facilitator.getByRole('button', { name: 'Afficher à nouveau' }).waitFor()
    // Kept for the record: still in the document, marked hidden.
    expect(listNotes(seed.doc).find((note) => note.text === HIDDEN)?.hidden).toBe(true)

    // Lock: the phone's composer is disabled with a visible note, the board is read-only.
    const locked = await callApi(
      relay.httpUrl,
      await facilitatorToken(),
      '/sessions/governance/control',
      {
        action: 'lock',
        locked: true,
      },
    )
    expect(locked.status).toBe(200)
    await amina.getByTestId('lock-notice').waitFor()
    await expect.poll(() => amina.getByLabel('Votre note').isDisabled()).toBe(true)
    await karim.getByTestId('lock-notice').waitFor()
    await karim.getByText('Lecture seule').first().waitFor()
    expect(await karim.getByRole('toolbar', { name: 'Outils du tableau' }).count()).toBe(0)
    // The facilitator still edits: a note's text, through the detail panel.
    await noteItem(facilitator, KEPT).focus()
    await facilitator.getByLabel('Texte').first().fill('Rumeurs sur les réseaux sociaux')
    await noteItem(karim, 'Rumeurs sur les réseaux sociaux').waitFor()
    expect(await facilitator.getByTestId('lock-notice').count()).toBe(0)

    // Everyone to the plenary, from the console: Karim's board moves there, and back after.
    const desk = await openConsole(browser, relay.httpUrl)
    await desk.getByRole('button', { name: 'Tout le monde en plénière' }).click()
    await karim.getByTestId('gather-banner').waitFor()
    await karim.waitForURL(/\/w\/tanger\/governance-plenary/, { timeout: 15_000 })
    await karim.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
    await amina.waitForURL(/\/w\/tanger\/governance-plenary\?view=phone/, { timeout: 15_000 })
    // The facilitator's own board stays where it is.
    expect(facilitator.url()).toContain(`/w/tanger/${BOARD}`)
    await desk.getByRole('button', { name: 'Renvoyer dans les groupes' }).click()
    await karim.getByRole('button', { name: 'Retour à mon groupe' }).click()
    await karim.waitForURL(new RegExp(`/w/tanger/${BOARD}`))
    await noteItem(karim, KEPT.slice(0, 10)).first().waitFor()
  })
})
