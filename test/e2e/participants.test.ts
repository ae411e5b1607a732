import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addNote } from '@atelier/model'
import { syncedClient } from '../helpers/clients.js'
import { startRelay } from '../helpers/relay.js'
import { expectNote, openBoard } from './board-page.js'
import { ensureWebBuilt } from './helpers/app.js'
import { hasChromium, launchBrowser, newPerson } from './helpers/browser.js'
import { BAD_LINES, openParticipants, previewImport } from './participants-page.js'
import {
  WORKSHOP,
  callApi,
  createConsultation,
  facilitatorToken,
  openConsole,
  participantToken,
} from './session-page.js'

describe.skipIf(!hasChromium)("the console's participants", () => {
  it('imports a guest list after a preview naming every bad row, edits, counts, exports, deletes it all and imports the XLSX export back', async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 2)
    const facilitator = await facilitatorToken()
    const browser = await launchBrowser()
    const page = await openConsole(browser, relay.httpUrl)
    await openParticipants(page)
    await page.getByText('Personne sur la liste pour l’instant.').waitFor()

    // The preview counts the good rows and names every bad one with its line and reason.
    await previewImport(page)
    const preview = page.locator('.participants-preview')
    expect(await preview.getByRole('heading').textContent()).toBe('Lignes lues : 10')
    await preview.getByText('Lignes correctes, prêtes à importer : 6').waitFor()
    await preview.getByText('Lignes refusées, qui ne seront pas importées : 4').waitFor()
    const bad = preview
      .getByRole('list', { name: 'Lignes refusées et pourquoi' })
      .getByRole('listitem')
    expect(
      await bad.evaluateAll((items) => items.map((li) => li.getAttribute('data-line'))),
    ).toEqual(BAD_LINES.map(String))
    expect(await bad.allTextContents()).toEqual([
      'Ligne 3 : Nom : obligatoire',
      'Ligne 6 : Session : « cooking » n’est pas une session de cette consultation',
      'Ligne 8 : Nom : commence par = + - @ ou une tabulation : un tableur l’exécuterait comme une formule',
      'Ligne 10 : Contact : ni une adresse e-mail valide, ni un numéro de téléphone',
    ])
    // Nothing is imported before the facilitator confirms.
    const before = await callApi(relay.httpUrl, facilitator, '/participants')
    expect(before.body.participants).toEqual([])

    await page.getByRole('button', { name: 'Importer 6 participants' }).click()
    await page.getByRole('status').filter({ hasText: 'Participants importés : 6.' }).waitFor()
    await page.getByRole('heading', { name: 'Liste des participants (6)' }).waitFor()
    const list = page.locator('.participants-list table')
    expect(await list.locator('tbody th[scope="row"]').allTextContents()).toEqual([
      'Amina Alaoui',
      'Youssef Idrissi',
      'Salma Tazi',
      'Karim Benali',
      'Fatou Diop',
      'Omar Chraibi',
    ])
    expect(await list.locator('thead th').allTextContents()).toEqual([
      'Nom affiché',
      'Nom',
      'Organisation',
      'Type d’acteur',
      'Session',
      'Sous-groupe',
      'Contact',
      'Statut',
      'Consentement',
      'Actions',
    ])

    // An edit the relay refuses shows its reason beside the field and changes nothing.
    await page.getByRole('button', { name: 'Modifier Karim Benali' }).click()
    const form = page.locator('form.participants-form')
    await form.getByRole('heading', { name: 'Modifier Karim Benali' }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await form.getByLabel('Nom', { exact: false }).first().getAttribute('id'),
    )
    await form.getByLabel('Contact', { exact: true }).fill('karim@')
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await form
      .getByRole('alert')
      .getByText('Contact : ni une adresse e-mail valide, ni un numéro de téléphone')
      .waitFor()
    expect(await form.getByLabel('Contact', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    )
    const unchanged = await callApi(relay.httpUrl, facilitator, '/participants')
    const karim = (unchanged.body.participants as { name: string; contact: string }[]).find(
      (person) => person.name === 'Karim Benali',
    )
    expect(karim?.contact).toBe('karim@exemple.ma')

    await form.getByLabel('Contact', { exact: true }).fill('karim.benali@exemple.ma')
    await form.getByLabel('Type d’acteur').selectOption({ label: 'Jeunes' })
    await form.getByLabel('Statut').selectOption({ label: 'Confirmé·e' })
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    const notice = page.getByRole('status').filter({
      hasText: 'Les informations de Karim Benali sont enregistrées.',
    })
    await notice.waitFor()
    expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true)
    const row = list.locator('tbody tr').filter({ hasText: 'Karim Benali' })
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['Jeunes', 'karim.benali@exemple.ma', 'Confirmé·e', 'Donné']),
    )

    // The balance counts the 5 who consented; every group under 3 reads "moins de 3".
    const balance = page.locator('.participants-balance-session[data-session="governance"]')
    const cells = async (breakdown: string, label: string) =>
      balance
        .locator(`tbody${breakdown ? `[data-breakdown="${breakdown}"]` : ''} tr`)
        .filter({ has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) })
        .locator('td')
        .allTextContents()
    await expect
      .poll(() => cells('stakeholder', 'Jeunes'))
      .toEqual(['3', 'moins de 3', 'moins de 3', 'moins de 3'])
    expect(await cells('', 'Total')).toEqual(['5', 'moins de 3', 'moins de 3', 'moins de 3'])
    expect(await cells('stakeholder', 'Migrants')).toEqual([
      'moins de 3',
      'moins de 3',
      'moins de 3',
      'moins de 3',
    ])
    expect(await cells('gender', 'femme')).toEqual(['3', 'moins de 3', 'moins de 3', 'moins de 3'])
    await balance.getByText('Sans consentement, non comptés : moins de 3').waitFor()
    const shown = (await page.locator('.participants-balance').textContent()) ?? ''
    for (const name of ['Amina', 'Karim', 'Omar', 'exemple.ma', 'Tanja']) {
      expect(shown).not.toContain(name)
    }

    // The CSV export downloads with the facilitator's token; a phone number's "+" is neutralised.
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Exporter en CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`participants-${WORKSHOP}.csv`)
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv).toContain('Youssef Idrissi')
    expect(csv).toContain("'+212 612 345 678")
    expect(csv.split(/\r?\n/).some((line) => /(^|[,;])[=+\-@]/.test(line))).toBe(false)
    // The XLSX export too, kept to import again once everything is deleted.
    const downloadingXlsx = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Exporter en XLSX' }).click()
    const xlsx = readFileSync((await (await downloadingXlsx).path())!)
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK')
    const audit = page.locator('.participants-audit tbody tr')
    await expect.poll(() => audit.first().getAttribute('data-action')).toBe('exported')
    expect(await audit.first().textContent()).toContain('Salma')

    // A note on a sub-group board, to see that deleting personal data leaves the boards alone.
    const writer = await syncedClient(relay.syncUrl, `${WORKSHOP}/governance-g1`, facilitator)
    addNote(writer.doc, {
      text: 'Numéro vert unique pour signaler les arnaques',
      category: 'action',
      x: 200,
      y: 200,
      author: { id: 'p-amina', name: 'Amina' },
    })
    writer.provider.destroy()

    await page
      .getByRole('button', {
        name: 'Supprimer toutes les données personnelles de cette consultation',
      })
      .click()
    const word = page.getByLabel('Pour confirmer, tapez SUPPRIMER')
    expect(await word.evaluate((element) => element === document.activeElement)).toBe(true)
    const erase = page.getByRole('button', { name: 'Tout supprimer définitivement' })
    await word.fill('supprimer')
    expect(await erase.isDisabled()).toBe(true)
    await word.fill('SUPPRIMER')
    await erase.click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Toutes les données personnelles ont été supprimées (participants : 6).' })
      .waitFor()
    await page.getByRole('heading', { name: 'Liste des participants (0)' }).waitFor()
    await page.getByText('Personne sur la liste pour l’instant.').waitFor()
    await expect.poll(() => audit.and(page.locator('[data-action="deleted-all"]')).count()).toBe(1)
    const after = await callApi(relay.httpUrl, facilitator, '/participants')
    expect(after.body.participants).toEqual([])

    const board = await openBoard(browser, relay.httpUrl, 'governance-g1', await participantToken())
    await expectNote(board.page, 'Numéro vert unique pour signaler les arnaques', 'Numéro vert')

    // The XLSX export reads back as a guest list: every row good, the phone number as it was.
    await page.getByRole('button', { name: 'Importer une liste (CSV, XLSX)' }).click()
    await page.getByLabel('Fichier de la liste (CSV ou XLSX)').setInputFiles({
      name: `participants-${WORKSHOP}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    })
    await page.getByRole('heading', { name: 'Lignes lues : 6' }).waitFor()
    expect(await page.locator('.participants-errors').count()).toBe(0)
    await page.getByRole('button', { name: 'Importer 6 participants' }).click()
    await page.getByRole('heading', { name: 'Liste des participants (6)' }).waitFor()
    await list.locator('td', { hasText: '+212 612 345 678' }).waitFor()
  })

  it("shows a participant's token no participant data: the console is not theirs and the relay answers 403", async () => {
    const relay = await startRelay({ WEB_DIR: ensureWebBuilt() })
    await createConsultation(relay.httpUrl, ['governance'], 2)
    const facilitator = await facilitatorToken()
    const created = await callApi(relay.httpUrl, facilitator, '/participants', {
      name: 'Amina Alaoui',
      session: 'governance',
      contact: 'amina@exemple.ma',
    })
    expect(created.status).toBe(201)

    const participant = await participantToken()
    const browser = await launchBrowser()
    const { page } = await newPerson(browser)
    await page.goto(`${relay.httpUrl}/w/${WORKSHOP}/console#token=${participant}`)
    await page.getByText('Cette console est réservée à l’animation').waitFor({ timeout: 15_000 })
    expect(await page.getByRole('button', { name: 'Participants' }).count()).toBe(0)
    expect(await page.content()).not.toContain('Amina Alaoui')

    // What the console's part would ask, asked from the page with the participant's token.
    const statuses = await page.evaluate(
      async ({ token, workshop }) => {
        const paths = ['', '/balance', '/audit', '/export?format=csv', '/retention']
        return Promise.all(
          paths.map(async (path) => {
            const response = await fetch(`/api/workshops/${workshop}/participants${path}`, {
              headers: { Authorization: `Bearer ${token}` },
            })
            return response.status
          }),
        )
      },
      { token: participant, workshop: WORKSHOP },
    )
    expect(statuses).toEqual([403, 403, 403, 403, 403])
  })
})
