import { describe, expect, it } from 'vitest'
import { startRelay } from '../helpers/relay.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { PLACE, addAmina, openInvitation, setSessionDetails } from './invitations-page.js'
import { openParticipants } from './participants-page.js'
import { createConsultation, openConsole } from './session-page.js'

const PHONE = { width: 390, height: 844 }

describe.skipIf(!hasChromium)("the facilitator's invitations and room codes", () => {
  it('sets the date and place, shows a participant’s link, QR code and text, and follows the RSVP', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 3)
    const id = await addAmina(relay.httpUrl)
    const browser = await launchBrowser()
    const page = await openConsole(browser, relay.httpUrl)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: relay.httpUrl,
    })
    await openParticipants(page)
    await setSessionDetails(page, 'governance', { date: '2026-03-12', time: '09:30', place: PLACE })

    const panel = await openInvitation(page, 'Amina Alaoui Benjelloun')
    await panel.getByRole('heading', { name: 'Invitation de Amina' }).waitFor()
    await panel.getByText('Statut : Invité·e').waitFor()
    // The QR code is an image decoded from the SVG the relay gave the token, not a link to it.
    const qr = panel.locator('.invitation-qr img')
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    expect(await qr.getAttribute('src')).toMatch(/^blob:/)
    const link = await panel
      .getByRole('textbox', { name: 'Lien personnel (rejoindre la session)', exact: true })
      .inputValue()
    const rsvpLink = await panel
      .getByRole('textbox', { name: 'Lien de réponse (confirmer ou décliner)', exact: true })
      .inputValue()
    expect(link).toMatch(new RegExp(`^${relay.httpUrl}/join/[0-9A-HJKMNP-TV-Z]{10}$`))
    expect(rsvpLink).toBe(link.replace('/join/', '/rsvp/'))
    // Nothing personal rides in an address the console asked for.
    const asked: string[] = []
    page.on('request', (request) => asked.push(request.url()))

    // The French text first, then the Arabic one, right to left, with the place.
    const text = panel.getByLabel('Texte de l’invitation')
    await expect.poll(() => text.inputValue()).toContain(link)
    expect(await text.inputValue()).toContain(PLACE)
    await panel.getByLabel('Langue du texte').selectOption('ar')
    await expect.poll(() => text.inputValue()).toContain('Amina')
    await expect.poll(async () => /[\u0600-\u06ff]/.test(await text.inputValue())).toBe(true)
    const arabic = await text.inputValue()
    expect(arabic).toContain(PLACE)
    expect(arabic).toContain(rsvpLink)
    expect(await text.getAttribute('dir')).toBe('rtl')
    expect(await text.getAttribute('lang')).toBe('ar')
    await panel.getByRole('button', { name: 'Copier le texte' }).click()
    await panel.getByText('Copié dans le presse-papiers.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(arabic)
    expect(asked.some((url) => /invitation\.txt\?lang=ar$/.test(url))).toBe(true)
    for (const url of asked) {
      expect(url).not.toMatch(/Alaoui|amina\.alaoui|Tanja/i)
    }

    // The invitee opens the RSVP link on their phone and confirms.
    const invitee = await newPerson(browser, { viewport: PHONE })
    await invitee.page.goto(rsvpLink)
    await invitee.page.getByRole('button', { name: 'Je confirme ma présence' }).click()
    await invitee.page.getByText('Merci, votre présence est confirmée').waitFor()

    // After a reload the console's list says so.
    await page.reload()
    await openParticipants(page)
    const status = page.locator(`tr[data-participant="${id}"] .participants-status`)
    await expect.poll(() => status.textContent()).toBe('Confirmé·e')
    expect(await status.getAttribute('data-status')).toBe('confirmed')

    // Revoking the code stops the link; a new invitation has a new code.
    const again = await openInvitation(page, 'Amina Alaoui Benjelloun')
    await again.getByText('Statut : Confirmé·e').waitFor()
    expect(
      await again
        .getByRole('textbox', { name: 'Lien personnel (rejoindre la session)', exact: true })
        .inputValue(),
    ).toBe(link)
    await again.getByRole('button', { name: 'Révoquer le code' }).click()
    await again.getByRole('button', { name: 'Oui, révoquer' }).click()
    await again.getByText('Code révoqué').waitFor()
    const gone = await fetch(`${relay.httpUrl}/api/rsvp/${link.split('/').pop()}`)
    expect(gone.status).toBe(410)
    await again.getByRole('button', { name: 'Créer une nouvelle invitation' }).click()
    await again.locator('.invitation-qr img').waitFor()
    const renewed = await again
      .getByRole('textbox', { name: 'Lien personnel (rejoindre la session)', exact: true })
      .inputValue()
    expect(renewed).not.toBe(link)
    expect((await fetch(`${relay.httpUrl}/api/rsvp/${renewed.split('/').pop()}`)).status).toBe(200)
  })

  it('makes a room code in the console that lets a walk-in join that sub-group, and revokes it', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 3)
    const browser = await launchBrowser()
    const page = await openConsole(browser, relay.httpUrl)
    const card = page.locator('.console-room-codes')
    const row = card.locator('li[data-board="governance-g2"]')
    await row.getByText('Pas de code').waitFor()
    await row.getByRole('button', { name: /^Créer un code de salle pour / }).click()
    const shown = row.locator('strong')
    await shown.waitFor()
    const code = (await shown.textContent()) ?? ''
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/)
    expect(await row.textContent()).toContain(`Rejoindre : ${relay.httpUrl}/join`)
    // The other boards have none, and the code is there after a reload (listed by the relay).
    expect(await card.locator('li[data-board="governance-g1"]').textContent()).toContain(
      'Pas de code',
    )
    await page.reload()
    await expect.poll(() => row.getAttribute('data-code')).toBe(code)

    // The projector of that board, opened from the console, shows the code in a corner.
    const projector = await newPerson(browser, { viewport: { width: 1600, height: 900 } })
    const href = await page
      .locator('tr[data-board="governance-g2"] a[data-view="projector"]')
      .getAttribute('href')
    expect(href).toMatch(/^\/w\/tanger\/governance-g2\?view=projector#token=/)
    await projector.page.goto(`${relay.httpUrl}${href}`)
    const corner = projector.page.getByRole('complementary', { name: 'Rejoindre ce groupe' })
    await corner.waitFor({ timeout: 15_000 })
    expect(await corner.getAttribute('data-code')).toBe(code)
    expect(await corner.textContent()).toContain(`Rejoindre : ${relay.httpUrl}/join`)

    const walkIn = await newPerson(browser, { viewport: PHONE })
    walkIn.page.setDefaultTimeout(30_000)
    await walkIn.page.goto(`${relay.httpUrl}/join`)
    await walkIn.page.getByLabel('Code affiché à l’écran').fill(code.toLowerCase())
    await walkIn.page.getByRole('button', { name: 'Continuer' }).click()
    await walkIn.page.getByLabel('Votre nom affiché').fill('Youssef')
    await walkIn.page.getByRole('button', { name: 'Rejoindre' }).click()
    await walkIn.page.waitForURL(/\/w\/tanger\/governance-g2$/)
    await walkIn.page
      .getByRole('heading', { name: /^Notes du groupe/ })
      .waitFor({ timeout: 15_000 })

    await row.getByRole('button', { name: /^Révoquer le code de / }).click()
    await card
      .getByRole('status')
      .filter({ hasText: `Code ${code} révoqué.` })
      .waitFor()
    await row.getByText('Pas de code').waitFor()
    const refused = await fetch(`${relay.httpUrl}/api/join/${code}`)
    expect(refused.status).toBe(410)
  })
})
