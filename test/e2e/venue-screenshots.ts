/**
 * Saves screenshots of the console's venue cards under docs/screenshots/ from a real relay and
 * Chromium: venue.png (a relay on HOST=0.0.0.0: the address for the room and its QR code),
 * venue-loopback.png (a relay on loopback: the warning and its fix) and venue-file.png (the
 * consultation file card, personal data ticked).
 *
 *   node --conditions=source --import tsx test/e2e/venue-screenshots.ts
 *
 * It builds the web app first.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET, type LaunchedRelay } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'

async function relayWithConsultation(host: string, token: string): Promise<LaunchedRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: WEB_DIST, HOST: host })
  const response = await fetch(`${relay.httpUrl}/api/workshops/${WORKSHOP}/consultation`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'Consultations sectorielles sur la résilience numérique — Tanger',
      sessions: ['governance'],
      groups: 4,
      locale: 'fr',
    }),
  })
  if (!response.ok) throw new Error(`consultation: ${response.status} ${await response.text()}`)
  return relay
}

async function consoleOf(browser: Browser, relay: LaunchedRelay, token: string) {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1400 },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
  })
  await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/console#token=${token}`)
  await page.getByRole('heading', { name: 'Adresse de la salle' }).waitFor()
  return page
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '-w', '@atelier/web'], { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(OUT, { recursive: true })
  const token = await mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub: 'f-salma', name: 'Salma', role: 'facilitator', workshop: WORKSHOP },
    '2h',
  )
  const venue = await relayWithConsultation('0.0.0.0', token)
  const loopback = await relayWithConsultation('127.0.0.1', token)
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  try {
    const open = await consoleOf(browser, venue, token)
    await open.locator('.venue-qr').waitFor()
    await open.waitForTimeout(300)
    await open.locator('.venue-card').screenshot({ path: join(OUT, 'venue.png') })
    const file = open.locator('.venue-file')
    await file.getByRole('checkbox').check()
    await file.getByLabel('Phrase secrète (au moins 12 caractères)').fill('sel de mer et menthe')
    await file.getByLabel('Répétez la phrase secrète').fill('sel de mer et menthe')
    await file.screenshot({ path: join(OUT, 'venue-file.png') })

    const closed = await consoleOf(browser, loopback, token)
    await closed.locator('.venue-warning').waitFor()
    await closed.waitForTimeout(300)
    await closed.locator('.venue-card').screenshot({ path: join(OUT, 'venue-loopback.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    await browser.close()
    for (const relay of [venue, loopback]) {
      await relay.kill('SIGTERM')
      rmSync(relay.dataDir, { recursive: true, force: true })
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
