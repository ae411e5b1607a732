/**
 * Saves screenshots of the invitation pages under docs/screenshots/ (rsvp.png: an invitee's
 * RSVP page on a phone after confirming; join.png: a walk-in's room-code page asking for a
 * display name), from a real relay and Chromium.
 *
 *   node --conditions=source --import tsx test/e2e/join-screenshots.ts
 *
 * It builds the web app first.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'
import { WORKSHOP, prepareInvitations } from './join-page.js'

const OUT = join(ROOT, 'docs/screenshots')
const PHONE = { width: 390, height: 844 }

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '-w', '@atelier/web'], { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: WEB_DIST })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  try {
    const facilitator = await mintToken(
      new TextEncoder().encode(TEST_SECRET),
      { sub: 'f-khadija', name: 'Khadija', role: 'facilitator', workshop: WORKSHOP },
      '2h',
    )
    const invitations = await prepareInvitations(relay, facilitator)
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      locale: 'fr-FR',
    })
    await context.addInitScript(acceptConduct)
    const page = await context.newPage()
    await page.goto(invitations.rsvpLink)
    await page.getByRole('button', { name: 'Je confirme ma présence' }).click()
    await page.getByText('Merci, votre présence est confirmée').waitFor()
    await page.screenshot({ path: join(OUT, 'rsvp.png') })

    await page.goto(`${relay.httpUrl}/join/${invitations.roomCode}`)
    await page.getByLabel('Votre nom affiché').fill('Youssef')
    await page.screenshot({ path: join(OUT, 'join.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
