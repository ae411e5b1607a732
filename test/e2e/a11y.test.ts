import { describe, expect, it } from 'vitest'
import { FAILING, scan } from './helpers/axe.js'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { openDetails, openPage, prepareRoom, type Language, type PageName } from './a11y-page.js'

const SCANNED: readonly [PageName, Language][] = [
  ['board', 'fr'],
  ['board', 'ar'],
  ['phone', 'fr'],
  ['phone', 'ar'],
  ['observer', 'fr'],
  ['console', 'fr'],
  ['report', 'fr'],
  ['join', 'fr'],
]

describe.skipIf(!hasChromium)('an automated accessibility scan (axe-core)', () => {
  it('finds no serious or critical violation on the board, phone, observer, console and report pages', async () => {
    const room = await prepareRoom()
    const browser = await launchBrowser()
    const failures: string[] = []
    for (const [name, language] of SCANNED) {
      const page = await openPage(browser, room, name, language)
      const violations = await scan(page)
      // Then with a note's panel (board, observer) or the place sheet (phone) open.
      if (name === 'board' || name === 'observer' || name === 'phone') {
        await openDetails(page, name)
        violations.push(
          ...(await scan(page)).map((found) => ({ ...found, id: `${found.id} (open)` })),
        )
      }
      for (const violation of violations) {
        const line = `${name} (${language}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.targets.slice(0, 6).join(' | ')} (${violation.why})`
        console.log(line)
        if (FAILING.has(violation.impact ?? '')) failures.push(line)
      }
      await page.context().close()
    }
    expect(failures).toEqual([])
  })
})
