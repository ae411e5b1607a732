import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addNote, addRecommendation, citationCounts } from '@atelier/model'
import { tokenFor } from '../helpers/relay.js'
import { expectNote, noteItem, openBoard } from './board-page.js'
import { BOARD, RUMOURS, block, editorRoom, until } from './editor-page.js'
import { hasChromium } from './helpers/browser.js'

const CYBERCAFES = 'Fermeture des cybercafés'
const amina = { sub: 'r-1', name: 'Amina', role: 'rapporteur' } as const
const karim = { sub: 'p-3', name: 'Karim', role: 'participant' } as const

/** The count a note's list item carries for tests (`data-citations`). */
function citedOnList(page: Page, text: string): Promise<string | null> {
  return noteItem(page, text).first().getAttribute('data-citations')
}

describe.skipIf(!hasChromium)('how many recommendations cite a note', () => {
  it('shows on a participant’s board, live as a rapporteur links and unlinks notes', async () => {
    const room = await editorRoom()
    const cybercafes = addNote(room.seeder.doc, {
      text: CYBERCAFES,
      category: 'finding',
      x: 1300,
      y: 80,
    })
    const participant = await openBoard(
      room.browser,
      room.relay.httpUrl,
      BOARD,
      await tokenFor(karim),
    )
    const { page } = participant
    await expectNote(page, RUMOURS, 'citée par 1 recommandation')
    expect(await citedOnList(page, RUMOURS)).toBe('1')
    await expectNote(page, CYBERCAFES, CYBERCAFES)
    expect(await citedOnList(page, CYBERCAFES)).toBe('0')
    expect(await noteItem(page, CYBERCAFES).first().textContent()).not.toContain('citée')

    // The rapporteur puts the caret in the seeded recommendation and links the second note.
    const rapporteur = await room.open(amina)
    await block(rapporteur.page, room.recommendationId).locator('h3').click()
    await rapporteur.page
      .getByRole('group', { name: 'Recommandation en cours' })
      .getByRole('combobox', { name: 'Lier une note' })
      .selectOption({ label: CYBERCAFES })
    await expectNote(page, CYBERCAFES, 'citée par 1 recommandation')
    expect(await citedOnList(page, CYBERCAFES)).toBe('1')

    // A second recommendation citing the first note, written through the model elsewhere.
    addRecommendation(room.seeder.doc, {
      title: 'Former des relais de quartier',
      text: 'Deux relais par commune.',
      priority: 'low',
      actors: ['ANRT'],
      noteIds: [room.noteId],
    })
    await expectNote(page, RUMOURS, 'citée par 2 recommandations')
    expect(await citedOnList(page, RUMOURS)).toBe('2')

    // The participant selects the note from the list: the detail panel says the same.
    await noteItem(page, RUMOURS).first().focus()
    const detail = page.getByTestId('note-citations')
    expect(await detail.textContent()).toBe('citée par 2 recommandations')

    // The rapporteur removes the link from the seeded recommendation: the count follows.
    await block(rapporteur.page, room.recommendationId)
      .getByRole('button', { name: `Retirer le lien vers la note : ${RUMOURS}` })
      .click()
    await until(
      () => citedOnList(page, RUMOURS),
      (count) => count === '1',
      'the count after the unlink',
    )
    await until(
      async () => (await detail.textContent()) ?? '',
      (text) => text === 'citée par 1 recommandation',
      'the detail panel after the unlink',
    )
    expect(citationCounts(room.seeder.doc)).toEqual({ [room.noteId]: 1, [cybercafes]: 1 })
  })
})
