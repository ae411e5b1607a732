import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cellCentre, getFrame, getNote, listNotes, placementOf } from '@atelier/model'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { syncedClient } from '../helpers/clients.js'
import { ROOT } from '../helpers/process.js'
import { waitFor } from '../helpers/relay.js'
import { BOARD, openPage, prepareRoom } from './a11y-page.js'
import { WORKSHOP } from './session-page.js'

const TEXT = 'Des ateliers de vérification dans chaque maison de jeunes'
const BOARD_TEXT = 'Une permanence juridique pour les victimes de harcèlement'
/** Board units a note moves per arrow key press, and with Shift (apps/web/src/board/keyboard.ts). */
const STEP = 10
const STEP_LARGE = 50
/** More key presses than any page has controls before the one sought: a bound, not a timing. */
const MAX_PRESSES = 120

/** What has the focus: its tag, its accessible name as the page gives it, its note's text. */
type Focused = { tag: string; name: string; note: string; visible: boolean; outline: string }

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return { tag: 'body', name: '', note: '', visible: false, outline: '' }
    }
    const labelled = element as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }
    const name =
      element.getAttribute('aria-label') ??
      labelled.labels?.[0]?.innerText ??
      element.innerText ??
      ''
    const style = getComputedStyle(element)
    return {
      tag: element.tagName.toLowerCase(),
      name: name.trim(),
      note: element.closest('li')?.textContent ?? '',
      visible: element.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`,
    }
  })
}

/** What a failed step leaves on the page, for its message: the focus and the visible text. */
async function whatThePageShows(page: Page): Promise<string> {
  const focus = await focused(page)
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))
  return `focus on ${focus.tag} "${focus.name}"; the page reads: ${text.slice(0, 1500)}`
}

/**
 * Presses Tab (or Shift+Tab) until the focus reaches a control that `wanted` accepts, as a
 * person would, and returns what has the focus. Fails after `MAX_PRESSES`.
 */
async function tabTo(
  page: Page,
  wanted: (focus: Focused) => boolean,
  what: string,
  key = 'Tab',
): Promise<Focused> {
  const passed = new Set<string>()
  for (let press = 0; press < MAX_PRESSES; press += 1) {
    await page.keyboard.press(key)
    const focus = await focused(page)
    if (wanted(focus)) return focus
    passed.add(`${focus.tag} "${focus.name.slice(0, 60)}"`)
  }
  throw new Error(`the keyboard never reached ${what}; it went through ${[...passed].join(', ')}`)
}

/** From a note of the list of notes, Home, then Down until the note that says `text`. */
async function goToNote(page: Page, text: string): Promise<Focused> {
  await page.keyboard.press('Home')
  const isTheNote = (focus: Focused) => focus.tag === 'li' && focus.note.includes(text)
  const first = await focused(page)
  return isTheNote(first) ? first : tabTo(page, isTheNote, `the note "${text}"`, 'ArrowDown')
}

/** The focus is shown: `:focus-visible` applies and draws an outline or a ring. */
function expectVisibleFocus(focus: Focused): void {
  expect(focus.visible, `${focus.name}: :focus-visible`).toBe(true)
  const [style, width, ...shadow] = focus.outline.split(' ')
  const outlined = style !== 'none' && Number.parseFloat(width ?? '0') > 0
  const ringed = shadow.join(' ') !== 'none'
  expect(outlined || ringed, `${focus.name}: outline ${focus.outline}`).toBe(true)
}

/**
 * From a place sheet or panel: Tab to its list of frames (`isFrameList`), pick the risk matrix
 * with the arrow keys, Tab to the cell likelihood 4, impact 5 (its focus visible) and press Enter;
 * returns that cell as it had the focus.
 */
async function placeInRiskCell(
  page: Page,
  isFrameList: (focus: Focused) => boolean,
): Promise<Focused> {
  await tabTo(page, isFrameList, 'the list of frames')
  await page.keyboard.press('Home')
  for (let press = 0; press < 5 && !(await chosenFrame(page)).includes('risques'); press += 1) {
    await page.keyboard.press('ArrowDown')
  }
  expect(await chosenFrame(page)).toContain('risques')
  const cell = await tabTo(
    page,
    (focus) => focus.name.startsWith('Probabilité 4') && focus.name.includes('Impact 5'),
    'the matrix cell (likelihood 4, impact 5)',
  )
  expectVisibleFocus(cell)
  await page.keyboard.press('Enter')
  return cell
}

describe.skipIf(!hasChromium)('a participant with the keyboard alone', () => {
  it('writes a note, places it in a matrix cell and votes for it on the phone view, with the focus always visible', async () => {
    const room = await prepareRoom()
    const browser = await launchBrowser()
    const page = await openPage(browser, room, 'phone', 'fr')
    const watcher = await syncedClient(room.relay.syncUrl, `${WORKSHOP}/${BOARD}`, room.facilitator)

    // Writes: Tab to the text field, types, Tab to the add button, Enter.
    await tabTo(
      page,
      (focus) => focus.tag === 'textarea' && focus.name === 'Votre note',
      'the note field',
    )
    await page.keyboard.type(TEXT)
    const add = await tabTo(page, (focus) => focus.name === 'Ajouter la note', 'the add button')
    expectVisibleFocus(add)
    await page.keyboard.press('Enter')
    await waitFor(() => listNotes(watcher.doc).some((note) => note.text === TEXT), 10_000)

    // Places: the focus moves to "La placer"; Enter opens the sheet; Tab to a cell, Enter.
    const placeNow = await focused(page)
    expect(placeNow.name).toBe('La placer')
    expectVisibleFocus(placeNow)
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Placer la note' }).waitFor()
    // The risk matrix, chosen in the list of frames with the arrow keys.
    await placeInRiskCell(page, (focus) => focus.tag === 'select')
    const id = () => listNotes(watcher.doc).find((note) => note.text === TEXT)?.id
    await waitFor(() => placementOf(watcher.doc, id() ?? '')?.cell !== undefined, 10_000)
    expect(placementOf(watcher.doc, id()!)?.cell).toEqual({
      kind: 'riskMatrix',
      likelihood: 4,
      impact: 5,
    })
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Placer la note' }).waitFor({ state: 'detached' })

    // Votes: once the phone has read its ballot from the relay, Tab to the note's vote button,
    // Space.
    await page.getByText('2 votes restants', { exact: true }).waitFor()
    const vote = await tabTo(
      page,
      (focus) => focus.name === 'Voter' && focus.note.includes(TEXT),
      'the vote button of the note',
    )
    expectVisibleFocus(vote)
    await page.keyboard.press('Space')
    await page
      .getByText('1 vote restant', { exact: true })
      .waitFor({ timeout: 15_000 })
      .catch(async (error: unknown) => {
        throw new Error(`the vote did not count: ${await whatThePageShows(page)}`, {
          cause: error,
        })
      })
    const voted = await focused(page)
    expect(voted.name).toBe('Voté')
  })

  it('writes a note, moves it into a lane of the grid, places it in a matrix cell from its panel and votes for it on the laptop’s board', async () => {
    const room = await prepareRoom()
    const browser = await launchBrowser()
    const page = await openPage(browser, room, 'board', 'fr', room.participant)
    const watcher = await syncedClient(room.relay.syncUrl, `${WORKSHOP}/${BOARD}`, room.facilitator)

    // Writes: Tab to the toolbar's note button, Enter opens a new note's text, Escape ends it.
    const tool = await tabTo(page, (focus) => focus.name === 'Note', 'the note tool')
    expectVisibleFocus(tool)
    await page.keyboard.press('Enter')
    await page.keyboard.type(BOARD_TEXT)
    await page.keyboard.press('Escape')
    await waitFor(() => listNotes(watcher.doc).some((note) => note.text === BOARD_TEXT), 10_000)
    const id = listNotes(watcher.doc).find((note) => note.text === BOARD_TEXT)!.id

    // Places: Tab to the list of notes (one stop), Home, then Down to the note; Space picks it
    // up, the arrow keys move it into the lane, Space puts it down.
    await tabTo(page, (focus) => focus.tag === 'li', 'the list of notes')
    const item = await goToNote(page, BOARD_TEXT)
    expectVisibleFocus(item)
    // The list is out of sight: what its keys do is shown on the canvas while it has the focus.
    const hint = page.locator('.keyboard-hint')
    expect(await hint.textContent()).toMatch(/^Haut, Bas : note précédente, suivante\. Espace/)
    await page.keyboard.press('Space')
    const said = page.locator('.note-list [role="status"]')
    const pickedUp = 'Note saisie. Flèches : la déplacer. Espace : la poser.'
    expect(await said.textContent()).toBe(pickedUp)
    expect(await hint.textContent()).toBe(pickedUp)
    // On the canvas, the note picked up is marked as lifted.
    const lifted = page.locator(`.lifted-mark[data-note-id="${id}"]`)
    await lifted.waitFor()
    const grid = getFrame(watcher.doc, 'grid')!
    const target = cellCentre(grid, { kind: 'noteGrid', lane: 'needs' })!
    const note = getNote(watcher.doc, id)!
    await moveBy(page, target.x - (note.x + note.w / 2), 'ArrowRight', 'ArrowLeft')
    await moveBy(page, target.y - (note.y + note.h / 2), 'ArrowDown', 'ArrowUp')
    await waitFor(() => placementOf(watcher.doc, id)?.cell?.kind === 'noteGrid', 10_000)
    expect(placementOf(watcher.doc, id)?.cell).toEqual({ kind: 'noteGrid', lane: 'needs' })
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/board-keyboard.png') })
    await page.keyboard.press('Space')
    await lifted.waitFor({ state: 'detached' })
    expect(await said.textContent()).toMatch(/^Note posée\. Une permanence juridique.*Besoins/)
    // Put down, the arrows go from note to note again (the list's first note is an older one)
    // and leave it where it lies.
    const { x, y } = getNote(watcher.doc, id)!
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Home')
    expect((await focused(page)).note).not.toContain(BOARD_TEXT)
    await goToNote(page, BOARD_TEXT)
    // A move would reach the watcher in a few milliseconds; a slower machine could only hide one.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(getNote(watcher.doc, id)).toMatchObject({ x, y })

    // Places without the arrow keys, from the note's panel, the next stop after the list: Tab
    // to its "Place in a cell" button, Enter opens the picker; the risk matrix is chosen in
    // the list of frames, then Tab to a cell, Enter.
    const toggle = await tabTo(
      page,
      (focus) => focus.name === 'Placer dans une case',
      'the place-in-a-cell button of the selected note',
    )
    expectVisibleFocus(toggle)
    await page.keyboard.press('Enter')
    const cell = await placeInRiskCell(page, (focus) => focus.name === 'Sur quel cadre ?')
    await waitFor(() => placementOf(watcher.doc, id)?.cell?.kind === 'riskMatrix', 10_000)
    expect(placementOf(watcher.doc, id)?.cell).toEqual({
      kind: 'riskMatrix',
      likelihood: 4,
      impact: 5,
    })
    // The result is said, and the cell shows itself chosen; the focus stays on it.
    const panel = page.getByRole('complementary', { name: 'Détail de la note' })
    await panel
      .getByRole('status')
      .getByText(/^Placée : .*Probabilité 4, Impact 5$/)
      .waitFor()
    expect(await panel.getByRole('button', { pressed: true }).getAttribute('aria-label')).toBe(
      cell.name,
    )
    expect((await focused(page)).name).toBe(cell.name)

    // Votes: the vote button comes after the picker in the panel, Tab to it, Enter.
    const vote = await tabTo(
      page,
      (focus) => focus.name === 'Voter pour cette note',
      'the vote button of the selected note',
    )
    expectVisibleFocus(vote)
    await page.keyboard.press('Enter')
    await page.getByText('1 vote restant').first().waitFor()

    // Shift+Tab from the panel comes back to its note, not to another one of the list.
    const back = await tabTo(page, (focus) => focus.tag === 'li', 'the list of notes', 'Shift+Tab')
    expect(back.note).toContain(BOARD_TEXT)
    expect(await panel.getByText(BOARD_TEXT).count()).toBeGreaterThan(0)
  })
})

/** The frame the focused list of frames shows (the phone's place sheet, the board's panel). */
function chosenFrame(page: Page): Promise<string> {
  return page.evaluate(() => {
    const select = document.activeElement as HTMLSelectElement
    return select.selectedOptions[0]?.textContent ?? ''
  })
}

/** Moves the focused note by `distance` board units along one axis with arrow keys. */
async function moveBy(page: Page, distance: number, forward: string, back: string) {
  const key = distance >= 0 ? forward : back
  const left = Math.abs(distance)
  for (let press = 0; press < Math.floor(left / STEP_LARGE); press += 1) {
    await page.keyboard.press(`Shift+${key}`)
  }
  for (let press = 0; press < Math.round((left % STEP_LARGE) / STEP); press += 1) {
    await page.keyboard.press(key)
  }
}
