import { renderDocx } from './docx.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './model.js'
import { ReportFormat } from './media.js'
import { renderXlsx } from './xlsx.js'

export { ReportFormat, REPORT_TYPES } from './media.js'

/** The report written in one format, as bytes (Markdown as UTF-8). */
export async function renderReport(report: Report, format: ReportFormat): Promise<Uint8Array> {
  if (format === ReportFormat.md) return new TextEncoder().encode(renderMarkdown(report))
  if (format === ReportFormat.docx) return renderDocx(report)
  return renderXlsx(report)
}
