/**
 * Saves screenshots of the phone view at 390 x 844 under docs/screenshots/ (phone.png, the
 * notes list; phone-place.png, placing a note in the risk matrix; phone-ar.png, in Arabic),
 * from a real relay and Chromium, on a sub-group board seeded here through packages/model.
 *
 *   node --conditions=source --import tsx test/e2e/phone-screenshots.ts
 *
 * It builds the web app first.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addFrame, addNote, castVote, initBoard, placeNoteInCell } from '@atelier/model'
import type { FrameCell, NoteCategory } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const BOARD = 'gouvernance-g1'

function token(sub: string, name: string, role: 'participant' | 'facilitator'): Promise<string> {
  const secret = new TextEncoder().encode(TEST_SECRET)
  return mintToken(secret, { sub, name, role, workshop: WORKSHOP }, '2h')
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

type Seed = { text: string; category: NoteCategory; author?: string; cell?: FrameCell }

// The group's notes, oldest first; the list shows the newest first.
const NOTES: Seed[] = [
  {
    text: 'Désinformation sur les réseaux sociaux ciblant les migrants',
    category: 'risk',
    author: 'Youssef',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 5 },
  },
  {
    text: 'Arnaques à l’emploi diffusées sur WhatsApp',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 5, impact: 3 },
  },
  {
    text: 'Contenus accessibles en arabe, français et darija',
    category: 'need',
    author: 'Amina',
    cell: { kind: 'noteGrid', lane: 'needs' },
  },
  {
    text: 'Associations de migrants de Tanger',
    category: 'actor',
    author: 'Karim',
    cell: { kind: 'noteGrid', lane: 'keyActors' },
  },
  { text: 'Les jeunes s’informent d’abord sur TikTok', category: 'finding' },
  {
    text: 'Former les relais associatifs à la vérification des faits',
    category: 'action',
    author: 'Salma',
    cell: { kind: 'noteGrid', lane: 'priorityActions' },
  },
  {
    text: 'Institutionnaliser un comité régional de veille',
    category: 'recommendation',
    cell: { kind: 'noteGrid', lane: 'recommendations' },
  },
]

// Who voted for which note, by index in NOTES.
const VOTES: [string, number][] = [
  ['p-karim', 0],
  ['p-youssef', 0],
  ['p-amina', 0],
  ['p-karim', 2],
  ['p-amina', 6],
  ['p-youssef', 6],
  ['p-karim', 5],
]

/** The facilitator's Node client, which seeds the board and the group's votes. */
async function seededBoard(syncUrl: string): Promise<WebsocketProvider> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: await token('f-salma', 'Salma', 'facilitator') },
    disableBc: true,
  })
  await until(() => provider.synced, 'the seeding client to sync')
  initBoard(doc, { kind: 'subgroup', title: 'Gouvernance — sous-groupe 1' })
  const frames = {
    riskMatrix: addFrame(doc, 'riskMatrix', { x: 0, y: 0 }),
    noteGrid: addFrame(doc, 'noteGrid', { x: 0, y: 928 }),
  }
  const ids = NOTES.map((seed, index) => {
    const author = seed.author && { id: `p-${seed.author.toLowerCase()}`, name: seed.author }
    const at = { x: index * 160, y: 2200, createdAt: Date.UTC(2026, 5, 16, 9, index) }
    const id = addNote(doc, {
      text: seed.text,
      category: seed.category,
      ...at,
      ...(author && { author }),
    })
    if (seed.cell)
      placeNoteInCell(
        doc,
        id,
        frames[seed.cell.kind === 'noteGrid' ? 'noteGrid' : 'riskMatrix'],
        seed.cell,
      )
    return id
  })
  for (const [voter, index] of VOTES) castVote(doc, voter, ids[index] ?? '')
  return provider
}

/** The link that opens the phone view of the board. */
function phoneLink(httpUrl: string, token: string): string {
  return `${httpUrl}/w/${WORKSHOP}/${BOARD}?view=phone#token=${token}`
}

async function openPhone(browser: Browser, link: string, locale: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale,
    isMobile: true,
    hasTouch: true,
  })
  await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  await page.goto(link)
  await page.getByRole('listitem').first().waitFor()
  return page
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '-w', '@atelier/web'], { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(OUT, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-phone-shots-'))
  const relay = await launchRelay(await freePort(), dataDir, { WEB_DIR: WEB_DIST })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  })
  try {
    const facilitator = await seededBoard(relay.syncUrl)
    const link = phoneLink(relay.httpUrl, await token('p-amina', 'Amina', 'participant'))
    const phone = await openPhone(browser, link, 'fr-FR')
    await phone.waitForTimeout(400)
    await phone.screenshot({ path: join(OUT, 'phone.png') })

    await phone
      .getByLabel('Votre note')
      .fill('Pas de réseau mobile au centre de santé de Beni Makada')
    await phone.getByRole('radio', { name: 'Risque' }).check()
    await phone.getByRole('button', { name: 'Ajouter la note' }).click()
    await phone.getByRole('button', { name: 'La placer' }).click()
    await phone.getByRole('button', { name: /^Probabilité 3 .*Impact 5 / }).click()
    await phone.getByRole('dialog').getByText('score 15').waitFor()
    await phone.waitForTimeout(300)
    await phone.screenshot({ path: join(OUT, 'phone-place.png') })

    await phone.evaluate(() => localStorage.setItem('atelier:language', 'ar'))
    await phone.reload()
    await phone.getByRole('listitem').first().waitFor()
    await phone.waitForTimeout(400)
    await phone.screenshot({ path: join(OUT, 'phone-ar.png') })
    console.log(`screenshots saved in ${OUT}`)
    // The doc too: its presence (awareness) keeps a timer that would keep the script alive.
    facilitator.destroy()
    facilitator.doc.destroy()
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
