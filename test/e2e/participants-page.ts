/**
 * Driving the console's "Participants" part in Chromium: the guest list a facilitator imports
 * (good rows and bad ones, at known lines), opening the part, and previewing the import.
 */
import type { Page } from 'playwright-core'

/**
 * A guest list with 6 good rows and 4 bad ones: no name (line 3), a session the consultation
 * does not have (line 6), a formula (line 8) and an e-mail address without a domain (line 10).
 * Of the 5 who consent: 2 youth, 1 public institution, 1 civil society, 1 migrant; 3 women.
 */
export const GUEST_LIST = [
  'nom;organisation;type;session;groupe;email;genre;âge;consentement',
  'Amina Alaoui;Association Tanja;youth;governance;1;amina@exemple.ma;femme;18-24;oui',
  ';Association Tanja;youth;governance;1;sans.nom@exemple.ma;;;oui',
  'Youssef Idrissi;Jeunes de Tanger;youth;governance;1;+212 612 345 678;homme;18-24;oui',
  'Salma Tazi;Wilaya de Tanger;public-institution;governance;2;salma@exemple.ma;femme;35-44;oui',
  'Nadia Fassi;Commune de Tanger;public-institution;cooking;1;nadia@exemple.ma;femme;45-54;oui',
  'Karim Benali;Croissant-Rouge;civil-society;governance;2;karim@exemple.ma;homme;25-34;oui',
  "=cmd|' /C calc'!A0;Inconnu;other;governance;1;x@exemple.ma;;;oui",
  'Fatou Diop;Caritas;migrant;governance;1;fatou@exemple.ma;femme;25-34;oui',
  'Hamza Berrada;Radio Tanger;field-actor;governance;2;hamza@;homme;35-44;oui',
  'Omar Chraibi;Commune de Tanger;youth;governance;2;omar@exemple.ma;homme;18-24;non',
].join('\r\n')

export const BAD_LINES = [3, 6, 8, 10]

/** Opens the console's "Participants" part and waits for its list. */
export async function openParticipants(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Parties de la console' }).waitFor()
  await page.getByRole('button', { name: 'Participants', exact: true }).click()
  await page.getByRole('heading', { name: /^Liste des participants \(\d+\)$/ }).waitFor()
}

/** Picks the guest list in the import panel and waits for the relay's preview. */
export async function previewImport(page: Page, csv = GUEST_LIST): Promise<void> {
  await page.getByRole('button', { name: 'Importer une liste (CSV, XLSX)' }).click()
  await page.getByLabel('Fichier de la liste (CSV ou XLSX)').setInputFiles({
    name: 'invites-gouvernance.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  await page.getByRole('heading', { name: /^Lignes lues : \d+$/ }).waitFor()
}
