import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { TableOfContents } from 'docx'
import { isRightToLeft } from '@atelier/model'
import type { Locale } from '@atelier/model'
import { sayToolkit } from './toolkit-document-strings.js'
import type { ToolkitStringKey } from './toolkit-document-strings.js'
import type { ToolkitHeading, ToolkitSink } from './toolkit-sink.js'

export type Block = Paragraph | Table | TableOfContents
type Heading = ToolkitHeading

/** How tall an empty row of a blank grid is, in twentieths of a point (about 1.3 cm). */
const BLANK_ROW_HEIGHT = 720

/**
 * Writes the toolkit's paragraphs and tables in one language, right to left for Arabic. A
 * Heading 1 starts a new page, so each part prints on its own sheets.
 */
export class ToolkitWriter implements ToolkitSink {
  readonly blocks: Block[] = []
  private readonly rtl: boolean

  constructor(readonly language: Locale) {
    this.rtl = isRightToLeft(language)
  }

  t(key: ToolkitStringKey): string {
    return sayToolkit(key, this.language)
  }

  paragraph(
    text: string,
    options: { heading?: Heading; bold?: boolean; pageBreakBefore?: boolean } = {},
  ): Paragraph {
    return new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(this.rtl ? { bidirectional: true, alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun({ text, bold: options.bold ?? false, rightToLeft: this.rtl })],
    })
  }

  heading(text: string, heading: Heading): void {
    const pageBreakBefore = heading === HeadingLevel.HEADING_1
    this.blocks.push(this.paragraph(text, { heading, pageBreakBefore }))
  }

  contents(): void {
    this.blocks.push(this.paragraph(this.t('contents'), { bold: true, pageBreakBefore: true }))
    this.blocks.push(
      new TableOfContents(this.t('contents'), { hyperlink: true, headingStyleRange: '1-3' }),
    )
  }

  text(text: string, bold = false): void {
    this.blocks.push(this.paragraph(text, { bold }))
  }

  /** A label and its value on one line: "Durée : 210 min". */
  field(key: ToolkitStringKey, value: string): void {
    this.text(`${this.t(key)}${this.colon}${value}`)
  }

  /** What separates the items of a list written on one line. */
  get comma(): string {
    return this.language === 'ar' ? '، ' : ', '
  }

  /** What separates a label from its value: French puts a space before the colon. */
  get colon(): string {
    return this.language === 'fr' ? ' : ' : ': '
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

  /**
   * A table with a header row, its rows, then `blankRows` empty rows tall enough to write in
   * (`tall` makes every row that tall, for a grid filled in by hand).
   */
  table(
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[],
    { blankRows = 0, tall = false }: { blankRows?: number; tall?: boolean } = {},
  ): void {
    const row = (cells: readonly (string | number)[], head: boolean, blank = false) =>
      new TableRow({
        tableHeader: head,
        ...(blank ? { height: { value: BLANK_ROW_HEIGHT, rule: 'atLeast' as const } } : {}),
        children: cells.map(
          (value) => new TableCell({ children: [this.paragraph(String(value), { bold: head })] }),
        ),
      })
    const blanks = Array.from({ length: blankRows }, () =>
      row(
        header.map(() => ''),
        false,
        true,
      ),
    )
    this.blocks.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        visuallyRightToLeft: this.rtl,
        rows: [row(header, true), ...rows.map((cells) => row(cells, false, tall)), ...blanks],
      }),
    )
    this.blocks.push(this.paragraph(''))
  }

  /**
   * A blank matrix to fill in on paper: the top-left cell names the axes, the header row gives
   * the column levels and each row starts with its level, highest first (as on the board).
   */
  matrix(corner: string, columns: readonly string[], rows: readonly string[]): void {
    this.table(
      [corner, ...columns],
      rows.map((level) => [level, ...columns.map(() => '')]),
      { tall: true },
    )
  }
}
