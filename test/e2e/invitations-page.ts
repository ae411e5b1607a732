/**
 * Driving the facilitator's invitation screens in Chromium: a guest on the list, the session's
 * date and place, and a participant's invitation panel in the console's "Participants" part.
 */
import type { Page } from 'playwright-core'
import { WORKSHOP, facilitatorToken } from './session-page.js'

export const PLACE = 'Palais des Institutions Italiennes, Tanger'

/** Adds Amina (display name "Amina") to sub-group 2 of Governance through the relay's API. */
export async function addAmina(httpUrl: string): Promise<string> {
  const response = await fetch(`${httpUrl}/api/workshops/${WORKSHOP}/participants`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await facilitatorToken()}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      name: 'Amina Alaoui Benjelloun',
      displayName: 'Amina',
      organisation: 'Association Tanja',
      contact: 'amina.alaoui@exemple.ma',
      session: 'governance',
      subgroup: '2',
      consent: { given: true, purposes: ['invitation'] },
    }),
  })
  if (response.status !== 201) throw new Error(`adding Amina: ${response.status}`)
  return ((await response.json()) as { participant: { id: string } }).participant.id
}

/** Sets a session's date, time and place in the console's "Date and place" form. */
export async function setSessionDetails(
  page: Page,
  session: string,
  details: { date: string; time: string; place: string },
): Promise<void> {
  const form = page.locator(`form.invitation-details-form[data-session="${session}"]`)
  // The form is enabled once the relay's current date and place are in it.
  await form.locator('input[type="date"]:enabled').waitFor()
  await form.getByLabel('Date', { exact: true }).fill(details.date)
  await form.getByLabel('Heure (facultative)').fill(details.time)
  await form.getByLabel('Lieu').fill(details.place)
  await form.getByRole('button', { name: 'Enregistrer la date et le lieu' }).click()
  await form.getByRole('status').filter({ hasText: 'Date et lieu enregistrés' }).waitFor()
}

/** Opens a participant's invitation panel and waits for its QR code to be shown. */
export async function openInvitation(page: Page, name: string) {
  await page.getByRole('button', { name: `Invitation de ${name}` }).click()
  const panel = page.locator('.invitation-panel')
  await panel.locator('.invitation-qr img').waitFor()
  return panel
}
