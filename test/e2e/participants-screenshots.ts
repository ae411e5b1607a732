/**
 * Saves screenshots of the console's "Participants" part under docs/screenshots/
 * (participants.png, participants-import.png, participants-balance.png, participants-ar.png)
 * from a real relay and Chromium: a consultation of two sessions, a guest list of 40 imported
 * through the relay's API, then the import preview of a file with bad rows.
 *
 *   node --conditions=source --import tsx test/e2e/participants-screenshots.ts
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
import { GUEST_LIST, openParticipants, previewImport } from './participants-page.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'

const FIRST = [
  'Amina',
  'Youssef',
  'Salma',
  'Karim',
  'Fatou',
  'Omar',
  'Nadia',
  'Hamza',
  'Imane',
  'Mehdi',
]
const LAST = ['Alaoui', 'Idrissi', 'Tazi', 'Benali', 'Diop', 'Chraibi', 'Fassi', 'Berrada']
const ORGS = [
  'Wilaya de Tanger',
  'Association Tanja',
  'Croissant-Rouge',
  'Caritas',
  'Jeunes de Tanger',
]
const TYPES = ['public-institution', 'civil-society', 'youth', 'field-actor', 'migrant', 'youth']
const AGES = ['18-24', '25-34', '35-44', '45-54', '18-24']
const STATUSES = ['invited', 'confirmed', 'confirmed', 'attended', 'declined', 'confirmed']

/** A guest list of 40 across two sessions, most consenting, with a varied balance. */
function fullList(): string {
  const lines = ['nom;pseudo;organisation;type;session;groupe;email;genre;âge;consentement;statut']
  for (let index = 0; index < 40; index += 1) {
    const first = FIRST[index % FIRST.length]!
    const last = LAST[(index * 3) % LAST.length]!
    const session = index < 24 ? 'governance' : 'inclusion-resilience'
    const contact =
      index % 5 === 2
        ? `+212 6${String(10_000_000 + index * 7919)}`
        : `${first.toLowerCase()}.${last.toLowerCase()}${index}@exemple.ma`
    lines.push(
      [
        `${first} ${last}`,
        index % 4 === 0 ? first : '',
        ORGS[index % ORGS.length],
        TYPES[index % TYPES.length],
        session,
        String((index % 4) + 1),
        contact,
        index % 7 === 6 ? '' : index % 2 ? 'femme' : 'homme',
        AGES[index % AGES.length],
        index % 9 === 4 ? 'non' : 'oui',
        STATUSES[index % STATUSES.length],
      ].join(';'),
    )
  }
  return lines.join('\r\n')
}

async function call(httpUrl: string, token: string, path: string, body: string, type: string) {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body,
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

async function open(browser: Browser, url: string, language?: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
  })
  await context.addInitScript(acceptConduct)
  if (language) {
    await context.addInitScript((lng) => localStorage.setItem('atelier:language', lng), language)
  }
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
    await call(
      relay.httpUrl,
      facilitator,
      '/consultation',
      JSON.stringify({
        title: 'Consultations sectorielles sur la résilience numérique — Tanger',
        sessions: ['governance', 'inclusion-resilience'],
        groups: 4,
        locale: 'fr',
      }),
      'application/json',
    )
    const preview = await call(
      relay.httpUrl,
      facilitator,
      '/participants/import',
      fullList(),
      'text/csv',
    )
    await call(
      relay.httpUrl,
      facilitator,
      `/participants/import/${String(preview.importId)}/confirm`,
      '{}',
      'application/json',
    )

    const url = `${relay.httpUrl}/w/${WORKSHOP}/console#token=${facilitator}`
    const desk = await open(browser, url)
    await desk.getByRole('heading', { name: 'Console de l’animation' }).waitFor()
    await openParticipants(desk)
    await desk.waitForTimeout(500)
    await desk.screenshot({ path: join(OUT, 'participants.png') })

    await previewImport(desk, GUEST_LIST)
    await desk.locator('.participants-import').scrollIntoViewIfNeeded()
    await desk.waitForTimeout(300)
    await desk.screenshot({ path: join(OUT, 'participants-import.png') })
    await desk.locator('.participants-import').getByRole('button', { name: 'Annuler' }).click()

    // Tall enough for the whole balance below the console's sticky header.
    await desk.setViewportSize({ width: 1440, height: 2400 })
    const balance = desk.locator('.participants-balance')
    await desk.evaluate(() => window.scrollTo(0, 0))
    await balance.screenshot({ path: join(OUT, 'participants-balance.png') })

    const arabic = await open(browser, url, 'ar')
    await arabic.getByRole('button', { name: 'المشاركون', exact: true }).click()
    await arabic.getByRole('heading', { name: /^قائمة المشاركين/ }).waitFor()
    await arabic.waitForTimeout(500)
    await arabic.screenshot({ path: join(OUT, 'participants-ar.png') })
    console.log(`screenshots saved in ${OUT}`)
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
