import { describe, expect, it } from 'vitest'
import { addFrame, addNote, cellRect, getFrame, initBoard } from '@atelier/model'
import type { Rect } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { SEEDED_FRAMES } from './board-content.js'
import {
  expectNote,
  noteCount,
  noteItem,
  openBoard,
  pressAndMove,
  screenPoint,
} from './board-page.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser } from './helpers/browser.js'

const BOARD = 'g1'
const RUMOURS = 'Rumeurs sur WhatsApp'
/** Where the seeded note stands: beside the risk matrix, on no frame. */
const NOTE_AT = { x: 1100, y: 80 }

/** A relay serving the web app, a board with the risk matrix and one note, and three people. */
async function room() {
  const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
  const seeder = await syncedClient(
    relay.syncUrl,
    `tanger/${BOARD}`,
    await tokenFor({ sub: 'f-1', name: 'Salma', role: 'facilitator' }),
  )
  initBoard(seeder.doc, { kind: 'subgroup', title: 'Gouvernance — sous-groupe 1' })
  addFrame(seeder.doc, 'riskMatrix', { x: 0, y: 0 }, { id: SEEDED_FRAMES.risks })
  addNote(seeder.doc, { text: RUMOURS, category: 'risk', ...NOTE_AT })
  const frame = getFrame(seeder.doc, SEEDED_FRAMES.risks)!
  const note: Rect = { ...NOTE_AT, w: 140, h: 100 }
  const browser = await launchBrowser()
  const [amina, youssef, observer] = [
    await openBoard(
      browser,
      relay.httpUrl,
      BOARD,
      await tokenFor({ sub: 'p-1', name: 'Amina', role: 'participant' }),
    ),
    await openBoard(
      browser,
      relay.httpUrl,
      BOARD,
      await tokenFor({ sub: 'p-2', name: 'Youssef', role: 'participant' }),
    ),
    await openBoard(
      browser,
      relay.httpUrl,
      BOARD,
      await tokenFor({ sub: 'o-1', name: 'UNESCO', role: 'observer' }),
    ),
  ]
  for (const person of [amina, youssef, observer]) await expectNote(person.page, RUMOURS, RUMOURS)
  return { relay, seeder, frame, note, content: [frame, note], amina, youssef, observer }
}

const centre = (box: Rect) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 })

describe.skipIf(!hasChromium)('two participants and an observer on one board', () => {
  it('shows a note written by one participant to the other and to the observer', async () => {
    const { amina, youssef, observer } = await room()
    await amina.page.getByRole('button', { name: 'Note', exact: true }).click()
    const editor = amina.page.getByRole('textbox', { name: 'Modifier le texte' })
    await editor.fill('Pas de point de signalement local')
    await editor.press('Escape')
    for (const person of [amina, youssef, observer]) {
      await expectNote(person.page, 'Pas de point de signalement local', 'Constat')
    }
  })

  it('moves a dragged note on the other screens while it moves, and scores it where it is dropped', async () => {
    const { amina, youssef, observer, frame, note, content } = await room()
    const cell = cellRect(frame, { kind: 'riskMatrix', likelihood: 4, impact: 5 })!
    const from = await screenPoint(amina.page, content, centre(note))
    const to = await screenPoint(amina.page, content, centre(cell))
    await pressAndMove(amina.page, from, to)
    await expectNote(youssef.page, RUMOURS, 'déplacée par Amina')
    await expectNote(observer.page, RUMOURS, 'déplacée par Amina')
    await amina.page.mouse.up()
    for (const person of [amina, youssef, observer]) {
      await expectNote(person.page, RUMOURS, 'Probabilité 4 (Probable), Impact 5 (Critique) : 20')
    }
    await expectNote(youssef.page, RUMOURS, /^(?!.*déplacée).*$/)
  })

  it('lets the observer create, move and edit nothing, with the mouse or the keyboard', async () => {
    const { amina, observer, frame, note, content } = await room()
    const { page } = observer
    expect(await page.getByRole('toolbar').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Note', exact: true }).count()).toBe(0)

    const empty = await screenPoint(page, content, { x: 1150, y: 600 })
    await page.mouse.dblclick(empty.x, empty.y)
    const cell = cellRect(frame, { kind: 'riskMatrix', likelihood: 1, impact: 1 })!
    await pressAndMove(
      page,
      await screenPoint(page, content, centre(note)),
      await screenPoint(page, content, centre(cell)),
    )
    await page.mouse.up()
    const onNote = await screenPoint(page, content, centre(note))
    await page.mouse.dblclick(onNote.x, onNote.y)
    // The language switcher is the only control an observer has: it changes their own screen.
    expect(await page.locator('textarea, input, select:not(.language-switcher)').count()).toBe(0)

    await noteItem(page, RUMOURS).focus()
    for (const key of [
      'ArrowRight',
      'ArrowDown',
      'Shift+ArrowUp',
      'Enter',
      'F2',
      'n',
      'Control+a',
      'Control+z',
      'Delete',
      'Backspace',
    ]) {
      await page.keyboard.press(key)
    }
    expect(await page.locator('textarea, input[type="text"]').count()).toBe(0)
    expect(
      await page
        .locator(
          '.detail-panel textarea, .detail-panel input, .detail-panel select, .detail-panel .danger',
        )
        .count(),
    ).toBe(0)

    // Give any change a moment to travel, then check nothing moved anywhere.
    await page.waitForTimeout(700)
    for (const person of [observer, amina]) {
      expect(await noteCount(person.page)).toBe(1)
      const text = await noteItem(person.page, RUMOURS).textContent()
      expect(text).toContain(RUMOURS)
      expect(text).not.toMatch(/Probabilité/)
    }
  })

  it('keeps an offline participant working and merges their edits when they are back', async () => {
    const { amina, youssef } = await room()
    await amina.context.setOffline(true)
    await amina.page.locator('[data-status="offline"]').waitFor()
    await expect
      .poll(() => amina.page.locator('[data-status="offline"]').textContent())
      .toContain('Hors ligne')

    await amina.page.getByRole('button', { name: 'Note', exact: true }).click()
    const editor = amina.page.getByRole('textbox', { name: 'Modifier le texte' })
    await editor.fill('Écrit hors ligne')
    await editor.press('Escape')
    await noteItem(amina.page, RUMOURS).focus()
    await amina.page.keyboard.press('Enter')
    await editor.press('End')
    await editor.pressSequentially(' et Telegram')
    await editor.press('Escape')
    await expectNote(amina.page, 'Écrit hors ligne', 'Constat')
    await expectNote(amina.page, RUMOURS, 'Rumeurs sur WhatsApp et Telegram')

    await youssef.page.waitForTimeout(800)
    expect(await noteItem(youssef.page, 'Écrit hors ligne').count()).toBe(0)
    expect(await noteItem(youssef.page, RUMOURS).textContent()).not.toContain('Telegram')

    await amina.context.setOffline(false)
    await amina.page.locator('[data-status="online"]').waitFor({ timeout: 15_000 })
    await expectNote(youssef.page, 'Écrit hors ligne', 'Constat', 15_000)
    await expectNote(youssef.page, RUMOURS, 'Rumeurs sur WhatsApp et Telegram')
    await waitFor(async () => (await amina.page.locator('[data-status="offline"]').count()) === 0)
  })
})
