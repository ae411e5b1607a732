import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  addFrame,
  initBoard,
  listNotes,
  openVoting,
  placementOf,
  votesFor,
  type FrameCell,
} from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { callApi } from '../helpers/api.js'
import { syncedClient, type Client } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const PHONE = { width: 390, height: 844 }
const WORKSHOP = 'tanger'

function newBoardId(): string {
  return `phone-${randomBytes(4).toString('hex')}`
}

/** A board the facilitator prepared from a Node client: a risk matrix and a note-taking grid. */
async function preparedBoard(relay: RunningRelay, board: string): Promise<Client> {
  const token = await tokenFor({ sub: 'f-1', name: 'Salma', role: 'facilitator' })
  const facilitator = await syncedClient(relay.syncUrl, `${WORKSHOP}/${board}`, token)
  initBoard(facilitator.doc, { kind: 'subgroup', title: 'Gouvernance — sous-groupe A' })
  addFrame(facilitator.doc, 'riskMatrix', { x: 0, y: 0 })
  addFrame(facilitator.doc, 'noteGrid', { x: 0, y: 1000 })
  return facilitator
}

async function openPhone(page: Page, relay: RunningRelay, board: string, token: string) {
  page.setDefaultTimeout(30_000)
  await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/${board}?view=phone#token=${token}`)
  await page.getByRole('heading', { name: /^Notes du groupe/ }).waitFor({ timeout: 15_000 })
}

function placementIn(client: Client, text: string): FrameCell | null | undefined {
  const note = listNotes(client.doc).find((candidate) => candidate.text === text)
  return note && placementOf(client.doc, note.id)?.cell
}

/** The visible controls of the phone view (and its sheet), and those smaller than a fingertip. */
async function controlSizes(page: Page): Promise<{ count: number; small: string[] }> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.phone button, .phone select, .phone textarea, .phone-category, .phone-switch',
    )
    const visible = Array.from(controls).filter((control) => control.getClientRects().length > 0)
    const small = visible.filter((control) => {
      const box = control.getBoundingClientRect()
      return box.width < 44 || box.height < 44
    })
    return {
      count: visible.length,
      small: small.map(
        (control) => control.getAttribute('aria-label') ?? control.textContent ?? '?',
      ),
    }
  })
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

