import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addNote, listNotes, voteCounts } from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const PHONE = { width: 390, height: 844 }
const API = '/api/workshops/tanger'
const BOARD = 'governance-g1'
const NOTES = [
  'Former les agents à la vérification',
  'Un numéro unique pour signaler',
  'Traduire les alertes en amazigh',
]

async function open(
  browser: Browser,
  relay: RunningRelay,
  token: string,
  phone: boolean,
  view = '',
) {
  const { page } = await newPerson(browser, phone ? { viewport: PHONE } : {})
  page.setDefaultTimeout(30_000)
  await page.goto(`${relay.httpUrl}/w/tanger/${BOARD}${view}#token=${token}`)
  if (phone) await page.getByRole('heading', { name: /^Notes du groupe/ }).waitFor()
  return page
}

const participant = (sub: string, name: string) =>
  tokenFor({ sub, name, role: 'participant', boards: [BOARD, 'governance-plenary'] })

/** Clicks a note's vote button on a phone. */
async function vote(page: Page, text: string) {
  const item = page.getByRole('listitem').filter({ hasText: text })
  await item.getByRole('button', { name: /^Voter/ }).click()
}

/** The ranked results a screen shows, line by line. */
async function rankedOn(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: 'Résultats du vote' })
  const items = results.getByRole('list', { name: 'Résultats du vote' }).getByRole('listitem')
  await items.first().waitFor({ timeout: 30_000 })
  return items.evaluateAll((lines) =>
    lines.map((line) =>
      Array.from(line.children)
        .map((part) => part.textContent?.trim())
        .join(' '),
    ),
  )
}

describe.skipIf(!hasChromium)('secret dot voting in a session', () => {
  it('votes within the budget on two phones, and shows one ranked result on every screen after the close', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await tokenFor({ sub: 'fac', name: 'Salma' })
    const created = await callApi(relay, `${API}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance'],
    })
    expect(created.status).toBe(201)
    const notesClient = await syncedClient(relay.syncUrl, `tanger/${BOARD}`, facilitator)
    for (const [index, text] of NOTES.entries()) {
      addNote(notesClient.doc, { category: 'action', x: 40 + index * 240, y: 1400, text })
    }
    const opened = await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'voting',
      state: 'open',
      budget: 2,
    })
    expect(opened.status).toBe(200)

    const browser = await launchBrowser()
    const board = await open(browser, relay, facilitator, false)
    const projector = await open(browser, relay, facilitator, false, '?view=projector')
    const aminaToken = await participant('amina', 'Amina')
    const karimToken = await participant('karim', 'Karim')
    const amina = await open(browser, relay, aminaToken, true)
    const karim = await open(browser, relay, karimToken, true)
    for (const page of [amina, karim]) {
      await page.getByText(NOTES[2]!).waitFor()
      await page.getByText('2 votes restants', { exact: true }).waitFor()
    }

    // Amina spends her two votes; the phone then offers no third one.
    await vote(amina, NOTES[0]!)
    await amina.getByText('1 vote restant', { exact: true }).waitFor()
    await vote(amina, NOTES[1]!)
    await amina.getByText('0 vote restant', { exact: true }).waitFor()
    const third = amina.getByRole('listitem').filter({ hasText: NOTES[2]! })
    expect(await third.getByRole('button', { name: /^Voter/ }).isDisabled()).toBe(true)
    await amina.getByText('Plus de votes : retirez-en un pour voter ailleurs.').waitFor()

    // Karim votes from his phone and, meanwhile, from a second device: the phone that did not
    // see the other's vote tries a third one, and the relay refuses it with a message.
    await vote(karim, NOTES[0]!)
    await karim.getByText('1 vote restant', { exact: true }).waitFor()
    const karimLaptop = await open(browser, relay, karimToken, true)
    await karimLaptop.getByText('1 vote restant', { exact: true }).waitFor()
    await vote(karimLaptop, NOTES[2]!)
    await karimLaptop.getByText('0 vote restant', { exact: true }).waitFor()
    await vote(karim, NOTES[1]!)
    await karim
      .getByText('Vote refusé : vous avez utilisé tous vos votes. Retirez-en un d’abord.')
      .waitFor()
    await karim.getByText('0 vote restant', { exact: true }).waitFor()
    // The facilitator votes from the laptop's board, in the selected note's panel.
    await board.locator('.note-list li').filter({ hasText: NOTES[1]! }).focus()
    await board.getByRole('button', { name: 'Voter pour cette note' }).click()
    await board.getByRole('button', { name: 'Retirer mon vote' }).waitFor()
    await board.getByText('1 vote restant').waitFor()
    // Secret until the close: the board itself carries no vote.
    expect(voteCounts(notesClient.doc)).toEqual({})

    const closed = await callApi(relay, `${API}/sessions/governance/control`, facilitator, {
      action: 'voting',
      state: 'closed',
    })
    expect(closed.status).toBe(200)
    const expected = [`1. ${NOTES[0]} 2 votes`, `1. ${NOTES[1]} 2 votes`, `3. ${NOTES[2]} 1 vote`]
    for (const page of [board, projector, amina, karim]) {
      expect(await rankedOn(page)).toEqual(expected)
    }
    // Three voters of the sub-group (Amina, Karim, the facilitator): their counts are shown.
    const table = board.getByRole('region', { name: 'Résultats du vote' }).getByRole('table')
    await table.getByRole('columnheader', { name: 'Groupe 1 (3 votants)' }).waitFor()
    await waitFor(() => Object.keys(voteCounts(notesClient.doc)).length === 3)
    const ids = listNotes(notesClient.doc).map((note) => note.id)
    expect(Object.values(voteCounts(notesClient.doc)).sort()).toEqual([1, 2, 2])
    expect(ids).toHaveLength(3)
  })
})
