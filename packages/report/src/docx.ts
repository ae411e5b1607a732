import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { isRightToLeft } from '@atelier/model'
import type { Locale } from '@atelier/model'
import {
  categoryText,
  colon,
  dateText,
  figureRows,
  stakeholderHeader,
  stakeholderRows,
  keyText,
  priorityText,
  scoresText,
  sessionName,
  verdictText,
} from './cells.js'
import type { Report, SessionReport } from './model.js'
import { byHorizon, roadmapCells, roadmapHeader } from './roadmap.js'
import { say } from './strings.js'
import type { StringKey } from './strings.js'

type Block = Paragraph | Table | TableOfContents
type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel]

/** Writes paragraphs and tables in one language, right to left for Arabic. */
class Writer {
  readonly blocks: Block[] = []
  private readonly rtl: boolean

  constructor(readonly language: Locale) {
    this.rtl = isRightToLeft(language)
  }

  t(key: StringKey): string {
    return say(key, this.language)
  }

  private paragraph(text: string, options: { heading?: Heading; bold?: boolean } = {}) {
    return new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      ...(this.rtl ? { bidirectional: true, alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun({ text, bold: options.bold ?? false, rightToLeft: this.rtl })],
    })
  }

  heading(text: string, heading: Heading): void {
    this.blocks.push(this.paragraph(text, { heading }))
  }

  text(text: string, bold = false): void {
    this.blocks.push(this.paragraph(text, { bold }))
  }

  bullet(text: string): void {
    this.blocks.push(
      new Paragraph({
        bullet: { level: 0 },
        ...(this.rtl ? { bidirectional: true } : {}),
        children: [new TextRun({ text, rightToLeft: this.rtl })],
      }),
    )
  }

  table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
    const row = (cells: readonly (string | number)[], head: boolean) =>
      new TableRow({
        tableHeader: head,
        children: cells.map(
          (value) => new TableCell({ children: [this.paragraph(String(value), { bold: head })] }),
        ),
      })
    this.blocks.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        visuallyRightToLeft: this.rtl,
        rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
      }),
    )
    this.blocks.push(this.paragraph(''))
  }
}

function writeSession(w: Writer, session: SessionReport, authors: boolean): void {
  const { language } = w
  w.heading(`${w.t('session')} — ${session.title}`, HeadingLevel.HEADING_1)
  w.heading(w.t('synthesis'), HeadingLevel.HEADING_2)
  for (const group of session.subgroups) {
    w.heading(group.title, HeadingLevel.HEADING_3)
    if (group.categories.length === 0) w.text(w.t('none'))
    for (const { category, notes } of group.categories) {
      w.text(categoryText(category, language), true)
      const header = [w.t('text'), w.t('scores'), w.t('votes'), w.t('tags')]
      if (authors) header.push(w.t('author'))
      w.table(
        header,
        notes.map((note) => {
          const row = [
            note.text,
            scoresText(note.scores, language),
            note.votes,
            note.tags.join(', '),
          ]
          if (authors) row.push(note.author ?? '')
          return row
        }),
      )
    }
  }
  w.heading(w.t('mainFindings'), HeadingLevel.HEADING_2)
  if (session.mainFindings.length === 0) w.text(w.t('none'))
  for (const note of session.mainFindings)
    w.bullet(`${note.text} (${w.t('votes')}${colon(language)}${note.votes})`)
  w.heading(w.t('priorities'), HeadingLevel.HEADING_2)
  if (session.priorities.length === 0) w.text(w.t('none'))
  else {
    w.table(
      [w.t('rank'), w.t('text'), w.t('votes'), w.t('verdict'), w.t('level'), w.t('reservation')],
      session.priorities.map((item) => [
        item.rank,
        item.note.text,
        item.note.votes,
        verdictText(item.verdict, language),
        priorityText(item.note.priority, language),
        item.reservation ?? '',
      ]),
    )
  }
  w.heading(w.t('recommendations'), HeadingLevel.HEADING_2)
  if (session.recommendations.length === 0) w.text(w.t('none'))
  for (const item of session.recommendations) {
    w.text(`${item.title} (${priorityText(item.priority, language)}) — ${item.boardTitle}`, true)
    if (item.text) w.text(item.text)
    if (item.actors.length > 0)
      w.text(`${w.t('actors')}${colon(language)}${item.actors.join(', ')}`)
  }
  w.heading(w.t('participation'), HeadingLevel.HEADING_2)
  w.table([w.t('figure'), w.t('count')], figureRows(session.participation, language))
  const byType = stakeholderRows(session.participation, language)
  if (byType.length > 0) {
    w.text(w.t('byStakeholder'), true)
    w.table(stakeholderHeader(language), byType)
  }
}

