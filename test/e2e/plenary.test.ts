import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { castVote, getNote, listFrames, listNotes, readValidation } from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser } from './helpers/browser.js'
import { openBoard, noteItem } from './board-page.js'
import {
  NOTES,
  candidateRow,
  centreOnScreen,
  decide,
  nodeBoard,
  openValidation,
  openWide,
  promoteSelection,
  writeNotes,
} from './plenary-page.js'
import { startRelay, waitFor } from '../helpers/relay.js'
import { createConsultation, facilitatorToken, participantToken } from './session-page.js'

/** Every text drawn on the page's canvas (react-konva's stage, which Konva keeps on window). */
function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Node = { text: () => string }
    type Stage = { find: (selector: string) => Node[] }
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva
    return (konva?.stages ?? []).flatMap((stage) => stage.find('Text').map((node) => node.text()))
  })
}

describe.skipIf(!hasChromium)('the plenary', () => {
  it('receives notes promoted from two groups and shows the validation round to everyone', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const facilitator = await facilitatorToken()
    const g1 = await nodeBoard(relay.syncUrl, 'governance-g1', facilitator)
    const g2 = await nodeBoard(relay.syncUrl, 'governance-g2', facilitator)
    const [first, second] = writeNotes(g1.doc, [...NOTES.g1, NOTES.g1Kept]) as [string, string]
    writeNotes(g2.doc, NOTES.g2)
    const plenary = await nodeBoard(relay.syncUrl, 'governance-plenary', facilitator)
    const browser = await launchBrowser()

    // On g1's board, the facilitator selects two notes on the canvas and promotes them.
    const g1Page = (await openBoard(browser, relay.httpUrl, 'governance-g1', facilitator, 'board'))
      .page
    await noteItem(g1Page, NOTES.g1[1]).waitFor()
    const content = [...listFrames(g1.doc), ...listNotes(g1.doc)]
    const at = async (id: string) => centreOnScreen(g1Page, content, getNote(g1.doc, id)!)
    // Both points first: the detail panel opening narrows the canvas without moving the view.
    const one = await at(first)
    const two = await at(second)
    await g1Page.mouse.click(one.x, one.y)
    await g1Page.keyboard.down('Shift')
    await g1Page.mouse.click(two.x, two.y)
    await g1Page.keyboard.up('Shift')
    await g1Page.getByText('2 notes sélectionnées').waitFor()
    expect(await promoteSelection(g1Page)).toContain('2 notes ajoutées à la plénière.')

    // On g2's board, one note chosen from the accessible list.
    const g2Page = (await openBoard(browser, relay.httpUrl, 'governance-g2', facilitator, 'board'))
      .page
    await noteItem(g2Page, NOTES.g2[0]).focus()
    await g2Page.getByText('1 note sélectionnée').waitFor()
    expect(await promoteSelection(g2Page)).toContain('1 note ajoutée à la plénière.')
    // Promoting it again adds nothing.
    expect(await promoteSelection(g2Page)).toContain(
      '0 note ajoutée à la plénière. 1 y était déjà.',
    )

    // A participant's plenary: three notes, each with where it came from.
    const amina = await participantToken()
    const room = await openWide(browser, relay.httpUrl, 'governance-plenary', amina)
    await waitFor(async () => (await room.locator('.note-list li[data-origin]').count()) === 3)
    expect(await noteItem(room, NOTES.g1Kept).count()).toBe(0)
    expect(await noteItem(room, NOTES.g1[0]).getAttribute('data-origin')).toBe('governance-g1')
    expect(await noteItem(room, NOTES.g2[0]).getAttribute('data-origin')).toBe('governance-g2')
    expect(await noteItem(room, NOTES.g2[0]).textContent()).toContain(
      'Promue depuis le sous-groupe 2',
    )
    await waitFor(async () => {
      const texts = await canvasTexts(room)
      return texts.filter((text) => text === 'G1').length === 2 && texts.includes('G2')
    })
    // Nobody but the facilitator decides: the participant has no validation button yet.
    expect(await room.locator('.top-bar').getByRole('button', { name: 'Validation' }).count()).toBe(
      0,
    )

    // Voting closed: the votes are on the plenary, ranking the three.
    await waitFor(() => listNotes(plenary.doc).length === 3)
    const copyOf = (text: string) => listNotes(plenary.doc).find((note) => note.text === text)!.id
    for (const voter of ['p-1', 'p-2', 'p-3']) castVote(plenary.doc, voter, copyOf(NOTES.g2[0]))
    castVote(plenary.doc, 'p-1', copyOf(NOTES.g1[0]))

    // The facilitator validates on the plenary: agreed, with reservations, not agreed.
    const desk = await openWide(browser, relay.httpUrl, 'governance-plenary', facilitator)
    await openValidation(desk)
    await waitFor(async () => {
      const first = desk.locator('.validation-drawer li.candidate').first()
      return ((await first.textContent()) ?? '').includes(NOTES.g2[0])
    })
    await decide(desk, NOTES.g2[0], { verdict: 'Validée', level: 'Élevée' })
    // A reservation must be written: saving without one is refused and changes nothing.
    const reserved = candidateRow(desk, NOTES.g1[0])
    await reserved.getByLabel('Validée avec réserves', { exact: true }).check()
    await reserved.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await reserved.getByRole('alert').filter({ hasText: 'Écrivez la réserve' }).waitFor()
    expect(readValidation(plenary.doc, copyOf(NOTES.g1[0]))).toBeUndefined()
    await decide(desk, NOTES.g1[0], {
      verdict: 'Validée avec réserves',
      reservation: 'À condition de former aussi les associations',
    })
    await decide(desk, NOTES.g1[1], { verdict: 'Non validée' })

    // Stored on the notes, for every peer.
    await waitFor(() => readValidation(plenary.doc, copyOf(NOTES.g1[1])) !== undefined)
    expect(getNote(plenary.doc, copyOf(NOTES.g2[0]))).toMatchObject({
      priority: 'high',
      validation: { verdict: 'agreed' },
    })
    // Second of three by votes: the rank suggests medium when the facilitator picks none.
    expect(getNote(plenary.doc, copyOf(NOTES.g1[0]))).toMatchObject({
      priority: 'medium',
      validation: {
        verdict: 'reservations',
        reservation: 'À condition de former aussi les associations',
      },
    })
    expect(getNote(plenary.doc, copyOf(NOTES.g1[1]))?.priority).toBeUndefined()

    // The participant's plenary shows the verdicts, priorities and reservation.
    const verdictOf = (text: string) => noteItem(room, text).getAttribute('data-verdict')
    await waitFor(async () => (await verdictOf(NOTES.g1[1])) === 'not-agreed')
    expect(await verdictOf(NOTES.g2[0])).toBe('agreed')
    expect(await noteItem(room, NOTES.g2[0]).getAttribute('data-priority')).toBe('high')
    expect(await noteItem(room, NOTES.g2[0]).textContent()).toContain(
      'Validation : Validée, Priorité : Élevée',
    )
    expect(await noteItem(room, NOTES.g1[0]).textContent()).toContain(
      'Réserve : À condition de former aussi les associations',
    )
    expect(await noteItem(room, NOTES.g1[1]).textContent()).toContain(
      'Validation : Non validée, Sans priorité',
    )
    await waitFor(async () => {
      const texts = await canvasTexts(room)
      return ['✓ Élevée', '! Moyenne', '✕ Sans priorité'].every((chip) => texts.includes(chip))
    })
    // Their panel reads the outcome and offers nothing to change.
    await openValidation(room)
    const outcome = candidateRow(room, NOTES.g1[0])
    await outcome.locator('.verdict-chip').filter({ hasText: 'Validée avec réserves' }).waitFor()
    expect(await outcome.textContent()).toContain('À condition de former aussi les associations')
    expect(
      await room.locator('.validation-drawer input, .validation-drawer button.primary').count(),
    ).toBe(0)

    for (const board of [g1, g2, plenary]) board.close()
  })
})
