import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** Impacts that fail the scan: axe's own two highest. */
export const FAILING = new Set(['serious', 'critical'])

export type Violation = {
  id: string
  impact: string | null
  help: string
  targets: string[]
  why: string
}

/** Runs axe-core on the whole page, as it is now, and returns its violations. */
export async function scan(page: Page): Promise<Violation[]> {
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
