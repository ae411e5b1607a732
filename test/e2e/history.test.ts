import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { listNotes, readRecommendations } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { seedWorkshopBoard } from './board-content.js'
import { openBoard } from './board-page.js'
import {
  SEEDED_TEXT,
  block,
  caretAtEndOfText,
  editorRoom,
  paragraphText,
  until,
} from './editor-page.js'
import {
  expectNoteCount,
  historyButton,
  historyPanel,
  noteListTexts,
  openHistory,
  restoreFromList,
  saveVersion,
  versionItem,
} from './history-page.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser } from './helpers/browser.js'

const salma = { sub: 'f-1', name: 'Salma', role: 'facilitator' } as const
const amina = { sub: 'r-1', name: 'Amina', role: 'rapporteur' } as const
const karim = { sub: 'p-3', name: 'Karim', role: 'participant' } as const

const AGREED = `${SEEDED_TEXT} Validé par le sous-groupe.`
const REPLACED = 'Texte remplacé par erreur.'

/** Selects a recommendation's first paragraph (a triple click) and types `text` over it. */
async function replaceParagraph(page: Page, id: string, text: string) {
  await block(page, id).locator('.rec-block-content p').first().click({ clickCount: 3 })
  await page.keyboard.type(text, { delay: 5 })
}

/** Whether a page downloaded the history panel's chunk. */
function loadedHistoryCode(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('/assets/HistoryControl-')),
  )
}

/** The two stories open four browsers each; on a busy two-core machine they need more than 60 s. */
const MANY_SCREENS = 120_000

