import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { listComments, readRecommendations } from '@atelier/model'
import { colourFor } from '../../apps/web/src/sync/me.js'
import {
  RUMOURS,
  SEEDED_TEXT,
  SEEDED_TITLE,
  block,
  caretAtEndOfText,
  editorRoom,
  editorText,
  paragraphText,
  until,
} from './editor-page.js'
import { hasChromium } from './helpers/browser.js'

const amina = { sub: 'r-1', name: 'Amina', role: 'rapporteur' } as const
const youssef = { sub: 'r-2', name: 'Youssef', role: 'rapporteur' } as const
const karim = { sub: 'p-3', name: 'Karim', role: 'participant' } as const
const unesco = { sub: 'o-1', name: 'UNESCO', role: 'observer' } as const

const AMINA_WORDS = ' Amina ajoute ceci.'
const YOUSSEF_WORDS = ' Youssef ajoute cela.'
const bothWords = (text: string) =>
  text.includes(AMINA_WORDS.trim()) && text.includes(YOUSSEF_WORDS.trim())

/** Two rapporteurs put their caret at the end of the same paragraph and type at once. */
async function typeTogether(a: Page, b: Page, id: string): Promise<void> {
  await caretAtEndOfText(a, id)
  await caretAtEndOfText(b, id)
  await Promise.all([
    a.keyboard.type(AMINA_WORDS, { delay: 15 }),
    b.keyboard.type(YOUSSEF_WORDS, { delay: 15 }),
  ])
}

/** Tries to type into the editor as someone who may not, and gives changes time to arrive. */
async function tryToType(page: Page, id: string): Promise<void> {
  await block(page, id).locator('.rec-block-content p').first().click()
  await page.keyboard.press('End')
  await page.keyboard.type(' intrus', { delay: 5 })
  await page.keyboard.press('Backspace')
  await page.waitForTimeout(500)
}