function writeCrossSector(w: Writer, report: Report): void {
  const { language } = w
  const { themes, priorities, disagreements } = report.crossSector
  w.heading(w.t('crossSector'), HeadingLevel.HEADING_1)
  w.heading(w.t('recurringThemes'), HeadingLevel.HEADING_2)
  const recurring = themes.filter((theme) => theme.sessions.length >= 2)
  if (recurring.length === 0) w.text(w.t('none'))
  else {
    w.table(
      [w.t('theme'), w.t('sessions'), w.t('votes')],
      recurring.map((theme) => [
        `#${theme.tag}`,
        theme.sessions.map((entry) => sessionName(entry.session, language)).join(', '),
        theme.sessions.reduce((sum, entry) => sum + entry.votes, 0),
      ]),
    )
  }
  w.heading(w.t('recurringPriorities'), HeadingLevel.HEADING_2)
  if (priorities.length === 0) w.text(w.t('none'))
  for (const group of priorities) {
    w.text(keyText(group.key), true)
    for (const entry of group.entries) {
      w.bullet(
        `${sessionName(entry.session, language)}${colon(language)}${entry.text} — ${verdictText(entry.verdict, language)}`,
      )
    }
  }
  w.heading(w.t('disagreements'), HeadingLevel.HEADING_2)
  if (disagreements.length === 0) w.text(w.t('none'))
  for (const item of disagreements) {
    const side = (entries: typeof item.for) =>
      entries.map((entry) => `${sessionName(entry.session, language)} (${entry.text})`).join(', ')
    w.bullet(
      `${keyText(item.key)} — ${w.t(`disagreement.${item.kind}`)}${colon(language)}${side(item.for)} / ${side(item.against)}`,
    )
  }
}

/** The roadmap's actions: Heading 1, then per time horizon a Heading 2 and a table. */
function writeRoadmap(w: Writer, report: Report): void {
  w.heading(w.t('roadmap'), HeadingLevel.HEADING_1)
  if (report.roadmap.length === 0) w.text(w.t('none'))
  for (const group of byHorizon(report.roadmap)) {
    w.heading(group.horizon, HeadingLevel.HEADING_2)
    w.table(roadmapHeader(report.language), group.actions.map(roadmapCells))
  }
}

/**
 * The report as a Word document: a title, a table of contents (a field Word fills in when the
 * file opens), Heading 1 per session and for the cross-sector analysis, Heading 2 per part,
 * Heading 3 per sub-group, and tables. Arabic paragraphs run right to left.
 */
export async function renderDocx(report: Report): Promise<Uint8Array> {
  const w = new Writer(report.language)
  w.heading(`${w.t('report')} — ${report.title}`, HeadingLevel.TITLE)
  w.text(`${w.t('generated')} ${dateText(report.generatedAt, report.language)}`)
  w.text(w.t('contents'), true)
  w.blocks.push(new TableOfContents(w.t('contents'), { hyperlink: true, headingStyleRange: '1-3' }))
  for (const session of report.sessions) writeSession(w, session, report.authors)
  writeCrossSector(w, report)
  writeRoadmap(w, report)
  const document = new Document({
    title: report.title,
    features: { updateFields: true },
    sections: [{ children: w.blocks }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
