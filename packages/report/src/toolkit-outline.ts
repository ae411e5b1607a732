import { HeadingLevel } from 'docx'
import { Locale } from '@atelier/model'
import { z } from 'zod'
import { sayToolkit } from './toolkit-document-strings.js'
import type { ToolkitStringKey } from './toolkit-document-strings.js'
import { toolkitDocumentOptionsSchema, writeToolkit } from './toolkit-document.js'
import type { ToolkitDocumentOptions } from './toolkit-document.js'
import type { ToolkitHeading, ToolkitSink, ToolkitTableOptions } from './toolkit-sink.js'

/**
 * One block of the printable toolkit, as the web app's toolkit page draws it: a heading (level 0
 * is the title, 1 a part that starts a page, 2 and 3 within it), a paragraph, a label and its
 * value, a bullet, a table (with blank rows to write in, or every row `tall`), a blank matrix,
 * or the place of the table of contents.
 */
export type ToolkitBlock =
  | { kind: 'heading'; level: 0 | 1 | 2 | 3; text: string }
  | { kind: 'text'; text: string; bold: boolean }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'bullet'; text: string }
  | {
      kind: 'table'
      header: string[]
      rows: (string | number)[][]
      blankRows: number
      tall: boolean
      matrix: boolean
    }
  | { kind: 'contents'; title: string }

export type ToolkitOutline = { language: Locale; title: string; blocks: ToolkitBlock[] }

const LEVELS: ReadonlyMap<ToolkitHeading, 0 | 1 | 2 | 3> = new Map([
  [HeadingLevel.TITLE, 0],
  [HeadingLevel.HEADING_1, 1],
  [HeadingLevel.HEADING_2, 2],
  [HeadingLevel.HEADING_3, 3],
])

/** Collects the toolkit's sections as plain blocks, for a page to lay out and print. */
class OutlineWriter implements ToolkitSink {
  readonly blocks: ToolkitBlock[] = []

  constructor(readonly language: Locale) {}

  get comma(): string {
    return this.language === 'ar' ? '، ' : ', '
  }

  get colon(): string {
    return this.language === 'fr' ? ' : ' : ': '
  }

  t(key: ToolkitStringKey): string {
    return sayToolkit(key, this.language)
  }

  heading(text: string, heading: ToolkitHeading): void {
    this.blocks.push({ kind: 'heading', level: LEVELS.get(heading) ?? 3, text })
  }

  text(text: string, bold = false): void {
    this.blocks.push({ kind: 'text', text, bold })
  }

  field(key: ToolkitStringKey, value: string): void {
    this.blocks.push({ kind: 'field', label: this.t(key), value })
  }

  bullet(text: string): void {
    this.blocks.push({ kind: 'bullet', text })
  }

  table(
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[],
    { blankRows = 0, tall = false }: ToolkitTableOptions = {},
  ): void {
    this.blocks.push({
      kind: 'table',
      header: [...header],
      rows: rows.map((row) => [...row]),
      blankRows,
      tall,
      matrix: false,
    })
  }

  matrix(corner: string, columns: readonly string[], rows: readonly string[]): void {
    this.blocks.push({
      kind: 'table',
      header: [corner, ...columns],
      rows: rows.map((level) => [level, ...columns.map(() => '')]),
      blankRows: 0,
      tall: true,
      matrix: true,
    })
  }

  contents(): void {
    this.blocks.push({ kind: 'contents', title: this.t('contents') })
  }
}

/**
 * The methodology toolkit as plain blocks, written by the same sections as the Word document
 * (`renderToolkitDocx`), for the web app's printable toolkit page. With `participants`, the
 * provisional participant list is filled in; without, it has blank rows to fill by hand.
 *
 * @example toolkitOutline('ar').blocks[0] // { kind: 'heading', level: 0, text: 'دليل الأدوات…' }
 */
export function toolkitOutline(
  language: Locale,
  options: ToolkitDocumentOptions = {},
): ToolkitOutline {
  const lang = z.enum(Locale).parse(language)
  const { participants = [] } = toolkitDocumentOptionsSchema.parse(options)
  const w = new OutlineWriter(lang)
  writeToolkit(w, participants)
  return { language: lang, title: w.t('toolkit'), blocks: w.blocks }
}
