/**
 * Saves docs/screenshots/recommendations.png: a sub-group's board with its recommendations
 * editor, as one rapporteur sees it while another rapporteur and the facilitator write, from a
 * real relay and Chromium.
 *
 *   node --conditions=source --import tsx test/e2e/editor-screenshots.ts
 *
 * It builds the web app first. The board is the seeded sub-group board of `board-content.ts`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addComment, addRecommendation, listNotes } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { freePort } from '../helpers/ports.js'
import { launchRelay, ROOT, TEST_SECRET } from '../helpers/process.js'
import { boardLink, seedWorkshopBoard } from './board-content.js'
import { showRecommendations } from './editor-page.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, acceptConduct } from './helpers/browser.js'
import { WEB_DIST } from './helpers/app.js'

const OUT = join(ROOT, 'docs/screenshots')
const WORKSHOP = 'tanger'
const BOARD = 'gouvernance-g1'

function token(sub: string, name: string, role: string): Promise<string> {
  return mintToken(
    new TextEncoder().encode(TEST_SECRET),
    { sub, name, role: role as 'participant', workshop: WORKSHOP },
    '2h',
  )
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** The ids of the seeded notes whose text starts with each of `starts`. */
function notesStarting(doc: Y.Doc, ...starts: string[]): string[] {
  const notes = listNotes(doc)
  return starts.flatMap((start) =>
    notes.filter((note) => note.text.startsWith(start)).map((n) => n.id),
  )
}

/** The sub-group's board after an hour of work, with three recommendations and a comment. */
function seedRecommendations(doc: Y.Doc): string[] {
  seedWorkshopBoard(doc)
  const first = addRecommendation(doc, {
    title: 'Créer une cellule régionale de veille contre la désinformation',
    text: [
      'Réunir autorités locales, société civile et médias pour repérer les rumeurs visant les migrants et publier des démentis vérifiés sous 24 heures.',
      'Diffuser chaque démenti en arabe, en français et en darija.',
    ].join('\n'),
    priority: 'high',
    actors: ['Wilaya de Tanger', 'ANRT', 'Associations de migrants'],
    noteIds: notesStarting(doc, 'Désinformation', 'Institutionnaliser'),
  })
  const second = addRecommendation(doc, {
    title: 'Former des relais numériques dans les maisons de jeunes',
    text: 'Deux relais par quartier, formés à la vérification des informations et aux mécanismes de signalement.',
    priority: 'medium',
    actors: ['Ministère de la Jeunesse', 'ONG locales'],
    noteIds: notesStarting(doc, 'Ateliers mensuels', 'Les jeunes s’informent'),
  })
  const third = addRecommendation(doc, {
    title: 'Adopter un protocole de protection des données pour les ONG',
    text: 'Modèle commun de consentement et de conservation des données des bénéficiaires.',
    priority: 'low',
    actors: ['CNDP', 'ONG partenaires'],
    noteIds: notesStarting(doc, 'Protocole de protection'),
  })
  addComment(
    doc,
    first,
    { id: 'p-karim', name: 'Karim' },
    'Préciser qui finance la cellule après la première année ?',
  )
  return [first, second, third]
}

async function writer(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
  })
  await context.addInitScript(acceptConduct)
  const page = await context.newPage()
  await page.goto(link)
  await showRecommendations(page)
  return page
}

/** Puts a writer's caret after `words` (the first place they occur), selecting them if asked. */
async function caretAfter(page: Page, words: string, select = false): Promise<void> {
  await page.locator('.rec-doc').evaluate(
    (root, [target, selectIt]) => {
      type Found = { from: number; to: number }
      const editor = (root as HTMLElement & { editor: EditorLike }).editor
      let found: Found | undefined
      editor.state.doc.descendants((node, pos) => {
        const at = node.isText && !found ? (node.text ?? '').indexOf(target as string) : -1
        if (at >= 0) found = { from: pos + at, to: pos + at + (target as string).length }
      })
      if (!found) throw new Error(`no "${target}" in the editor`)
      editor.commands.setTextSelection(selectIt ? found : found.to)
      editor.view.focus()
    },
    [words, select] as const,
  )
}

type EditorLike = {
  state: {
    doc: {
      descendants(visit: (node: { isText: boolean; text?: string }, pos: number) => void): void
    }
  }
  commands: { setTextSelection(at: number | { from: number; to: number }): boolean }
  view: { focus(): void }
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
    const doc = new Y.Doc()
    const seeder = new WebsocketProvider(relay.syncUrl, `${WORKSHOP}/${BOARD}`, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: await token('f-seed', 'Préparation', 'facilitator') },
      disableBc: true,
    })
    await until(() => seeder.synced, 'the seeding client to sync')
    seedRecommendations(doc)
    const link = async (sub: string, name: string, role: string) =>
      boardLink(relay.httpUrl, WORKSHOP, BOARD, await token(sub, name, role))

    const youssef = await writer(browser, await link('r-youssef', 'Youssef', 'rapporteur'))
    const salma = await writer(browser, await link('f-salma', 'Salma', 'facilitator'))
    const amina = await writer(browser, await link('r-amina', 'Amina', 'rapporteur'))
    await caretAfter(youssef, 'démentis vérifiés', true)
    await caretAfter(salma, 'vérification des informations')
    await salma.keyboard.type(' et des sources')
    await caretAfter(amina, 'en darija')
    await amina.locator('.rec-caret-label', { hasText: 'Youssef' }).waitFor()
    await amina.locator('.rec-caret-label', { hasText: 'Salma' }).waitFor()
    await amina.mouse.move(300, 500)
    await amina.waitForTimeout(600)
    await amina.screenshot({ path: join(OUT, 'recommendations.png') })
    console.log(`screenshot saved in ${join(OUT, 'recommendations.png')}`)
    // The doc too: its presence (awareness) keeps a timer that would keep the script alive.
    seeder.destroy()
    seeder.doc.destroy()
  } finally {
    await browser.close()
    await relay.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
