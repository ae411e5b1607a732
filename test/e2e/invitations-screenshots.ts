/**
 * Saves screenshots of the facilitator's invitation screens under docs/screenshots/
 * (invitation.png: a participant's invitation panel with the Arabic text; room-codes-console.png:
 * a session's room codes in the console; room-code.png: the projector of a sub-group with its room
 * code in a corner) from a real relay and Chromium.
 *
 *   node --conditions=source --import tsx test/e2e/invitations-screenshots.ts
 *
 * It builds the web app first.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'
import { openInvitation, PLACE, setSessionDetails } from './invitations-page.js'
import { openParticipants } from './participants-page.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'

async function call(httpUrl: string, token: string, path: string, body: unknown) {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

async function open(browser: Browser, url: string, width = 1440, height = 1000): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
  })
  await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(url)
  return page
}

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
      { sub: 'f-salma', name: 'Salma', role: 'facilitator', workshop: WORKSHOP },
      '2h',
    )
    await call(relay.httpUrl, facilitator, '/consultation', {
      title: 'Consultations sectorielles sur la résilience numérique — Tanger',
      sessions: ['governance'],
      groups: 3,
      locale: 'fr',
    })
    for (const [name, displayName, subgroup] of [
      ['Amina Alaoui Benjelloun', 'Amina', '2'],
      ['Youssef Idrissi', null, '1'],
      ['Salma Tazi', 'Salma', '3'],
    ] as const) {
      await call(relay.httpUrl, facilitator, '/participants', {
        name,
        displayName,
        organisation: 'Association Tanja',
        session: 'governance',
        subgroup,
        consent: { given: true, purposes: ['invitation'] },
      })
    }
    const room = await call(relay.httpUrl, facilitator, '/sessions/governance/room-code', {
      board: 'governance-g2',
    })

    const url = `${relay.httpUrl}/w/${WORKSHOP}/console#token=${facilitator}`
    const desk = await open(browser, url, 1440, 1400)
    await desk.getByRole('heading', { name: 'Console de l’animation' }).waitFor()
    const codes = desk.locator('.console-room-codes')
    await codes.locator(`li[data-code="${String(room.code)}"]`).waitFor()
    await codes.screenshot({ path: join(OUT, 'room-codes-console.png') })
    await openParticipants(desk)
    await setSessionDetails(desk, 'governance', { date: '2026-03-12', time: '09:30', place: PLACE })
    const panel = await openInvitation(desk, 'Amina Alaoui Benjelloun')
    await panel.getByLabel('Langue du texte').selectOption('ar')
    const text = panel.getByLabel('Texte de l’invitation')
    await desk.waitForFunction(
      (area) => /[\u0600-\u06ff]/.test((area as HTMLTextAreaElement).value),
      await text.elementHandle(),
    )
    await desk.waitForTimeout(300)
    await panel.screenshot({ path: join(OUT, 'invitation.png') })

    const projector = await open(
      browser,
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g2?view=projector#token=${facilitator}`,
      1600,
      900,
    )
    await projector.locator(`.projector-room-code[data-code="${String(room.code)}"]`).waitFor()
    await projector.waitForTimeout(800)
    await projector.screenshot({ path: join(OUT, 'room-code.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
