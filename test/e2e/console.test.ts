import { describe, expect, it } from 'vitest'
import { readControl } from '@atelier/model'
import { getSessionTemplate } from '@atelier/toolkit'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

const governance = getSessionTemplate('governance')!

describe.skipIf(!hasChromium)('the facilitator console', () => {
  it('creates a consultation from the Governance template: one board per sub-group and a plenary, with who is on each', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const browser = await launchBrowser()
    const page = await openConsole(browser, relay.httpUrl)

    const form = page.locator('form')
    await form.getByRole('heading', { name: 'Créer la consultation' }).waitFor()
    await form.getByLabel('Titre de la consultation').fill('Consultations sectorielles — Tanger')
    await form.getByRole('checkbox', { name: new RegExp(governance.title.fr) }).check()
    expect(await form.getByLabel('Sous-groupes par session').inputValue()).toBe('4')
    await form.getByRole('button', { name: 'Créer la consultation' }).click()

    const session = page.locator('section[data-session="governance"]')
    await session.getByRole('heading', { name: `Session 1 — ${governance.title.fr}` }).waitFor()
    const rows = session.getByRole('table').locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(5)
    expect(await rows.evaluateAll((tr) => tr.map((row) => row.getAttribute('data-board')))).toEqual(
      ['governance-g1', 'governance-g2', 'governance-g3', 'governance-g4', 'governance-plenary'],
    )
    expect(await rows.evaluateAll((tr) => tr.map((row) => row.getAttribute('data-kind')))).toEqual([
      'subgroup',
      'subgroup',
      'subgroup',
      'subgroup',
      'plenary',
    ])
    // Each row opens its board as board, projector and observer, with the facilitator's token.
    const links = session.locator('tr[data-board="governance-plenary"] a')
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      expect.stringMatching(/^\/w\/tanger\/governance-plenary#token=ey/),
      expect.stringMatching(/^\/w\/tanger\/governance-plenary\?view=projector#token=ey/),
      expect.stringMatching(/^\/w\/tanger\/governance-plenary\?view=observer#token=ey/),
    ])
    // The agenda lists every phase of the template with its length.
    const phases = session.locator('.console-agenda li')
    await expect.poll(() => phases.count()).toBe(governance.agenda.length)
    expect(await phases.first().textContent()).toContain(`${governance.agenda[0]!.minutes} min`)

    // A participant opens sub-group 2: the console counts them within a few polls.
    const participant = (await newPerson(browser)).page
    await participant.goto(
      `${relay.httpUrl}/w/${WORKSHOP}/governance-g2#token=${await participantToken()}`,
    )
    const count = session.locator('tr[data-board="governance-g2"] td[data-role="participant"]')
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toBe('1')
    expect(
      await session
        .locator('tr[data-board="governance-g1"] td[data-role="participant"]')
        .textContent(),
    ).toBe('0')

    // The boards exist on the relay, prepared from the template and following the session.
    const reader = await syncedClient(
      relay.syncUrl,
      `${WORKSHOP}/governance-plenary`,
      await tokenFor({ sub: 'o-1', name: 'Observer', role: 'observer' }),
    )
    expect(readControl(reader.doc).session).toBe('governance')
  })

  it('tells a participant the console is not theirs, and the relay refuses their moves', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl)
    const participant = await participantToken()
    const phase = governance.agenda[1]!.id

    const refused = await callApi(relay.httpUrl, participant, '/sessions/governance/control', {
      action: 'phase',
      phaseId: phase,
    })
    expect(refused.status).toBe(403)
    const lock = await callApi(relay.httpUrl, participant, '/sessions/governance/control', {
      action: 'lock',
      locked: true,
    })
    expect(lock.status).toBe(403)

    // Nothing moved: the boards follow no phase, unlocked.
    const reader = await syncedClient(
      relay.syncUrl,
      `${WORKSHOP}/governance-g1`,
      await facilitatorToken(),
    )
    await waitFor(() => readControl(reader.doc).session === 'governance', 10_000)
    expect(readControl(reader.doc)).toMatchObject({ phase: undefined, locked: false })

    const browser = await launchBrowser()
    const { page } = await newPerson(browser)
    await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/console#token=${participant}`)
    await page.getByText('Cette console est réservée à l’animation').waitFor({ timeout: 15_000 })
    expect(await page.getByRole('button', { name: /Démarrer/ }).count()).toBe(0)
  })
})
