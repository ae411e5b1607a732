import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { openDetails, openPage, prepareRoom, type Language, type PageName } from './a11y-page.js'

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** Impacts that fail the scan: axe's own two highest. */
const FAILING = new Set(['serious', 'critical'])

type Violation = {
  id: string
  impact: string | null
  help: string
  targets: string[]
  why: string
}

/** Runs axe-core on the whole page, as it is now, and returns its violations. */
async function scan(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } })
      .axe
    type AxeResults = {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; failureSummary?: string }[]
      }[]
    }
    const results = await axe.run(document)
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      why: violation.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? '',
    }))
  })
}

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
