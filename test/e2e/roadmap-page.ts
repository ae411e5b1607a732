/**
 * Driving the roadmap in Chromium as the facilitator would: validated priorities set up on a
 * session's plenary from Node (the plenary's own test drives that part), pulled from the
 * console's roadmap card, then scheduled on the roadmap board through the action sheet.
 * Used by roadmap.test.ts and roadmap-screenshots.ts.
 */
import type { Page } from 'playwright-core'
import type * as Y from 'yjs'
import { addNote, validateNote } from '@atelier/model'
import type { ValidationInput } from '@atelier/model'

/** The roadmap board of the workshop, as the relay creates it with the consultation. */
export const ROADMAP_BOARD = 'roadmap'

/** A priority as the plenary decided it. */
export type Decided = { text: string; tags?: string[]; decision: ValidationInput }

/**
 * Writes `priorities` on a plenary in a row above its frames and records the room's decision
 * on each; returns their ids, in order.
 */
export function decidePriorities(doc: Y.Doc, priorities: readonly Decided[]): string[] {
  return priorities.map((priority, index) => {
    const id = addNote(doc, {
      text: priority.text,
      category: 'action',
      x: index * 200,
      y: -400,
      w: 180,
      h: 120,
      tags: priority.tags ?? [],
      author: { id: 'p-amina', name: 'Amina' },
    })
    validateNote(doc, id, priority.decision)
    return id
  })
}

/** The console's roadmap card. */
export function roadmapCard(console: Page) {
  return console.locator('section.roadmap-card')
}

/** Presses "Importer les priorités validées" and waits until the card says `expected`. */
export async function pullPriorities(console: Page, expected: string): Promise<void> {
  const card = roadmapCard(console)
  await card.getByRole('button', { name: 'Importer les priorités validées' }).click()
  await card.getByRole('status').filter({ hasText: expected }).waitFor()
}

/** The dependency arrows drawn on a page's canvas: `<from>><to>` ids and their points. */
export function drawnArrows(page: Page): Promise<{ id: string; points: number[] }[]> {
  return page.evaluate(() => {
    type Node = { id: () => string; points: () => number[] }
    type Stage = { find: (selector: string) => Node[] }
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva
    return (konva?.stages ?? []).flatMap((stage) =>
      stage.find('.dependency').map((node) => ({ id: node.id(), points: node.points() })),
    )
  })
}

/** Every text drawn on a page's canvas. */
export function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Node = { text: () => string }
    type Stage = { find: (selector: string) => Node[] }
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva
    return (konva?.stages ?? []).flatMap((stage) => stage.find('Text').map((node) => node.text()))
  })
}

/** The action sheet in the board's detail panel. */
export function actionSheet(page: Page) {
  return page.locator('fieldset.action-sheet')
}

/** Selects a note from the board's accessible list (as the keyboard does) and waits for its sheet. */
export async function selectAction(page: Page, text: string): Promise<void> {
  await page.locator('.note-list').getByRole('listitem').filter({ hasText: text }).focus()
  // The panel shows this note: its text in the field (or read-only, first in the panel).
  await page.waitForFunction((expected) => {
    const field = document.querySelector<HTMLTextAreaElement>('.detail-panel #detail-text')
    const shown =
      field?.value ?? document.querySelector('.detail-panel .read-only-text')?.textContent
    return shown === expected
  }, text)
  await actionSheet(page).waitFor()
}
