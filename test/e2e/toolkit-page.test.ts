import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sayToolkit } from '@atelier/report'
import { localize, sessionTemplates } from '@atelier/toolkit'
import type { Locale } from '@atelier/model'
import { startRelay, tokenFor } from '../helpers/relay.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
} from './session-page.js'

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots')

/** The toolkit's parts, in the order Deliverable 1 lists them. */
function partsIn(language: Locale): string[] {
  return [
    sayToolkit('methodology', language),
    ...sessionTemplates.map(
      (session) =>
        `${sayToolkit('session', language)} ${session.number} — ${localize(session.title, language)}`,
    ),
    sayToolkit('prioritisation', language),
    sayToolkit('riskSheets', language),
    sayToolkit('participantList', language),
  ]
}

/** The number of pages of a PDF Chromium wrote (its page objects, not the page tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
}

describe.skipIf(!hasChromium)('the printable toolkit page', () => {
  it('shows the toolkit’s parts in order, with blank grids and matrices, and prints each part on its own A4 pages', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { viewport: { width: 1100, height: 900 } })
    page.setDefaultTimeout(30_000)
    await page.goto(`${relay.httpUrl}/toolkit`)
    await page.getByRole('heading', { level: 1, name: 'Boîte à outils méthodologique' }).waitFor()

    const parts = page.locator('section.toolkit-part')
    expect(await parts.locator('> h2').allTextContents()).toEqual(partsIn('fr'))
    const toc = page.getByRole('navigation', { name: sayToolkit('contents', 'fr') })
    expect(await toc.locator('li').allTextContents()).toEqual(partsIn('fr'))

    // Each session: its agenda, discussion guide, tools, and a blank note-taking grid.
    const governance = parts.nth(1)
    const subheadings = await governance.locator('h3').allTextContents()
    for (const key of ['agenda', 'discussionGuide', 'tools', 'noteGrid', 'scenarios'] as const) {
      expect(subheadings).toContain(sayToolkit(key, 'fr'))
    }
    expect(await governance.locator('.toolkit-blank').count()).toBeGreaterThanOrEqual(8)
    // Two blank matrices to fill in, five risk sheets with room to write.
    expect(await parts.nth(4).locator('table.toolkit-matrix').count()).toBe(2)
    expect(await parts.nth(5).locator('table.toolkit-tall').count()).toBe(5)
    // The public toolkit's participant list is blank: rows to fill in, no one's name.
    const list = parts.nth(6)
    expect(await list.locator('tbody tr').count()).toBe(24)
    expect((await list.locator('tbody').textContent())?.trim()).toBe('')

    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, 'toolkit-page.png') })

    await page.emulateMedia({ media: 'print' })
    expect(
      await page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' }).isVisible(),
    ).toBe(false)
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // The cover, then every part from the top of a page: at least one page each.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1 + partsIn('fr').length)
  })

  it('speaks Arabic right to left', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const browser = await launchBrowser()
    const { page } = await newPerson(browser, { locale: 'ar' })
    page.setDefaultTimeout(30_000)
    await page.addInitScript(() => window.localStorage.setItem('atelier:language', 'ar'))
    await page.goto(`${relay.httpUrl}/toolkit`)
    await page.getByRole('heading', { level: 1, name: sayToolkit('toolkit', 'ar') }).waitFor()
    expect(await page.locator('.toolkit-page').getAttribute('dir')).toBe('rtl')
    expect(await page.locator('section.toolkit-part > h2').allTextContents()).toEqual(partsIn('ar'))
    expect(await page.getByRole('button', { name: 'طباعة / حفظ بصيغة PDF' }).count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'toolkit-page-ar.png') })
  })

  it('fills in the participant list for the facilitator only, one click from the console', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 2)
    const facilitator = await facilitatorToken()
    const added = await callApi(relay.httpUrl, facilitator, '/participants', {
      name: 'Amina Berrada',
      displayName: 'Amina B.',
      stakeholder: 'youth',
      session: 'governance',
      contact: 'amina@example.org',
    })
    expect(added.status).toBe(201)

    const browser = await launchBrowser()
    const console = await openConsole(browser, relay.httpUrl)
    const link = console.getByRole('link', { name: 'Ouvrir la boîte à outils imprimable' })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/w\/tanger\/toolkit#token=ey/)
    // The PDF of the report sits beside the other formats.
    expect(
      await console.getByRole('button', { name: 'Télécharger le rapport en PDF' }).count(),
    ).toBe(1)

    const { page } = await newPerson(browser)
    page.setDefaultTimeout(30_000)
    await page.goto(`${relay.httpUrl}${href}`)
    await page.getByText('Avec la liste provisoire des participants de l’atelier').waitFor()
    expect(page.url()).not.toContain('token=')
    const list = page.locator('section.toolkit-part').last()
    expect(await list.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      'Amina B.',
      'Jeunes',
      'Gouvernance',
      '',
    ])
    // The toolkit prints the four fields it may: never a name, a contact or an organisation.
    const text = await page.locator('.toolkit-page').textContent()
    expect(text).not.toContain('Berrada')
    expect(text).not.toContain('amina@example.org')

    const participant = await tokenFor({ sub: 'p-1', role: 'participant', workshop: WORKSHOP })
    const other = (await newPerson(browser)).page
    await other.goto(`${relay.httpUrl}/w/${WORKSHOP}/toolkit#token=${participant}`)
    await other.getByRole('alert').waitFor()
    expect(await other.getByRole('alert').textContent()).toContain(
      'La liste des participants est réservée à l’animation',
    )
    expect(
      await other.getByRole('link', { name: 'Ouvrir la boîte à outils publique' }).count(),
    ).toBe(1)
    const refused = await fetch(`${relay.httpUrl}/api/workshops/${WORKSHOP}/toolkit.json`, {
      headers: { authorization: `Bearer ${participant}` },
    })
    expect(refused.status).toBe(403)
  })
})
