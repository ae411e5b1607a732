/**
 * Driving a whole mini-session in Chromium the way the people in the room do it: the
 * facilitator from the console (and the boards it opens), participants from a phone's composer
 * and vote buttons, or from a laptop's board. Used by mini-session.test.ts.
 */
import type { Page } from 'playwright-core'

/** How long any one step may take on a loaded two-core machine before the test gives up. */
export const STEP_MS = 20_000

/** Everything a page's document says, hidden parts included (the accessible note lists). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '')
}

/** How many of a page's note lists (board, projector, phone) show a note with this text. */
export function shown(page: Page, text: string): Promise<number> {
  return page.locator('li:not(.drafts-item)', { hasText: text }).count()
}

/**
 * Opens one of a board's views from the console's table of boards (a link that opens a new
 * tab), and returns the new tab once its canvas is there.
 */
export async function openFromConsole(
  console: Page,
  board: string,
  view: 'board' | 'projector',
): Promise<Page> {
  const link = console.locator(`tr[data-board="${board}"] a[data-view="${view}"]`)
  const [page] = await Promise.all([console.context().waitForEvent('page'), link.click()])
  page.setDefaultTimeout(STEP_MS)
  await page.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
  return page
}

/** A phone writes a note with its composer (kept private while the session's writing is). */
export async function writeOnPhone(phone: Page, text: string, kept: number): Promise<void> {
  await phone.getByLabel('Votre note').fill(text)
  await phone.getByRole('button', { name: 'Ajouter la note' }).click()
  await phone.getByRole('heading', { name: `Mes notes privées (${kept})` }).waitFor()
}

/** A laptop's board writes a private note in its drafts panel. */
export async function writeOnBoard(board: Page, text: string, kept: number): Promise<void> {
  const panel = board.locator('.drafts-board')
  await panel.getByLabel('Votre note').fill(text)
  await panel.getByRole('button', { name: 'Garder ma note' }).click()
  await panel.getByRole('heading', { name: `Mes notes privées (${kept})` }).waitFor()
}

/** A phone's card of the note with this text. */
export function phoneCard(phone: Page, text: string) {
  return phone.locator('li.phone-note').filter({ hasText: text })
}

/** Taps the vote button of a note on a phone. */
export async function voteOnPhone(phone: Page, text: string): Promise<void> {
  await phoneCard(phone, text)
    .getByRole('button', { name: /^Voter/ })
    .click()
}

/**
 * Selects a note on a laptop's board from its accessible list, and returns the selected
 * note's vote button once the panel shows it for a note not voted for yet.
 */
export async function boardVoteButton(board: Page, text: string) {
  await board.locator('.note-list li').filter({ hasText: text }).focus()
  const button = board
    .locator('.voting-note')
    .getByRole('button', { name: 'Voter pour cette note' })
  await button.waitFor()
  return button
}

/** The ranked results a screen shows, line by line ("1. text 2 votes"). */
export async function rankedOn(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: 'Résultats du vote' })
  const items = results.getByRole('list', { name: 'Résultats du vote' }).getByRole('listitem')
  await items.first().waitFor({ timeout: 30_000 })
  return items.evaluateAll((lines) =>
    lines.map((line) =>
      Array.from(line.children)
        .map((part) => part.textContent?.trim())
        .join(' '),
    ),
  )
}