describe.skipIf(!hasChromium)('the recommendations editor', () => {
  it('shows a block written by the model, and selects its source note on the board when clicked', async () => {
    const room = await editorRoom()
    const { page } = await room.open(amina)
    const shown = block(page, room.recommendationId)
    expect(await shown.locator('h3').innerText()).toBe(SEEDED_TITLE)
    expect(await paragraphText(page, room.recommendationId)).toBe(SEEDED_TEXT)
    expect(await shown.locator('.rec-priority').innerText()).toMatch(/haute/i)
    expect(await shown.locator('.rec-actors').innerText()).toBe('Wilaya')
    await shown
      .getByRole('button', { name: `Afficher la note sur le tableau : ${RUMOURS}` })
      .click()
    await until(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-note-id') ?? ''),
      (focused) => focused === room.noteId,
      'the cited note to be selected in the board’s note list',
    )
    await page.locator('.detail-panel').waitFor()
  })

  it('merges two rapporteurs typing into the same recommendation at the same time', async () => {
    const room = await editorRoom()
    const id = room.recommendationId
    const [a, b] = [await room.open(amina), await room.open(youssef)]
    await typeTogether(a.page, b.page, id)
    const onA = await until(() => paragraphText(a.page, id), bothWords, 'both on Amina’s screen')
    const onB = await until(() => paragraphText(b.page, id), bothWords, 'both on Youssef’s screen')
    expect(onB).toBe(onA)
    expect(onA.startsWith(SEEDED_TEXT)).toBe(true)
    await until(
      async () => readRecommendations(room.seeder.doc)[0]?.text ?? '',
      (stored) => stored === onA,
      'the relay to hold what both screens show',
    )
  })

  it('shows each writer the other’s caret with their name and colour', async () => {
    const room = await editorRoom()
    const id = room.recommendationId
    const [a, b] = [await room.open(amina), await room.open(youssef)]
    await caretAtEndOfText(a.page, id)
    await caretAtEndOfText(b.page, id)
    const label = b.page.locator('.rec-caret-label', { hasText: 'Amina' })
    await label.waitFor()
    const colour = await label.evaluate((element) => getComputedStyle(element).backgroundColor)
    const hex = colourFor('r-1')
    const rgb = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')
    expect(colour).toBe(`rgb(${rgb})`)
    await a.page.locator('.rec-caret-label', { hasText: 'Youssef' }).waitFor()
    expect(await b.page.locator('.rec-writers').innerText()).toContain('2 personnes écrivent')
  })

  it('lets a participant comment and suggest but not type in the text', async () => {
    const room = await editorRoom()
    const id = room.recommendationId
    const [writer, participant] = [await room.open(amina), await room.open(karim)]
    const page = participant.page
    expect(await editorText(page).getAttribute('contenteditable')).toBe('false')
    expect(await page.locator('.rec-toolbar').count()).toBe(0)
    await tryToType(page, id)
    expect(await paragraphText(page, id)).toBe(SEEDED_TEXT)
    expect(readRecommendations(room.seeder.doc)[0]?.text).toBe(SEEDED_TEXT)

    await block(page, id).getByRole('button', { name: 'Commenter' }).click()
    await block(page, id).getByRole('textbox', { name: 'Votre commentaire' }).fill('Qui finance ?')
    await block(page, id).getByRole('button', { name: 'Envoyer' }).click()
    await block(page, id).getByRole('radio', { name: 'Suggestion' }).check()
    await block(page, id)
      .getByRole('textbox', { name: 'Votre commentaire' })
      .fill('Dire « sous 24 heures »')
    await block(page, id).getByRole('button', { name: 'Envoyer' }).click()

    const thread = await until(
      async () => listComments(room.seeder.doc, id),
      (comments) => comments.length === 2,
      'both comments to reach the relay',
    )
    expect(thread.map((comment) => [comment.author.name, comment.kind, comment.text])).toEqual([
      ['Karim', 'comment', 'Qui finance ?'],
      ['Karim', 'suggestion', 'Dire « sous 24 heures »'],
    ])
    const toggle = block(writer.page, id).getByRole('button', { name: '2 commentaires' })
    await toggle.click()
    await block(writer.page, id).getByText('Dire « sous 24 heures »').waitFor()
  })

  it('shows an observer both writers’ text live and lets them change nothing', async () => {
    const room = await editorRoom()
    const id = room.recommendationId
    const [a, b] = [await room.open(amina), await room.open(youssef)]
    const observer = await room.open(unesco)
    const page = observer.page
    await typeTogether(a.page, b.page, id)
    const seen = await until(() => paragraphText(page, id), bothWords, 'the observer to see both')
    expect(seen).toBe(await until(() => paragraphText(a.page, id), bothWords, 'Amina’s text'))

    expect(await editorText(page).getAttribute('contenteditable')).toBe('false')
    expect(await page.locator('.rec-toolbar').count()).toBe(0)
    expect(await block(page, id).locator('.rec-thread').count()).toBe(0)
    await tryToType(page, id)
    expect(await paragraphText(page, id)).toBe(seen)
    expect(readRecommendations(room.seeder.doc)[0]?.text).toBe(seen)
  })

  it('keeps an offline rapporteur writing and merges their text when they are back', async () => {
    const room = await editorRoom()
    const id = room.recommendationId
    const [a, b] = [await room.open(amina), await room.open(youssef)]
    await a.context.setOffline(true)
    await a.page.locator('[data-status="offline"]').first().waitFor()
    await typeTogether(a.page, b.page, id)
    await b.page.waitForTimeout(500)
    expect(await paragraphText(b.page, id)).not.toContain(AMINA_WORDS.trim())

    await a.context.setOffline(false)
    const onB = await until(() => paragraphText(b.page, id), bothWords, 'Amina’s words', 15_000)
    expect(await until(() => paragraphText(a.page, id), bothWords, 'Youssef’s words')).toBe(onB)
  })

  it('lets a rapporteur add a recommendation with its title, text, priority, actors and a source note', async () => {
    const room = await editorRoom()
    const { page } = await room.open(amina)
    await block(page, room.recommendationId).locator('h3').click()
    await page.getByRole('button', { name: 'Recommandation', exact: true }).click()
    await page.keyboard.type('Former des relais de quartier')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Deux relais par commune.')
    const controls = page.getByRole('group', { name: 'Recommandation en cours' })
    await controls.getByRole('combobox', { name: 'Priorité' }).selectOption('low')
    const actors = controls.getByRole('textbox', { name: 'Acteurs responsables' })
    await actors.fill('ANRT, Wilaya ; ANRT')
    await actors.press('Enter')
    await controls
      .getByRole('combobox', { name: 'Lier une note' })
      .selectOption({ label: `${RUMOURS} · citée 1 fois` })

    const records = await until(
      async () => readRecommendations(room.seeder.doc),
      (read) => read.length === 2 && read[1]?.noteIds.length === 1,
      'the new block to reach the relay',
    )
    expect(records[1]).toMatchObject({
      title: 'Former des relais de quartier',
      text: 'Deux relais par commune.',
      priority: 'low',
      actors: ['ANRT', 'Wilaya'],
      noteIds: [room.noteId],
    })
    expect(records[1]?.id).not.toBe(room.recommendationId)

    const seeded = block(page, room.recommendationId)
    await seeded.hover()
    await seeded.getByRole('button', { name: 'Supprimer la recommandation' }).click()
    await until(
      async () => readRecommendations(room.seeder.doc).map((record) => record.title),
      (titles) => titles.join() === 'Former des relais de quartier',
      'the deleted block to leave the relay',
    )
  })

  it('writes right to left when the interface is Arabic, and each paragraph in its own direction', async () => {
    const room = await editorRoom()
    const { page } = await room.open(amina, { language: 'ar' })
    expect(await page.locator('.rec-panel').getAttribute('dir')).toBe('rtl')
    await caretAtEndOfText(page, room.recommendationId)
    await page.keyboard.press('Enter')
    await page.keyboard.type('إنشاء خلية لليقظة الرقمية')
    const paragraphs = block(page, room.recommendationId).locator('.rec-block-content p')
    await until(
      () => paragraphs.count(),
      (count) => count === 2,
      'a second paragraph',
    )
    const directions = await paragraphs.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).direction),
    )
    expect(directions).toEqual(['ltr', 'rtl'])
  })
})
