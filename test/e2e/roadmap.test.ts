import { describe, expect, it } from 'vitest'
import {
  dependenciesOf,
  getActionSheet,
  getNote,
  listNotes,
  moveNote,
  roadmapPlacementOf,
} from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { noteItem } from './board-page.js'
import { nodeBoard } from './plenary-page.js'
import {
  ROADMAP_BOARD,
  actionSheet,
  canvasTexts,
  decidePriorities,
  drawnArrows,
  pullPriorities,
  roadmapCard,
  selectAction,
} from './roadmap-page.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import { WORKSHOP, createConsultation, facilitatorToken, openConsole } from './session-page.js'

const TRAINING = 'Former les agents municipaux aux signalements'
const DESK = 'Créer un guichet unique de signalement en ligne'
const REFUSED = 'Interdire les réseaux sociaux aux mineurs'

const SHEET = {
  responsible: 'Wilaya de Tanger-Tétouan-Al Hoceïma',
  coordination: 'Comité de pilotage mensuel présidé par la Wilaya',
  risks: 'Rotation des agents formés',
  mitigation: 'Former des formateurs dans chaque arrondissement',
  sustainability: 'Module inscrit au plan de formation continue',
  inclusion: 'Des jeunes et des migrants co-animent les sessions',
} as const

