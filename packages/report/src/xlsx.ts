import ExcelJS from 'exceljs'
import { isRightToLeft } from '@atelier/model'
import {
  categoryText,
  figureRows,
  stakeholderHeader,
  stakeholderRows,
  priorityText,
  scoresText,
  sessionName,
  verdictText,
} from './cells.js'
import type { Report } from './model.js'
import { ROADMAP_COLUMNS, roadmapCells } from './roadmap.js'
import { say } from './strings.js'
import type { StringKey } from './strings.js'

/** The sheets of the workbook, by id, in order. Their names are in the report's language. */
export const SHEETS = [
  'notes',
  'priorities',
  'recommendations',
  'participation',
  'roadmap',
] as const
export type SheetId = (typeof SHEETS)[number]

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) gets a leading quote:
 * a participant's note must never run as a formula on the facilitator's machine.
 */
function safe(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

type Cells = readonly (string | number)[]

function addSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  id: SheetId,
  header: readonly StringKey[],
  rows: readonly Cells[],
): void {
  // Excel sheet names are at most 31 characters, without []:*?/\.
  const name = say(`sheet.${id}`, report.language)
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: isRightToLeft(report.language) }],
  })
  sheet.addRow(header.map((key) => say(key, report.language)))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row.map(safe))
  sheet.columns.forEach((column) => {
    column.width = 24
  })
}

/**
 * The report's data as an Excel workbook, one sheet per kind of data: notes (with scores and
 * votes), priorities, recommendations, participation, and the roadmap's actions (by horizon,
 * lead actor and position; its header only when the report has no roadmap board). Sheets are
 * named in the report's language.
 */
export async function renderXlsx(report: Report): Promise<Uint8Array> {
  const { language, authors } = report
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Atelier'
  workbook.created = new Date(report.generatedAt)
  const notes: Cells[] = report.sessions.flatMap((session) =>
    session.subgroups.flatMap((group) =>
      group.categories.flatMap(({ notes: list }) =>
        list.map((note) => {
          const row: (string | number)[] = [
            sessionName(session.id, language),
            group.title,
            categoryText(note.category, language),
            note.text,
            scoresText(note.scores, language),
            note.votes,
            priorityText(note.priority, language),
            note.tags.join(', '),
          ]
          if (authors) row.push(note.author ?? '')
          return row
        }),
      ),
    ),
  )
  const noteHeader: StringKey[] = [
    'session',
    'board',
    'category',
    'text',
    'scores',
    'votes',
    'level',
    'tags',
  ]
  if (authors) noteHeader.push('author')
  addSheet(workbook, report, 'notes', noteHeader, notes)
  addSheet(
    workbook,
    report,
    'priorities',
    ['session', 'rank', 'text', 'votes', 'verdict', 'level', 'reservation', 'board'],
    report.sessions.flatMap((session) =>
      session.priorities.map((item) => [
        sessionName(session.id, language),
        item.rank,
        item.note.text,
        item.note.votes,
        verdictText(item.verdict, language),
        priorityText(item.note.priority, language),
        item.reservation ?? '',
        item.from ?? '',
      ]),
    ),
  )
  addSheet(
    workbook,
    report,
    'recommendations',
    ['session', 'board', 'title', 'text', 'level', 'actors'],
    report.sessions.flatMap((session) =>
      session.recommendations.map((item) => [
        sessionName(session.id, language),
        item.boardTitle,
        item.title,
        item.text,
        priorityText(item.priority, language),
        item.actors.join(', '),
      ]),
    ),
  )
  addSheet(
    workbook,
    report,
    'participation',
    ['session', 'figure', 'count'],
    report.sessions.flatMap((session) => [
      ...figureRows(session.participation, language).map(([figure, count]) => [
        sessionName(session.id, language),
        figure,
        count,
      ]),
      // By stakeholder type: one row per type and figure, "Jeunes — Personnes invitées".
      ...stakeholderRows(session.participation, language).flatMap(([type, ...counts]) =>
        stakeholderHeader(language)
          .slice(1)
          .map((figure, at) => [
            sessionName(session.id, language),
            `${type} — ${figure}`,
            counts[at] ?? '',
          ]),
      ),
    ]),
  )
  addSheet(
    workbook,
    report,
    'roadmap',
    ['roadmap.horizon', ...ROADMAP_COLUMNS],
    report.roadmap.map((action) => [action.horizon, ...roadmapCells(action)]),
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
