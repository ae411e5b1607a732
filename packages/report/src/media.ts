/**
 * The report's formats and their media types, in a module that imports nothing: the relay reads
 * them when it starts (`@atelier/report/media`) and loads the writers (docx, exceljs) only when
 * a report is asked for.
 */
export const ReportFormat = { md: 'md', docx: 'docx', xlsx: 'xlsx' } as const
export type ReportFormat = (typeof ReportFormat)[keyof typeof ReportFormat]

/** The media type of each format, for a download's Content-Type. */
export const REPORT_TYPES: Readonly<Record<ReportFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
