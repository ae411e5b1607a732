/**
 * Driving the plenary in Chromium as the facilitator would: notes written on two sub-group
 * boards, selected on the canvas or from the accessible list and promoted with the bar's
 * button, then validated one by one in the validation panel. Used by plenary.test.ts and by
 * plenary-screenshots.ts.
 */
import type { Browser, Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addNote, listFrames } from '@atelier/model'
import type { Rect } from '@atelier/model'
import { boundsOf, fitRect, toScreen } from '../../apps/web/src/board/viewport.js'
import { newPerson } from './helpers/browser.js'

export const WORKSHOP = 'tanger'

/** The notes of the mini-session: two on the first sub-group's board, one on the second's. */
export const NOTES = {
  g1: ['Former les agents municipaux aux signalements', 'Créer un guichet unique en ligne'],
  g1Kept: 'Note restée au sous-groupe',
  g2: ['Cartographier les acteurs de la prévention'],
} as const

/** A board open from Node (as the relay's own clients are), until `close`. */
export type NodeBoard = { doc: Y.Doc; close: () => void }

/** Connects to a board from Node and waits for its first sync. */
export async function nodeBoard(syncUrl: string, board: string, token: string): Promise<NodeBoard> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${board}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  })
  const deadline = Date.now() + 15_000
  while (!provider.synced) {
    if (Date.now() > deadline) throw new Error(`no sync with ${board}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    doc,
    close: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** The code of conduct is taken as read on this device (its own tests show the dialog). */
export async function acceptConduct(page: Page): Promise<void> {
  await page
    .context()
    .addInitScript(
      (key) => localStorage.setItem(key, String(Number.MAX_SAFE_INTEGER)),
      `atelier:conduct:${WORKSHOP}`,
    )
}

/**
 * Opens a board on a wide screen (a plenary's columns of promoted notes sit beside its frames:
 * wide enough, the fitted board shows the notes' words and badges) and waits until online.
 */
export async function openWide(
  browser: Browser,
  httpUrl: string,
  board: string,
  token: string,
): Promise<Page> {
  const { page } = await newPerson(browser, { viewport: { width: 1600, height: 1000 } })
  await acceptConduct(page)
  await page.goto(`${httpUrl}/w/${WORKSHOP}/${board}?view=board#token=${token}`)
  await page.locator('[role="status"][data-status="online"]').first().waitFor({ state: 'attached' })
  await page.locator('.canvas-area canvas').first().waitFor({ state: 'attached' })
  return page
}

/**
 * Writes `texts` as action notes in a row left of the board's frames, level with their top
 * (clear of the toolbar, the detail panel and the promote bar); returns their ids.
 */
export function writeNotes(doc: Y.Doc, texts: readonly string[]): string[] {
  const frames = listFrames(doc)
  const top = Math.min(0, ...frames.map((frame) => frame.y))
  const left = Math.min(0, ...frames.map((frame) => frame.x))
  return texts.map((text, index) =>
    addNote(doc, {
      text,
      category: 'action',
      x: left - 80 - (texts.length - index) * 220,
      y: top,
      w: 180,
      h: 120,
      author: { id: 'p-amina', name: 'Amina' },
    }),
  )
}

/** Where the centre of `rect` is on a freshly opened page showing `content` fitted. */
export async function centreOnScreen(page: Page, content: readonly Rect[], rect: Rect) {
  const box = (await page.locator('.canvas-area').boundingBox())!
  const viewport = fitRect(boundsOf(content)!, { width: box.width, height: box.height })
  const point = toScreen(viewport, { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 })
  return { x: box.x + point.x, y: box.y + point.y }
}

/** Waits for the promote bar's news and returns it. */
export async function promoteSelection(page: Page): Promise<string> {
  const bar = page.locator('.promote-bar')
  await bar.getByRole('button', { name: 'Promouvoir en plénière' }).click()
  const news = bar.getByRole('status')
  await news.getByRole('link', { name: 'Ouvrir la plénière' }).waitFor({ timeout: 10_000 })
  return (await news.textContent()) ?? ''
}

/** The validation panel's row of the note with this text. */
export function candidateRow(page: Page, text: string) {
  return page.locator('.validation-drawer li.candidate').filter({ hasText: text })
}

/** Opens the validation panel from the top bar. */
export async function openValidation(page: Page): Promise<void> {
  await page.locator('.top-bar').getByRole('button', { name: 'Validation' }).click()
  await page.getByRole('heading', { name: 'Validation des priorités' }).waitFor()
}

/** The facilitator's decision on one row: a verdict, a level, a reservation, then saved. */
export async function decide(
  page: Page,
  text: string,
  decision: { verdict: string; level?: string; reservation?: string },
): Promise<void> {
  const row = candidateRow(page, text)
  await row.getByLabel(decision.verdict, { exact: true }).check()
  if (decision.reservation !== undefined) {
    await row.getByLabel('La réserve exprimée').fill(decision.reservation)
  }
  if (decision.level) await row.getByLabel(decision.level, { exact: true }).check()
  await row.getByRole('button', { name: 'Enregistrer la décision' }).click()
}
