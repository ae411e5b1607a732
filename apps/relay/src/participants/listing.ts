import type { Participant } from './fields.js'
import { writeCsv } from './table.js'
import { XLSX_TYPE, writeXlsx } from './xlsx.js'

/** The columns of an exported list, in order; an import reads them back (id and dates aside). */
export const EXPORT_HEADER = [
  'id',
  'displayName',
  'name',
  'organisation',
  'stakeholder',
  'session',
  'subgroup',
  'contact',
  'gender',
  'ageBand',
  'consent',
  'consentAt',
  'consentPurposes',
  'status',
] as const

function cellsOf(participant: Participant): string[] {
  const { consent } = participant
  return [
    participant.id,
    participant.displayName ?? '',
    participant.name,
    participant.organisation ?? '',
    participant.stakeholder ?? '',
    participant.session,
    participant.subgroup ?? '',
    participant.contact ?? '',
    participant.gender ?? '',
    participant.ageBand ?? '',
    consent.given ? 'yes' : 'no',
    consent.at === null ? '' : new Date(consent.at).toISOString(),
    consent.purposes.join(';'),
    participant.status,
  ]
}

export const ExportFormat = { csv: 'csv', xlsx: 'xlsx' } as const
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat]

/**
 * The list as a file a spreadsheet opens, every cell neutralised against formula injection.
 * Resolves with its bytes and content type.
 */
export async function exportList(
  participants: readonly Participant[],
  format: ExportFormat,
): Promise<{ body: Buffer; type: string }> {
  const rows = participants.map(cellsOf)
  if (format === ExportFormat.xlsx) {
    return { body: await writeXlsx(EXPORT_HEADER, rows), type: XLSX_TYPE }
  }
  return {
    body: Buffer.from(writeCsv(EXPORT_HEADER, rows), 'utf8'),
    type: 'text/csv; charset=utf-8',
  }
}
