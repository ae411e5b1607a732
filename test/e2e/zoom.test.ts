import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ROOT } from '../helpers/process.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import {
  NOTES,
  STEP_MS,
  addressOf,
  prepareRoom,
  type Language,
  type PageName,
} from './a11y-page.js'

/**
 * A browser zoomed to 200 % lays a page out in half as many CSS pixels: a 1280 × 800 laptop
 * becomes 640 × 400. A phone's reader zooms with a pinch instead, which does not reflow; its
 * page is checked at 320 px wide, the width WCAG's reflow criterion (1.4.10) asks for.
 */
const ZOOMED_LAPTOP = { width: 640, height: 400 }
const NARROW_PHONE = { width: 320, height: 568 }

const PAGES: readonly [PageName, Language][] = [
  ['console', 'fr'],
  ['board', 'fr'],
  ['board', 'ar'],
  ['observer', 'fr'],
  ['report', 'fr'],
  ['join', 'fr'],
  ['phone', 'fr'],
]

/** What the page lost: sideways scrolling, text cut by its box, text pushed off the screen. */
function losses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const width = window.innerWidth
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${String(element.className)} "${(element.textContent ?? '').trim().slice(0, 40)}"`
    // Text kept for screen readers only, in a 1-pixel box (the board's list of notes), is not lost.
    const forScreenReaders = (element: Element): boolean => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const box = at.getBoundingClientRect()
        if (box.width <= 1 && box.height <= 1 && getComputedStyle(at).overflow === 'hidden') {
          return true
        }
      }
      return false
    }
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const text = (element.textContent ?? '').trim()
      if (!text || element.closest('canvas') || forScreenReaders(element)) continue
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      // Text cut short by a box that hides its overflow (an ellipsis, a clipped title).
      const clips = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis'
      if (clips && element.scrollWidth > element.clientWidth + 1) {
        found.push(`cut: ${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`)
      }
      // Text of a leaf element outside the screen, unless a scrolling box of its own holds it.
      const box = element.getBoundingClientRect()
      if (element.children.length > 0 || box.width === 0) continue
      let scroller = element.parentElement
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement
      }
      if (!scroller && (box.right > width + 1 || box.left < -1)) {
        found.push(
          `off the screen: ${describe(element)} (${Math.round(box.left)} to ${Math.round(box.right)})`,
        )
      }
    }
    return found
  })
}

describe.skipIf(!hasChromium)('text resized to 200 %', () => {
  it('loses nothing on the console, board, observer, report, join and phone pages', async () => {
    const room = await prepareRoom()
    const browser = await launchBrowser()
    const failures: string[] = []
    for (const [name, language] of PAGES) {
      const viewport = name === 'phone' ? NARROW_PHONE : ZOOMED_LAPTOP
      const { context, page } = await newPerson(browser, { viewport })
      await context.addInitScript((chosen) => {
        window.localStorage.setItem('atelier:language', chosen)
      }, language)
      page.setDefaultTimeout(STEP_MS)
      await page.goto(addressOf(room, name))
      if (name === 'board' || name === 'observer' || name === 'phone') {
        await page.getByText(NOTES.french).first().waitFor({ state: 'attached' })
      } else {
        await page.locator('main').first().waitFor()
      }
      if (name === 'board' || name === 'observer') {
        // The board's name and who is here stay in the top bar, which wraps instead.
        await page.locator('.top-bar h1').waitFor()
        const title = (await page.locator('.top-bar h1').boundingBox())!
        expect(title.width, `${name} (${language}): the board's name`).toBeGreaterThan(100)
        if (name === 'board' && language === 'ar') {
          await page.screenshot({ path: join(ROOT, 'docs/screenshots/board-ar-zoom-200.png') })
        }
      }
      for (const loss of await losses(page)) failures.push(`${name} (${language}): ${loss}`)
      await context.close()
    }
    await browser.close()
    expect(failures).toEqual([])
  })
})
