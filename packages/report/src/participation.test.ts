import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { buildConsultation } from '../testing/consultation.js'
import { buildReport, renderDocx, renderMarkdown, renderXlsx } from './index.js'
import type { ReportInput } from './index.js'

/** The consultation of the tests, with the registry's counts on its first session. */
function withParticipation(): ReportInput {
  const input = buildConsultation()
  const [first, ...rest] = input.sessions
  return {
    ...input,
    sessions: [
      {
        ...first!,
        participation: {
          invited: 24,
          confirmed: 20,
          attended: 'fewerThan3',
          stakeholders: {
            youth: { invited: 7, confirmed: 6, attended: 5 },
            migrant: { invited: 'fewerThan3', confirmed: 'fewerThan3', attended: 'fewerThan3' },
          },
        },
      },
      ...rest,
    ],
  }
}

describe('the participation figures of the report', () => {
  it('prints the counts, "fewer than 3" for a small group, and the stakeholder table in Markdown', () => {
    const markdown = renderMarkdown(buildReport(withParticipation(), { language: 'fr' }))
    expect(markdown).toContain('| Personnes invitées | 24 |')
    expect(markdown).toContain('| Personnes présentes | moins de 3 |')
    expect(markdown).toContain(
      '| Type d’acteur | Personnes invitées | Personnes confirmées | Personnes présentes |',
    )
    expect(markdown).toContain('| Jeunes | 7 | 6 | 5 |')
    expect(markdown).toContain('| Migrants | moins de 3 | moins de 3 | moins de 3 |')
  })

  it('writes the same figures in the DOCX and in the XLSX participation sheet, in English', async () => {
    const report = buildReport(withParticipation(), { language: 'en' })
    const zip = await JSZip.loadAsync(await renderDocx(report))
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    expect(text).toContain('By stakeholder type (people who consented to be counted)')
    expect(text).toContain('Youth|7|6|5')
    expect(text).toContain('Migrants|fewer than 3|fewer than 3|fewer than 3')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await renderXlsx(report)) as never)
    const rows: unknown[][] = []
    workbook.getWorksheet('Participation')!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1))
    })
    expect(rows).toContainEqual(['Governance', 'People present', 'fewer than 3'])
    expect(rows).toContainEqual(['Governance', 'Youth — People invited', 7])
    expect(rows).toContainEqual(['Governance', 'Migrants — People present', 'fewer than 3'])
  })

  it('refuses a count that is neither a number nor "fewer than 3"', () => {
    const input = withParticipation()
    const bad = {
      ...input,
      sessions: [{ ...input.sessions[0]!, participation: { invited: 'few' as never } }],
    }
    expect(() => buildReport(bad)).toThrow()
  })
})
