/**
 * Driving the recommendations editor in Chromium: a relay serving the built app, a board
 * seeded through packages/model, and people opening it with a role of their choice.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { addNote, addRecommendation, initBoard } from '@atelier/model'
import type { Client } from '../helpers/clients.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import type { RunningRelay } from '../helpers/relay.js'
import type { TokenClaims } from '../helpers/relay.js'
import { openBoard } from './board-page.js'
import type { BoardPage } from './board-page.js'
import { ensureWebBuilt } from './helpers/app.js'
import { launchBrowser } from './helpers/browser.js'

export const BOARD = 'g1'
export const RUMOURS = 'Rumeurs sur WhatsApp'
export const SEEDED_TITLE = 'Créer une cellule de veille'
export const SEEDED_TEXT = 'Suivre les rumeurs en ligne.'

export type EditorRoom = {
  relay: RunningRelay
  browser: Browser
  /** A Node client on the same board: reads what the relay holds. */
  seeder: Client
  recommendationId: string
  noteId: string
  open(claims: TokenClaims, options?: { language?: string }): Promise<BoardPage>
}

/**
 * A relay serving the web app and a board with one note and one recommendation written by
 * packages/model (not by an editor), citing that note.
 */
export async function editorRoom(): Promise<EditorRoom> {
  const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
  const seeder = await syncedClient(
    relay.syncUrl,
    `tanger/${BOARD}`,
    await tokenFor({ sub: 'f-1', name: 'Salma', role: 'facilitator' }),
  )
  initBoard(seeder.doc, { kind: 'subgroup', title: 'Gouvernance — sous-groupe 1' })
  const noteId = addNote(seeder.doc, { text: RUMOURS, category: 'risk', x: 1100, y: 80 })
  const recommendationId = addRecommendation(seeder.doc, {
    title: SEEDED_TITLE,
    text: SEEDED_TEXT,
    priority: 'high',
    actors: ['Wilaya'],
    noteIds: [noteId],
  })
  const browser = await launchBrowser()
  const open = async (claims: TokenClaims, options: { language?: string } = {}) => {
    const token = await tokenFor(claims)
    const person = await openBoard(browser, relay.httpUrl, BOARD, token)
    if (options.language) {
      const { language } = options
      await person.page.evaluate((lng) => localStorage.setItem('atelier:language', lng), language)
      await person.page.reload()
    }
    await showRecommendations(person.page)
    return person
  }
  return { relay, browser, seeder, recommendationId, noteId, open }
}

/**
 * Opens the board page's side panel if the screen is too narrow for it to start open, and
 * waits until the editor shows its first block.
 */
export async function showRecommendations(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="board-side-panel"]')
  await page.locator('.rec-panel, button[aria-controls="board-side-panel"]').first().waitFor()
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-pressed')) === 'false') {
    await toggle.click()
  }
  await page.locator('.rec-block').first().waitFor()
}

/** The editable text of the editor (its ProseMirror root). */
export function editorText(page: Page): Locator {
  return page.locator('.rec-doc')
}

/** The recommendation block with this id. */
export function block(page: Page, id: string): Locator {
  return page.locator(`.rec-block[data-recommendation-id="${id}"]`)
}

/** The text of a block's first paragraph, without the other writers' caret labels. */
export function paragraphText(page: Page, id: string): Promise<string> {
  return block(page, id)
    .locator('.rec-block-content p')
    .first()
    .evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.rec-caret, .ProseMirror-widget').forEach((caret) => caret.remove())
      return copy.textContent ?? ''
    })
}

/** Clicks at the very end of a block's first paragraph, putting the caret there. */
export async function caretAtEndOfText(page: Page, id: string): Promise<void> {
  const paragraph = block(page, id).locator('.rec-block-content p').first()
  await paragraph.click()
  await page.keyboard.press('End')
}

/** Waits until `read` returns something `check` accepts; fails with what it last read. */
export async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  let last: T | undefined
  await waitFor(
    async () => {
      last = await read()
      return check(last)
    },
    timeoutMs,
    () => `${what}; last read ${JSON.stringify(last)}`,
  )
  return last as T
}
