import { readFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { addNote, listNotes } from '@atelier/model'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { api } from './join-page.js'
import { connectClient, syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor } from '../helpers/relay.js'

const PHONE = { width: 390, height: 844 }
const BASE = '/api/workshops/tanger'

/**
 * This machine's address on its network, as a phone in the room would use it. A machine
 * without one cannot show venue mode working: the test fails and says so rather than skip.
 */
function lanAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)
  if (!found) {
    throw new Error('venue test: this machine has no non-loopback IPv4 address (see `ip addr`)')
  }
  return found.address
}

describe.skipIf(!hasChromium)('venue mode in the browser', () => {
  it('serves a participant who opens the console’s LAN address, joins with the room code and writes a note', async () => {
    const lan = lanAddress()
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt(), HOST: '0.0.0.0' })
    const origin = `http://${lan}:${relay.port}`
    const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
    await api(relay, 'POST', `${BASE}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance'],
      groups: 2,
    })
    const room = await api(relay, 'POST', `${BASE}/sessions/governance/room-code`, facilitator, {
      board: 'governance-g1',
    })
    const browser = await launchBrowser()

    // The facilitator's console, opened on the laptop, shows the address for the room.
    const console = await newPerson(browser)
    console.page.setDefaultTimeout(30_000)
    await console.page.goto(`${relay.httpUrl}/w/tanger/console#token=${facilitator}`)
    await console.page.getByRole('heading', { name: 'Adresse de la salle' }).waitFor()
    const shown = await console.page.getByTestId('venue-url').textContent()
    expect(shown).toBe(`${origin}/join`)
    const qr = console.page.getByRole('img', { name: `Code QR de ${origin}/join` })
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    )
    expect(await console.page.getByRole('alert').count()).toBe(0)

    // A phone on the venue network opens that address, not localhost.
    const { page } = await newPerson(browser, { viewport: PHONE })
    page.setDefaultTimeout(30_000)
    await page.goto(shown!)
    expect(new URL(page.url()).hostname).toBe(lan)
    await page.getByLabel('Code affiché à l’écran').fill(String(room.code))
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Votre nom affiché').fill('Youssef')
    await page.getByRole('button', { name: 'Rejoindre' }).click()
    await page.waitForURL(`${origin}/w/tanger/governance-g1`)
    await page.getByRole('heading', { name: /^Notes du groupe/ }).waitFor()

    const text = 'Le Wi-Fi de la salle tombe : prévoir un relais local'
    await page.getByLabel('Votre note').fill(text)
    await page.getByRole('button', { name: 'Ajouter la note' }).click()
    await page.getByRole('listitem').filter({ hasText: text }).waitFor()

    // A second client, on the LAN address too, receives the note through the relay.
    const other = connectClient(
      `ws://${lan}:${relay.port}/sync`,
      'tanger/governance-g1',
      facilitator,
    )
    await waitFor(
      () => listNotes(other.doc).some((note) => note.text === text),
      20_000,
      () => `notes seen: ${JSON.stringify(listNotes(other.doc).map((note) => note.text))}`,
    )
    const note = listNotes(other.doc).find((candidate) => candidate.text === text)
    expect(note?.author?.name).toBe('Youssef')
  })

  it('warns the facilitator of a relay on loopback, with the fix', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
    await api(relay, 'POST', `${BASE}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance'],
    })
    const browser = await launchBrowser()
    const { page } = await newPerson(browser)
    page.setDefaultTimeout(30_000)
    await page.goto(`${relay.httpUrl}/w/tanger/console#token=${facilitator}`)
    const warning = page.locator('.venue-warning')
    await warning.waitFor()
    expect(await warning.getAttribute('role')).toBe('alert')
    const said = (await warning.textContent()) ?? ''
    expect(said).toContain('n’écoute que sur cet ordinateur (127.0.0.1)')
    expect(said).toContain('HOST=0.0.0.0 npm start')
    expect(await page.getByTestId('venue-url').count()).toBe(0)
  })

  it('carries a consultation to another laptop through the console: exported with a passphrase, merged on import', async () => {
    const web = ensureWebBuilt()
    const a = await startRelay({ WEB_DIR: web })
    const b = await startRelay({ WEB_DIR: web })
    const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
    await api(a, 'POST', `${BASE}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance'],
      groups: 2,
    })
    await api(a, 'POST', `${BASE}/participants`, facilitator, {
      name: 'Amina Alaoui',
      session: 'governance',
    })
    const writer = await syncedClient(a.syncUrl, 'tanger/governance-g1', facilitator)
    addNote(writer.doc, {
      text: 'Coupures d’électricité fréquentes',
      category: 'finding',
      x: 0,
      y: 0,
    })
    const browser = await launchBrowser()

    const onA = (await newPerson(browser)).page
    onA.setDefaultTimeout(30_000)
    await onA.goto(`${a.httpUrl}/w/tanger/console#token=${facilitator}`)
    const fileA = onA.locator('.venue-file')
    await fileA.getByRole('checkbox', { name: /Inclure les données personnelles/ }).check()
    await fileA.getByLabel('Phrase secrète (au moins 12 caractères)').fill('court')
    await fileA.getByRole('button', { name: 'Exporter le fichier' }).click()
    await fileA.getByText('La phrase secrète doit compter au moins 12 caractères.').waitFor()
    const passphrase = 'thé à la menthe sur la terrasse'
    await fileA.getByLabel('Phrase secrète (au moins 12 caractères)').fill(passphrase)
    await fileA.getByLabel('Répétez la phrase secrète').fill(passphrase)
    const [download] = await Promise.all([
      onA.waitForEvent('download'),
      fileA.getByRole('button', { name: 'Exporter le fichier' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^tanger-\d{4}-\d{2}-\d{2}\.atelier$/)
    const bytes = readFileSync((await download.path())!)

    const onB = (await newPerson(browser)).page
    onB.setDefaultTimeout(30_000)
    await onB.goto(`${b.httpUrl}/w/tanger/console#token=${facilitator}`)
    const fileB = onB.locator('.venue-file')
    const file = { name: download.suggestedFilename(), mimeType: '', buffer: bytes }
    await fileB.getByLabel('Phrase secrète du fichier').fill('une autre phrase secrète')
    await fileB.getByLabel('Choisir un fichier .atelier à fusionner…').setInputFiles(file)
    await fileB
      .getByRole('alert')
      .getByText(/Phrase secrète manquante ou erronée/)
      .waitFor()
    expect(await onB.locator('.console-muted[dir="auto"]').count()).toBe(0)

    await fileB.getByLabel('Phrase secrète du fichier').fill(passphrase)
    await fileB.getByLabel('Choisir un fichier .atelier à fusionner…').setInputFiles(file)
    // The import created the consultation: the console shows it.
    await onB.getByText('Tanger 2026').waitFor()
    const registry = await api(b, 'GET', `${BASE}/participants`, facilitator)
    expect((registry.participants as { name: string }[]).map((p) => p.name)).toEqual([
      'Amina Alaoui',
    ])
    const reader = await syncedClient(b.syncUrl, 'tanger/governance-g1', facilitator)
    expect(listNotes(reader.doc).map((note) => note.text)).toEqual([
      'Coupures d’électricité fréquentes',
    ])
  })
})
