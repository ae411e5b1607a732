/**
 * Driving a board page in Chromium as a person would: opening it from a link, finding notes in
 * its accessible list, and pointing at board coordinates on its canvas. The board opens fitted
 * to its content; `screenPoint` uses the app's own viewport maths to find where a board point is.
 */
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Point, Rect } from '@atelier/model'
import { boundsOf, fitRect, toScreen } from '../../apps/web/src/board/viewport.js'
import { waitFor } from '../helpers/relay.js'
import { boardLink } from './board-content.js'
import { newPerson } from './helpers/browser.js'

export type BoardPage = { page: Page; context: Awaited<ReturnType<typeof newPerson>>['context'] }

/** Opens a board link in a fresh browser context (another person's device) and waits until it is online. */
export async function openBoard(
  browser: Browser,
  httpUrl: string,
  board: string,
  token: string,
  view?: string,
): Promise<BoardPage> {
  const person = await newPerson(browser)
  await person.page.goto(boardLink(httpUrl, 'tanger', board, token, view))
  await person.page
    .locator('[role="status"][data-status="online"]')
    .first()
    .waitFor({ state: 'attached' })
  await person.page.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
  return person
}

/** The list item of the note with this text, in the board's accessible note list. */
export function noteItem(page: Page, text: string) {
  return page.locator('.note-list').getByRole('listitem').filter({ hasText: text })
}

/** Waits until the note list of a page says `expected` about the note with `text`. */
export async function expectNote(
  page: Page,
  text: string,
  expected: string | RegExp,
  timeoutMs = 10_000,
): Promise<void> {
  let seen = ''
  await waitFor(
    async () => {
      seen = (await noteItem(page, text).first().textContent({ timeout: 1000 })) ?? ''
      return typeof expected === 'string' ? seen.includes(expected) : expected.test(seen)
    },
    timeoutMs,
    () => `note "${text}" reads "${seen}", expected ${String(expected)}`,
  )
}

/** How many notes a page lists. */
export function noteCount(page: Page): Promise<number> {
  return page.locator('.note-list').getByRole('listitem').count()
}

/**
 * Where a board point is on a freshly opened page, which shows `content` fitted to its canvas
 * (as the board view does until someone moves it).
 */
export async function screenPoint(page: Page, content: readonly Rect[], at: Point): Promise<Point> {
  const box = await page.locator('.canvas-area').boundingBox()
  expect(box).not.toBeNull()
  const canvas = box!
  const viewport = fitRect(boundsOf(content)!, { width: canvas.width, height: canvas.height })
  const point = toScreen(viewport, at)
  return { x: canvas.x + point.x, y: canvas.y + point.y }
}

/** Presses the mouse at `from`, moves it in steps to `to`, and leaves it pressed. */
export async function pressAndMove(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps })
}