describe.skipIf(!hasChromium)('the phone view', () => {
  it('lets a participant write a note and place it in a risk matrix cell without dragging', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    await openPhone(page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))

    const text = 'Les alertes SMS n’arrivent pas dans les quartiers périphériques'
    await page.getByLabel('Votre note').fill(text)
    await page.getByRole('radio', { name: 'Risque' }).check()
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    const item = page.getByRole('listitem').filter({ hasText: text })
    await expect.poll(() => item.count()).toBe(1)

    await item.getByRole('button', { name: 'Placer' }).click()
    const sheet = page.getByRole('dialog', { name: 'Placer la note' })
    await sheet.getByRole('button', { name: /^Probabilité 4 .*Impact 5 / }).click()
    await expect
      .poll(() => sheet.getByRole('status').textContent())
      .toContain('Probabilité 4, Impact 5')
    await expect.poll(() => sheet.getByRole('status').textContent()).toContain('score 20')
    await sheet.getByRole('button', { name: 'Fermer' }).click()
    await expect.poll(() => item.textContent()).toContain('Probabilité 4, Impact 5')

    // A second participant's client reads the same scores from the note's position.
    const other = await syncedClient(
      relay.syncUrl,
      `${WORKSHOP}/${board}`,
      await tokenFor({ sub: 'p-2', name: 'Youssef' }),
    )
    await waitFor(() => placementIn(other, text)?.kind === 'riskMatrix', 10_000)
    expect(placementIn(other, text)).toEqual({ kind: 'riskMatrix', likelihood: 4, impact: 5 })
    const written = listNotes(other.doc).find((note) => note.text === text)
    expect(written).toMatchObject({ category: 'risk', author: { id: 'p-1', name: 'Amina' } })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    facilitator.destroy()
  })

  it('gives every control at least 44 px for a finger, and never scrolls sideways', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    await openPhone(page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))
    await page
      .getByLabel('Votre note')
      .fill('Une note assez longue pour passer à la ligne '.repeat(4))
    const composer = await controlSizes(page)
    expect(composer.count).toBeGreaterThanOrEqual(10)
    expect(composer.small).toEqual([])
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await page.getByRole('button', { name: 'La placer' }).click()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Probabilité 1 .*Impact 1 / })
      .click()
    const sheet = await controlSizes(page)
    expect(sheet.count).toBeGreaterThan(25)
    expect(sheet.small).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })

  it('places a note in a lane of the note-taking grid picked from the board’s frames', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    await openPhone(page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))
    await page.getByLabel('Votre note').fill('Un point de signalement dans chaque quartier')
    await page.getByRole('radio', { name: 'Besoin' }).check()
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await page.getByRole('button', { name: 'La placer' }).click()

    const sheet = page.getByRole('dialog', { name: 'Placer la note' })
    await sheet.getByLabel('Sur quel cadre ?').selectOption({ label: 'Grille de prise de notes' })
    await sheet.getByRole('button', { name: 'Besoins' }).click()
    await expect.poll(() => sheet.getByRole('status').textContent()).toContain('Besoins')
    const text = 'Un point de signalement dans chaque quartier'
    await waitFor(() => placementIn(facilitator, text)?.kind === 'noteGrid', 10_000)
    expect(placementIn(facilitator, text)).toEqual({ kind: 'noteGrid', lane: 'needs' })
  })

  it('writes an anonymous note with no author, which its writer can still edit and delete', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    await openPhone(page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))

    await page.getByLabel('Votre note').fill('Peur de signaler sous son nom')
    await page.getByRole('checkbox', { name: 'Note anonyme' }).check()
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await waitFor(() => listNotes(facilitator.doc).length === 1, 10_000)
    expect(listNotes(facilitator.doc)[0]?.author).toBeUndefined()

    const item = page.getByRole('listitem').filter({ hasText: 'Peur de signaler' })
    await item.getByRole('button', { name: 'Modifier' }).click()
    const form = page.getByRole('form', { name: 'Modifier la note' })
    await form.getByLabel('Texte de la note').fill('Peur de signaler sous son propre nom')
    await form.getByRole('radio', { name: 'Besoin' }).check()
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await waitFor(() => listNotes(facilitator.doc)[0]?.category === 'need', 10_000)
    expect(listNotes(facilitator.doc)[0]?.text).toBe('Peur de signaler sous son propre nom')

    await item.getByRole('button', { name: 'Supprimer' }).click()
    await item.getByRole('button', { name: 'Oui, supprimer' }).click()
    await waitFor(() => listNotes(facilitator.doc).length === 0, 10_000)
  })

  it('votes through the relay within the round’s budget, and the board holds no vote until the close', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    openVoting(facilitator.doc, { round: 1, budget: 5 })
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: PHONE })
    const token = await tokenFor({ sub: 'p-1', name: 'Amina', role: 'participant' })
    await openPhone(page, relay, board, token)
    await page.getByText('5 votes restants', { exact: true }).waitFor()
    await page.getByLabel('Votre note').fill('Former les agents à la vérification')
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await waitFor(() => listNotes(facilitator.doc).length === 1, 20_000)

    const item = page.getByRole('listitem').filter({ hasText: 'Former les agents' })
    await item.getByRole('button', { name: /^Voter/ }).click()
    await page.getByText('4 votes restants', { exact: true }).waitFor()
    const ballot = async () =>
      (await callApi(relay, `/api/workshops/${WORKSHOP}/boards/${board}/ballot`, token)).body
        .ballot as { mine: string[] }
    const noteId = listNotes(facilitator.doc)[0]!.id
    expect((await ballot()).mine).toEqual([noteId])
    expect(votesFor(facilitator.doc, noteId)).toBe(0)
    await item.getByRole('button', { name: /^Voté/ }).click()
    await page.getByText('5 votes restants', { exact: true }).waitFor()
    expect((await ballot()).mine).toEqual([])
  })

  it('keeps a note written offline on the phone and sends it when the network returns', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const { context, page } = await newPerson(browser, { viewport: PHONE })
    await openPhone(page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))
    const offline = page.getByText('Hors ligne — vos notes sont gardées sur ce téléphone', {
      exact: false,
    })
    await page.getByText('Connexion au tableau…').waitFor({ state: 'detached' })

    await context.setOffline(true)
    await expect.poll(() => offline.count()).toBe(1)
    await page.getByLabel('Votre note').fill('Écrite sans réseau')
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'sans réseau' }).count())
      .toBe(1)
    expect(listNotes(facilitator.doc)).toEqual([])

    await context.setOffline(false)
    await waitFor(() => listNotes(facilitator.doc)[0]?.text === 'Écrite sans réseau', 15_000)
    await expect.poll(() => offline.count()).toBe(0)
  })

  it('shows an observer the group’s notes and placements with no way to write', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const board = newBoardId()
    const facilitator = await preparedBoard(relay, board)
    const browser = await launchBrowser()
    const participant = await newPerson(browser, { viewport: PHONE })
    await openPhone(participant.page, relay, board, await tokenFor({ sub: 'p-1', name: 'Amina' }))
    await participant.page.getByLabel('Votre note').fill('Pas de plan de continuité')
    await participant.page.getByRole('button', { name: 'Ajouter la note' }).click()
    await participant.page.getByRole('button', { name: 'La placer' }).click()
    await participant.page
      .getByRole('dialog')
      .getByRole('button', { name: /^Probabilité 4 .*Impact 5 / })
      .click()
    await waitFor(() => placementIn(facilitator, 'Pas de plan de continuité') != null, 10_000)

    const observer = await newPerson(browser, { viewport: PHONE })
    const token = await tokenFor({ sub: 'o-1', name: 'Observatrice', role: 'observer' })
    await openPhone(observer.page, relay, board, token)
    const page = observer.page
    const item = page.getByRole('listitem').filter({ hasText: 'Pas de plan de continuité' })
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.textContent()).toContain('Probabilité 4, Impact 5')
    expect(await page.getByRole('textbox').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Ajouter la note' }).count()).toBe(0)
    expect(await page.getByRole('list').first().getByRole('button').count()).toBe(0)
    expect(await page.getByText('Lecture seule').count()).toBeGreaterThan(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
