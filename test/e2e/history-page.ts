/**
 * Driving the facilitator's history panel in Chromium as a facilitator would: opening it from
 * the top bar, naming a version, finding one in the list, and restoring it after the question.
 */
import type { Locator, Page } from 'playwright-core'
import { waitFor } from '../helpers/relay.js'

/** The history drawer, by its accessible name. */
export function historyPanel(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Historique du tableau' })
}

/** The top bar's "History" button (the facilitator's only). */
export function historyButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Historique', exact: true })
}

/** Opens the panel and waits until it lists the board's versions (or says it has none). */
export async function openHistory(page: Page): Promise<Locator> {
  await historyButton(page).click()
  const panel = historyPanel(page)
  await panel.locator('.history-days, .history-empty').first().waitFor()
  return panel
}

/** The list item of the version whose title contains `title`. */
export function versionItem(panel: Locator, title: string | RegExp): Locator {
  return panel.getByRole('listitem').filter({ has: panel.page().getByText(title) })
}

/** Names the board's current state from the panel and waits until the list shows it. */
export async function saveVersion(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('textbox', { name: 'Nommer l’état actuel' }).fill(name)
  await panel.getByRole('button', { name: 'Enregistrer la version' }).click()
  await panel
    .getByRole('status')
    .filter({ hasText: `Version « ${name} » enregistrée.` })
    .waitFor()
  await panel.locator('.history-item-title', { hasText: name }).first().waitFor()
}

/**
 * Restores a version from its list item: "Restore", then the confirmation, then waits for the
 * panel to say it is done.
 */
export async function restoreFromList(panel: Locator, title: string): Promise<void> {
  const page = panel.page()
  await panel
    .getByRole('button', { name: `Restaurer « ${title} »`, exact: true })
    .first()
    .click()
  const confirm = page.getByRole('alertdialog', { name: 'Restaurer cette version ?' })
  await confirm.getByRole('button', { name: 'Restaurer pour tout le monde' }).click()
  await panel.getByRole('status').filter({ hasText: 'est restaurée' }).waitFor()
}

/** The texts of a page's accessible note list, sorted: each note's text with its placement. */
export async function noteListTexts(page: Page): Promise<string[]> {
  const items = page.locator('.note-list').getByRole('listitem')
  return (await items.allTextContents()).map((text) => text.trim()).sort()
}

/** Waits until a page lists exactly `count` notes. */
export async function expectNoteCount(page: Page, count: number, what: string): Promise<void> {
  let seen = -1
  await waitFor(
    async () => {
      seen = await page.locator('.note-list').getByRole('listitem').count()
      return seen === count
    },
    15_000,
    () => `${what}: ${seen} notes listed, expected ${count}`,
  )
}
