import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { onTestFinished } from 'vitest'

/** Debian's Chromium, installed by `.ci/run` with apt. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Whether browser tests can run. Without Chromium they skip with one loud line, except in CI
 * (`CI` set), where a missing browser is a failure, not a skip.
 */
export const hasChromium: boolean = (() => {
  if (existsSync(CHROMIUM_PATH)) return true
  if (process.env.CI) {
    throw new Error(`CI: Chromium is missing at ${CHROMIUM_PATH}; .ci/run installs it with apt`)
  }
  console.warn(
    `\n*** BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium) ***\n`,
  )
  return false
})()

/** Launches headless Chromium for one test; it closes when the test ends. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  onTestFinished(() => browser.close())
  return browser
}

/**
 * A fresh browser context (its own storage, like another person's device) and a page in it.
 * The device has accepted the code of conduct of the test workshop, unless `askConduct` (see
 * test/e2e/moderation.test.ts, which tests the dialog itself).
 */
export async function newPerson(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number }
    locale?: string
    askConduct?: boolean
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'fr-FR',
  })
  if (!options.askConduct) await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  return { context, page }
}

/** Runs in the page: this device accepted every version of the test workshop's code of conduct. */
export function acceptConduct(): void {
  try {
    window.localStorage.setItem('atelier:conduct:tanger', String(Number.MAX_SAFE_INTEGER))
  } catch {
    // A page without storage (about:blank) has no code of conduct to accept either.
  }
}