describe.skipIf(!hasChromium)('the facilitator’s history panel', () => {
  it(
    'a named version restored brings back the earlier text for every client',
    async () => {
      const room = await editorRoom()
      const id = room.recommendationId
      const rapporteur = await room.open(amina)
      const participant = await room.open(karim)
      const facilitator = await room.open(salma)

      await caretAtEndOfText(rapporteur.page, id)
      await rapporteur.page.keyboard.type(' Validé par le sous-groupe.', { delay: 5 })
      await until(
        async () => readRecommendations(room.seeder.doc)[0]?.text,
        (text) => text === AGREED,
        'the relay to hold the agreed text',
      )

      const panel = await openHistory(facilitator.page)
      await saveVersion(panel, 'Texte validé')
      const saved = versionItem(panel, 'Texte validé')
      expect(await saved.innerText()).toContain('par Salma (vous)')
      expect(await saved.innerText()).toContain('Nommée')

      await replaceParagraph(rapporteur.page, id, REPLACED)
      for (const person of [rapporteur, participant]) {
        await until(
          () => paragraphText(person.page, id),
          (text) => text === REPLACED,
          'replaced',
        )
      }

      await restoreFromList(panel, 'Texte validé')
      for (const [who, person] of [
        ['the rapporteur', rapporteur],
        ['the participant', participant],
      ] as const) {
        await until(
          () => paragraphText(person.page, id),
          (text) => text === AGREED,
          `the agreed text back on ${who}’s screen`,
        )
      }
      expect(readRecommendations(room.seeder.doc)[0]?.text).toBe(AGREED)
      // Nothing left the history: the replaced text is kept as the version before the restore.
      await versionItem(panel, 'Avant la restauration de « Texte validé »').waitFor()
      expect(await panel.locator('.history-item').count()).toBe(2)
    },
    MANY_SCREENS,
  )

  it(
    'a board emptied by one participant’s client is restored by the facilitator with every note in place',
    async () => {
      const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
      const facilitatorToken = await tokenFor(salma)
      const seeder = await syncedClient(relay.syncUrl, 'tanger/g1', facilitatorToken)
      seedWorkshopBoard(seeder.doc)
      const placed = new Map(
        listNotes(seeder.doc).map((note) => [note.id, { x: note.x, y: note.y }]),
      )
      expect(placed.size).toBeGreaterThan(10)
      // The last writer leaves: the relay unloads the board and keeps its state as a version.
      seeder.destroy()
      await waitFor(
        async () => {
          const response = await fetch(`${relay.httpUrl}/api/workshops/tanger/boards/g1/versions`, {
            headers: { Authorization: `Bearer ${facilitatorToken}` },
          })
          const body = (await response.json()) as { versions: { reason: string }[] }
          return body.versions.some((version) => version.reason === 'auto')
        },
        15_000,
        () => 'an automatic version after the board unloaded',
      )

      const browser = await launchBrowser()
      const open = async (claims: Parameters<typeof tokenFor>[0]) =>
        openBoard(browser, relay.httpUrl, 'g1', await tokenFor(claims))
      const facilitator = await open(salma)
      const deleter = await open({ sub: 'p-1', name: 'Amina', role: 'participant' })
      const other = await open({ sub: 'p-2', name: 'Youssef', role: 'participant' })
      const observer = await open({ sub: 'o-1', name: 'UNESCO', role: 'observer' })
      const everyone = [facilitator, deleter, other, observer]
      for (const person of everyone) await expectNoteCount(person.page, placed.size, 'seeded')
      const before = await noteListTexts(other.page)

      await historyButton(facilitator.page).waitFor()
      for (const person of [deleter, other, observer]) {
        expect(await historyButton(person.page).count()).toBe(0)
        expect(await loadedHistoryCode(person.page)).toBe(false)
      }

      // One participant's client selects every note and deletes them, in one update.
      await deleter.page.locator('.canvas-area').focus()
      await deleter.page.keyboard.press('Control+a')
      await deleter.page.keyboard.press('Delete')
      for (const person of everyone) await expectNoteCount(person.page, 0, 'after the deletion')

      const panel = await openHistory(facilitator.page)
      const latest = panel.locator('.history-item').first()
      expect(await latest.innerText()).toContain('Enregistrement automatique')
      expect(await latest.innerText()).toContain('par Atelier')
      await restoreFromList(panel, 'Enregistrement automatique')

      for (const person of everyone) await expectNoteCount(person.page, placed.size, 'restored')
      for (const person of everyone) expect(await noteListTexts(person.page)).toEqual(before)
      const check = await syncedClient(relay.syncUrl, 'tanger/g1', facilitatorToken)
      const restored = listNotes(check.doc)
      expect(new Map(restored.map((note) => [note.id, { x: note.x, y: note.y }]))).toEqual(placed)
      await versionItem(panel, 'Avant la restauration de « Enregistrement automatique »').waitFor()
    },
    MANY_SCREENS,
  )

  it('names a version only with a name the relay accepts, and says why', async () => {
    const room = await editorRoom()
    const facilitator = await room.open(salma)
    const panel = await openHistory(facilitator.page)
    const field = panel.getByRole('textbox', { name: 'Nommer l’état actuel' })
    const save = panel.getByRole('button', { name: 'Enregistrer la version' })

    await save.click()
    await panel.getByRole('alert').filter({ hasText: 'Donnez un nom à la version.' }).waitFor()
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true)

    await field.fill('x'.repeat(121))
    await save.click()
    await panel
      .getByRole('alert')
      .filter({ hasText: '120 caractères au plus (121 saisis)' })
      .waitFor()
    expect(await panel.locator('.history-item').count()).toBe(0)
  })

  it('shows an earlier version read-only, grouped by frame and cell, without changing the board', async () => {
    const room = await editorRoom()
    const facilitator = await room.open(salma)
    const panel = await openHistory(facilitator.page)
    await saveVersion(panel, 'Avant la plénière')
    await versionItem(panel, 'Avant la plénière')
      .getByRole('button', { name: 'Voir « Avant la plénière » en lecture seule' })
      .click()
    const preview = panel.locator('.history-preview')
    await preview.getByRole('heading', { name: 'Avant la plénière' }).waitFor()
    await preview.getByText('Lecture seule', { exact: true }).waitFor()
    await preview.getByText('1 note', { exact: true }).first().waitFor()
    expect(await preview.getByText('Hors des cadres').count()).toBe(1)
    expect(await preview.locator('.history-recs').innerText()).toContain(SEEDED_TEXT)

    await preview.getByRole('button', { name: 'Retour aux versions' }).click()
    await versionItem(panel, 'Avant la plénière').waitFor()
    // Escape closes the panel; the board behind it kept its note.
    await facilitator.page.keyboard.press('Escape')
    await historyPanel(facilitator.page).waitFor({ state: 'hidden' })
    expect(
      await historyButton(facilitator.page).evaluate((b) => b === document.activeElement),
    ).toBe(true)
    expect(listNotes(room.seeder.doc)).toHaveLength(1)
  })

  it('speaks Arabic from right to left, the drawer on the start side of the screen', async () => {
    const room = await editorRoom()
    const { page } = await room.open(salma, { language: 'ar' })
    await page.getByRole('button', { name: 'السجل', exact: true }).click()
    const panel = page.getByRole('dialog', { name: 'سجل اللوحة' })
    await panel.locator('.history-empty').waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    const box = (await panel.boundingBox())!
    expect(box.x).toBe(0)
    await panel.getByRole('button', { name: 'حفظ النسخة' }).click()
    await panel.getByRole('alert').filter({ hasText: 'أعطِ النسخة اسمًا.' }).waitFor()
  })

  it('tells the facilitator clearly when the relay cannot be reached', async () => {
    const room = await editorRoom()
    const facilitator = await room.open(salma)
    const panel = await openHistory(facilitator.page)
    await room.relay.close()
    await panel.getByRole('button', { name: 'Actualiser' }).click()
    await panel
      .getByRole('alert')
      .filter({ hasText: 'Impossible de joindre le relais' })
      .waitFor({ timeout: 15_000 })
    await panel.getByRole('button', { name: 'Réessayer' }).waitFor()
  })
})