describe.skipIf(!hasChromium)('the roadmap board', () => {
  it('receives the validated priorities, takes each action’s sheet and dependencies, and shows them to another person', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const facilitator = await facilitatorToken()

    // The governance plenary decided: two priorities validated, one not.
    const plenary = await nodeBoard(relay.syncUrl, 'governance-plenary', facilitator)
    decidePriorities(plenary.doc, [
      { text: TRAINING, decision: { verdict: 'agreed', priority: 'high' } },
      {
        text: DESK,
        decision: { verdict: 'reservations', reservation: 'Budget à préciser', priority: 'medium' },
      },
      { text: REFUSED, decision: { verdict: 'not-agreed' } },
    ])
    const browser = await launchBrowser()

    // The console pulls them onto the roadmap, once.
    const consolePage = await openConsole(browser, relay.httpUrl)
    const card = roadmapCard(consolePage)
    await card.getByRole('heading', { name: 'Feuille de route' }).waitFor()
    await pullPriorities(consolePage, '2 actions ajoutées à la feuille de route.')
    await pullPriorities(consolePage, '0 action ajoutée à la feuille de route. 2 y étaient déjà.')
    const views = card.locator('a[data-view]')
    expect(await views.evaluateAll((links) => links.map((link) => link.dataset.view))).toEqual([
      'board',
      'projector',
      'observer',
    ])
    const boardLink = await card.locator('a[data-view="board"]').getAttribute('href')
    expect(boardLink).toMatch(new RegExp(`^/w/${WORKSHOP}/${ROADMAP_BOARD}#token=`))

    const roadmap = await nodeBoard(relay.syncUrl, ROADMAP_BOARD, facilitator)
    await waitFor(() => listNotes(roadmap.doc).length === 2)
    const idOf = (text: string) => listNotes(roadmap.doc).find((note) => note.text === text)!.id
    const training = idOf(TRAINING)
    const desk = idOf(DESK)
    expect(roadmapPlacementOf(roadmap.doc, training)?.horizon).toBe('months-0-3')
    expect(roadmapPlacementOf(roadmap.doc, desk)?.horizon).toBe('months-3-6')

    // The facilitator opens the roadmap from the console's link.
    const { page: desk1 } = await newPerson(browser, { viewport: { width: 1600, height: 1000 } })
    desk1.setDefaultTimeout(30_000)
    await desk1.goto(`${relay.httpUrl}${boardLink}`)
    await noteItem(desk1, DESK).waitFor()
    expect(await noteItem(desk1, REFUSED).count()).toBe(0)
    // Horizon columns and lead rows are drawn on the canvas, in French.
    await waitFor(async () => {
      const texts = await canvasTexts(desk1)
      return ['0 à 3 mois', 'Au-delà de 12 mois', 'Institutions publiques', 'Société civile'].every(
        (text) => texts.includes(text),
      )
    })

    // The action sheet of the desk: where it stands, and every field, typed in.
    await selectAction(desk1, DESK)
    const sheet = actionSheet(desk1)
    await sheet.getByTestId('roadmap-schedule').filter({ hasText: '3 à 6 mois' }).waitFor()
    await sheet.getByLabel('Acteur responsable').fill(SHEET.responsible)
    await sheet.getByLabel('Modalités de coordination').fill(SHEET.coordination)
    await sheet.getByLabel('Risques de mise en œuvre').fill(SHEET.risks)
    await sheet.getByLabel('Mesures d’atténuation').fill(SHEET.mitigation)
    await sheet.getByLabel('Durabilité').fill(SHEET.sustainability)
    await sheet.getByLabel('Intégration des jeunes et des migrants').fill(SHEET.inclusion)
    // The partners field is the next stop of the keyboard after the responsible actor.
    await sheet.getByLabel('Acteur responsable').press('Tab')
    await desk1.keyboard.type('Association Tanger Jeunesse')
    await desk1.keyboard.press('Enter')
    const partner = sheet.getByLabel('Partenaires', { exact: true }).and(desk1.locator('input'))
    await partner.fill('OIM Maroc')
    await partner.press('Enter')
    await waitFor(() => getActionSheet(roadmap.doc, desk)?.inclusion === SHEET.inclusion)
    expect(getActionSheet(roadmap.doc, desk)).toEqual({
      ...SHEET,
      partners: ['Association Tanger Jeunesse', 'OIM Maroc'],
    })

    // The desk depends on the training: an arrow from the training to the desk.
    await sheet.getByLabel('Dépend de…').selectOption({ label: TRAINING })
    await sheet.getByRole('button', { name: 'Ajouter la dépendance' }).click()
    await sheet.getByTestId('depends-on').filter({ hasText: TRAINING }).waitFor()
    await waitFor(() => dependenciesOf(roadmap.doc, desk).includes(training))
    const arrowId = `${training}>${desk}`
    await waitFor(async () => (await drawnArrows(desk1)).some((arrow) => arrow.id === arrowId))

    // The training cannot depend on the desk in turn: refused, and said why.
    await selectAction(desk1, TRAINING)
    await sheet.getByTestId('needed-by').filter({ hasText: DESK }).waitFor()
    await sheet.getByLabel('Dépend de…').selectOption({ label: DESK })
    await sheet.getByRole('button', { name: 'Ajouter la dépendance' }).click()
    const refusal = sheet.getByRole('alert')
    await refusal.filter({ hasText: 'formerait une boucle' }).waitFor()
    // In the reader's words, naming the action that already depends on this one.
    const refused = (await refusal.textContent()) ?? ''
    expect(refused).toContain(`« ${DESK.slice(0, 20)}`)
    expect(refused).toContain('dépend déjà, directement ou non, de')
    expect(refused).not.toMatch(/depends|cycle/)
    expect(dependenciesOf(roadmap.doc, training)).toEqual([])

    // Someone following from afar sees the sheet and the arrow, read-only.
    const observer = await tokenFor({
      sub: 'o-karim',
      name: 'Karim',
      role: 'observer',
      workshop: WORKSHOP,
    })
    const { page: remote } = await newPerson(browser, { viewport: { width: 1600, height: 1000 } })
    remote.setDefaultTimeout(30_000)
    await remote.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/${ROADMAP_BOARD}?view=observer#token=${observer}`,
    )
    await noteItem(remote, DESK).waitFor()
    await selectAction(remote, DESK)
    const seen = actionSheet(remote)
    for (const [field, value] of Object.entries(SHEET))
      expect(await seen.locator(`[data-field="${field}"] .read-only-text`).textContent()).toBe(
        value,
      )
    expect(await seen.locator('.roadmap-partners li').allTextContents()).toEqual([
      'Association Tanger Jeunesse',
      'OIM Maroc',
    ])
    expect(await seen.locator('input, textarea, select, button.small').count()).toBe(0)
    await waitFor(async () => (await drawnArrows(remote)).some((arrow) => arrow.id === arrowId))

    // The arrow follows the training when it moves to another horizon.
    const before = (await drawnArrows(remote)).find((arrow) => arrow.id === arrowId)!.points
    const note = getNote(roadmap.doc, training)!
    moveNote(roadmap.doc, training, { x: note.x + 600, y: note.y + 360 })
    await waitFor(async () => {
      const now = (await drawnArrows(remote)).find((arrow) => arrow.id === arrowId)?.points
      return now !== undefined && now[0] !== before[0] && now[1] !== before[1]
    })

    // Removing the dependency takes the arrow away for everyone.
    await selectAction(desk1, DESK)
    await sheet.getByRole('button', { name: `Retirer la dépendance à « ${TRAINING} »` }).click()
    await waitFor(() => dependenciesOf(roadmap.doc, desk).length === 0)
    await waitFor(async () => (await drawnArrows(remote)).length === 0)

    for (const board of [plenary, roadmap]) board.close()
  })
})
