import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addNote } from '@atelier/model'
import { mintToken } from '@atelier/relay'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { ROOT } from '../helpers/process.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const VENUE_SECRET = 'venue-secret-of-at-least-thirty-two-characters!'
const API = '/api/workshops/tanger'
/** Set `UPSTREAM_SCREENSHOTS=1` to save the card under docs/screenshots/ as it is tested. */
const SHOTS = process.env.UPSTREAM_SCREENSHOTS === '1'

describe.skipIf(!hasChromium)('the console’s upstream card', () => {
  it('shows every board in sync, then offline with its pending changes when the server goes', async () => {
    const upstream = await startRelay({ LOG_LEVEL: 'silent' })
    const venue = await startRelay({
      ATELIER_SECRET: VENUE_SECRET,
      WEB_DIR: ensureWebBuilt(),
      UPSTREAM_URL: upstream.httpUrl,
      UPSTREAM_TOKEN: await tokenFor({ sub: 'venue-relay', name: 'Venue' }),
    })
    const facilitator = await mintToken(new TextEncoder().encode(VENUE_SECRET), {
      sub: 'fac',
      name: 'Salma',
      role: 'facilitator',
      workshop: 'tanger',
    })
    const created = await callApi(venue, `${API}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance'],
      groups: 2,
    })
    expect(created.status).toBe(201)

    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: { width: 1100, height: 1300 } })
    page.setDefaultTimeout(30_000)
    await page.goto(`${venue.httpUrl}/w/tanger/console#token=${facilitator}`)
    const card = page.locator('section', {
      has: page.getByRole('heading', { name: 'Synchronisation avec le serveur de l’organisation' }),
    })
    await card.waitFor()
    const row = card.locator('tr[data-board="governance-g1"]')
    const rows = card.locator('tbody tr')
    await waitFor(
      async () =>
        (await rows.count()) >= 3 &&
        (await card.locator('td[data-state="in-sync"]').count()) === (await rows.count()),
      20_000,
    )
    expect(await row.locator('td[data-pending]').textContent()).toBe('0')
    expect(await row.locator('td').nth(2).textContent()).not.toBe('jamais')
    expect(await card.getByRole('status').textContent()).toMatch(
      /^(\d) tableau\(x\) à jour sur \1$/,
    )
    // Every board is there: the consultation went up too.
    await waitFor(
      async () => (await callApi(upstream, `${API}/consultation`, await tokenFor())).status === 200,
    )
    await card.getByText('La consultation sera créée').waitFor({ state: 'detached' })
    if (SHOTS) await card.screenshot({ path: join(ROOT, 'docs/screenshots/upstream.png') })

    // The organisation's server goes away; a note written in the room waits to go up.
    await upstream.close()
    const board = await syncedClient(venue.syncUrl, 'tanger/governance-g1', facilitator)
    addNote(board.doc, { category: 'finding', x: 0, y: 0, text: 'Écrit pendant la coupure' })
    await waitFor(async () => (await card.locator('td[data-state="offline"]').count()) >= 3, 20_000)
    expect(await card.getByText('Hors ligne').count()).toBeGreaterThanOrEqual(3)
    await waitFor(
      async () => Number(await row.locator('td[data-pending]').textContent()) >= 1,
      10_000,
    )
    if (SHOTS) await card.screenshot({ path: join(ROOT, 'docs/screenshots/upstream-offline.png') })
  }, 60_000)
})
