import { renderDocx } from './docx.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './model.js'
import { renderXlsx } from './xlsx.js'

export const ReportFormat = { md: 'md', docx: 'docx', xlsx: 'xlsx' } as const
export type ReportFormat = (typeof ReportFormat)[keyof typeof ReportFormat]

/** The media type of each format, for a download's Content-Type. */
export const REPORT_TYPES: Readonly<Record<ReportFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The report written in one format, as bytes (Markdown as UTF-8). */
export async function renderReport(report: Report, format: ReportFormat): Promise<Uint8Array> {
  if (format === ReportFormat.md) return new TextEncoder().encode(renderMarkdown(report))
  if (format === ReportFormat.docx) return renderDocx(report)
  return renderXlsx(report)
}
