import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { ROOT } from '../helpers/process.js'
import {
  LANGUAGES,
  NOTES,
  missingKeys,
  openDetails,
  openPage,
  prepareRoom,
  rawKeysOn,
  type PageName,
} from './a11y-page.js'

const SHOTS = join(ROOT, 'docs/screenshots')

/**
 * The Arabic board as the room sees it: the interface mirrored (tools, panels and lists from the
 * right), the notes in Arabic, and in Arabic and French, written right to left on the canvas.
 */
async function shootArabicBoard(page: Page): Promise<void> {
  // At full size, the notes' own text is legible: the list's focus brings them into view.
  await page.locator('.zoom-controls .zoom-level').click()
  await page.locator('.note-list li').filter({ hasText: NOTES.arabic }).focus()
  await page.locator('.note-list li').filter({ hasText: NOTES.mixed }).focus()
  await page.locator('.detail-panel').waitFor()
  // The list has the focus: the canvas shows what its keys do, in Arabic.
  await page.locator('.keyboard-hint').waitFor()
  // Scrolls the canvas up a little, so that the minimap does not cover the notes.
  await page.mouse.move(900, 400)
  await page.mouse.wheel(0, 220)
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'board-ar.png') })
}

const PAGES: readonly PageName[] = ['console', 'board', 'phone', 'observer', 'report', 'join']

describe.skipIf(!hasChromium)('the interface in French, Arabic and English', () => {
  it('says every word of every page in each language, with no key left untranslated', async () => {
    const room = await prepareRoom()
    const browser = await launchBrowser()
    const report: string[] = []
    for (const language of LANGUAGES) {
      for (const name of PAGES) {
        const page = await openPage(browser, room, name, language)
        const direction = await page.evaluate(() => document.documentElement.dir)
        expect(direction, `${language} ${name}`).toBe(language === 'ar' ? 'rtl' : 'ltr')
        if (language === 'ar' && name === 'board') await shootArabicBoard(page)
        await openDetails(page, name)
        const missing = await missingKeys(page)
        const raw = await rawKeysOn(page)
        expect(missing, `${language} ${name}: the page reports missing words`).not.toBeNull()
        for (const entry of missing ?? []) report.push(`${language} ${name}: missing ${entry}`)
        for (const key of raw) report.push(`${language} ${name}: raw key shown "${key}"`)
        await page.context().close()
      }
    }
    if (report.length > 0) console.error(report.join('\n'))
    expect(report).toEqual([])
  })
})
