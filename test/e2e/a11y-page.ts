/**
 * A Governance room ready for the accessibility, language and keyboard tests: the consultation,
 * notes in French and Arabic on sub-group 1's board (one placed in a matrix cell, one in a
 * grid lane), an open vote round; and each page of the interface opened in a chosen language.
 */
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { addNote, placeNoteInCell } from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { newPerson } from './helpers/browser.js'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, type RunningRelay } from '../helpers/relay.js'
import { WORKSHOP, createConsultation, facilitatorToken } from './session-page.js'

export const BOARD = 'governance-g1'
export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 800 }
export const STEP_MS = 30_000

/** Notes as the room writes them: Arabic, French, and both in one note. */
export const NOTES = {
  arabic: 'إنشاء خلية يقظة جهوية ضد الأخبار الزائفة',
  mixed: 'تكوين الأساتذة في التربية على وسائل الإعلام (EMI) — Former les enseignants',
  french: 'Un numéro unique pour signaler la haine en ligne',
} as const

export type Language = 'fr' | 'ar' | 'en'
export const LANGUAGES: readonly Language[] = ['fr', 'ar', 'en']

export type Room = {
  relay: RunningRelay
  facilitator: string
  participant: string
  observer: string
}

/**
 * The web app the relay serves: apps/web/dist, or `E2E_WEB_DIR`, a build of one's own that
 * another build of apps/web/dist cannot replace in the middle of a run.
 */
const webDir = (): string => process.env.E2E_WEB_DIR ?? ensureWebBuilt()

/** Starts a relay with the consultation, the notes and an open vote round (two votes each). */
export async function prepareRoom(): Promise<Room> {
  const relay = await startRelay({ WEB_DIR: webDir() })
  await createConsultation(relay.httpUrl, ['governance'], 2)
  const facilitator = await facilitatorToken()
  const client = await syncedClient(relay.syncUrl, `${WORKSHOP}/${BOARD}`, facilitator)
  const arabic = addNote(client.doc, {
    text: NOTES.arabic,
    category: 'finding',
    x: 100,
    y: 100,
    author: { id: 'p-salwa', name: 'سلوى' },
  })
  placeNoteInCell(client.doc, arabic, 'grid', { kind: 'noteGrid', lane: 'needs' })
  const mixed = addNote(client.doc, { text: NOTES.mixed, category: 'action', x: 200, y: 100 })
  placeNoteInCell(client.doc, mixed, 'grid', { kind: 'noteGrid', lane: 'needs' })
  addNote(client.doc, { text: NOTES.french, category: 'action', x: 300, y: 1400, anonymous: true })
  const opened = await callApi(
    relay,
    `/api/workshops/${WORKSHOP}/sessions/governance/control`,
    facilitator,
    { action: 'voting', state: 'open', budget: 2 },
  )
  expect(opened.status).toBe(200)
  const participant = await tokenFor({
    sub: 'p-amina',
    name: 'Amina',
    role: 'participant',
    workshop: WORKSHOP,
  })
  const observer = await tokenFor({
    sub: 'o-unesco',
    name: 'UNESCO',
    role: 'observer',
    workshop: WORKSHOP,
  })
  return { relay, facilitator, participant, observer }
}

/** The interface's pages the tests visit, each with what shows that it has finished loading. */
export type PageName = 'console' | 'board' | 'phone' | 'observer' | 'report' | 'join'

export function addressOf(room: Room, name: PageName): string {
  const base = `${room.relay.httpUrl}/w/${WORKSHOP}`
  switch (name) {
    case 'console':
      return `${base}/console#token=${room.facilitator}`
    case 'board':
      return `${base}/${BOARD}?view=board#token=${room.facilitator}`
    case 'phone':
      return `${base}/${BOARD}?view=phone#token=${room.participant}`
    case 'observer':
      return `${base}/${BOARD}?view=observer#token=${room.observer}`
    case 'report':
      return `${base}/report#token=${room.facilitator}`
    case 'join':
      return `${room.relay.httpUrl}/join`
  }
}

const READY: Record<PageName, string> = {
  console: '.console-page section[data-session="governance"] tbody tr',
  board: '.canvas-area canvas',
  phone: 'li.phone-note',
  observer: '.note-list li',
  report: '.report-page .report-chrome',
  join: 'form.join-form',
}

/** Runs in the page before its scripts: this device's person chose `language`. */
function chooseLanguage(language: string): void {
  window.localStorage.setItem('atelier:language', language)
}

/**
 * Opens one page of the interface on a new device whose person reads `language`, as the page's
 * usual person (the facilitator, Amina on the phone, the observer) or with another `token`.
 */
export async function openPage(
  browser: Browser,
  room: Room,
  name: PageName,
  language: Language = 'fr',
  token?: string,
): Promise<Page> {
  const viewport = name === 'phone' ? PHONE : DESKTOP
  const { context, page } = await newPerson(browser, { viewport })
  await context.addInitScript(chooseLanguage, language)
  page.setDefaultTimeout(STEP_MS)
  const address = addressOf(room, name)
  await page.goto(token ? address.replace(/#token=.*$/, `#token=${token}`) : address)
  await page.locator(READY[name]).first().waitFor({ state: 'attached' })
  // The lists and panels fill in as the board syncs: wait for the notes where a page shows them.
  if (name === 'board' || name === 'phone' || name === 'observer') {
    await page.getByText(NOTES.french).first().waitFor({ state: 'attached' })
  }
  return page
}

/** Opens the parts of a page that only show on demand: a note's panel, the place sheet. */
export async function openDetails(page: Page, name: PageName): Promise<void> {
  if (name === 'board' || name === 'observer') {
    await page.locator('.note-list li').filter({ hasText: NOTES.french }).focus()
    await page.locator('.detail-panel').waitFor({ state: 'attached' })
    // A writer's panel has a cell picker (board/PlaceInCell.tsx): opened, so it is checked too.
    const place = page.locator('.detail-panel .place-toggle')
    if ((await place.count()) > 0) {
      await place.click()
      await page.locator('.detail-panel .place-body [role="group"]').first().waitFor()
    }
  }
  if (name === 'phone') {
    const card = page.locator('li.phone-note').filter({ hasText: NOTES.mixed })
    await card.locator('.phone-note-actions button:not(.phone-vote)').first().click()
    await page.locator('dialog.phone-sheet').waitFor()
  }
}

/**
 * The words the page's interface lacked since it opened (see apps/web/src/i18n/missing.ts), or
 * null when the page has no detector at all.
 */
export function missingKeys(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const seen = window.__atelierMissingKeys
    return seen ? [...seen] : null
  })
}

/**
 * Text on the page, visible or read aloud (labels, titles, placeholders), that looks like an
 * untranslated key (`composer.submit`, `place.cellScore`) rather than words.
 */
export function rawKeysOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const KEY = /^[a-z][a-zA-Z]*(?:\.[a-zA-Z][\w-]*)+$/
    const texts = [document.body.innerText]
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    const found = new Set<string>()
    for (const text of texts) {
      for (const word of text.split(/[\s,;:()«»"“”]+/)) {
        const bare = word.replace(/[.…!?]+$/, '')
        if (KEY.test(bare)) found.add(bare)
      }
    }
    return [...found]
  })
}

declare global {
  interface Window {
    __atelierMissingKeys?: string[]
  }
}
