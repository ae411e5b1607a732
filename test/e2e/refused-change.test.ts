import { describe, expect, it } from 'vitest'
import { addNote, getNote, listNotes, updateNote } from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { noteCount, noteItem, openBoard } from './board-page.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const BOARD = 'governance-g1'
const RUMOURS = 'Rumeurs sur WhatsApp'

describe.skipIf(!hasChromium)('a change the relay refuses', () => {
  it('offers a participant whose offline deletion lost the race to the facilitator a way back', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await syncedClient(
      relay.syncUrl,
      `tanger/${BOARD}`,
      await tokenFor({ sub: 'f-1', name: 'Salma', role: 'facilitator' }),
    )
    const id = addNote(facilitator.doc, { category: 'finding', x: 40, y: 40, text: RUMOURS })
    addNote(facilitator.doc, { category: 'need', x: 240, y: 40, text: 'Former les agents' })

    const browser = await launchBrowser()
    const amina = await openBoard(
      browser,
      relay.httpUrl,
      BOARD,
      await tokenFor({ sub: 'p-1', name: 'Amina', role: 'participant' }),
    )
    await noteItem(amina.page, RUMOURS).waitFor()

    // Offline, Amina deletes the note; meanwhile the facilitator hides it (a moderation decision).
    await amina.context.setOffline(true)
    await amina.page.locator('[data-status="offline"]').waitFor()
    await noteItem(amina.page, RUMOURS).focus()
    await amina.page.keyboard.press('Delete')
    await waitFor(async () => (await noteCount(amina.page)) === 1)
    updateNote(facilitator.doc, id, { hidden: true })

    // Back online, her deletion reaches the relay, which refuses to erase the decision.
    await amina.context.setOffline(false)
    const banner = amina.page.getByTestId('refused-change')
    await banner.waitFor({ timeout: 20_000 })
    expect(await banner.textContent()).toContain('Une modification a été refusée')
    expect(getNote(facilitator.doc, id)?.hidden).toBe(true)

    // The way back: this device's copy is dropped and the board loaded again from the relay.
    await banner.getByRole('button', { name: 'Recharger le tableau' }).click()
    await amina.page
      .locator('[role="status"][data-status="online"]')
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 })
    await noteItem(amina.page, 'Former les agents').waitFor()
    expect(await noteCount(amina.page)).toBe(1)
    expect(await amina.page.getByTestId('refused-change').count()).toBe(0)
    // She writes again: her connection is accepted.
    await amina.page.getByRole('button', { name: 'Note', exact: true }).click()
    const editor = amina.page.getByRole('textbox', { name: 'Modifier le texte' })
    await editor.fill('Après le rechargement')
    await editor.press('Escape')
    await waitFor(() => listNotes(facilitator.doc).some((n) => n.text === 'Après le rechargement'))
    expect(getNote(facilitator.doc, id)?.hidden).toBe(true)
  })
})
