import type { HeadingLevel } from 'docx'
import type { Locale } from '@atelier/model'
import type { ToolkitStringKey } from './toolkit-document-strings.js'

export type ToolkitHeading = (typeof HeadingLevel)[keyof typeof HeadingLevel]

/** How a table of the toolkit is laid out: blank rows to write in, or every row that tall. */
export type ToolkitTableOptions = { blankRows?: number; tall?: boolean }

/**
 * What the toolkit's sections write to: the Word writer (`ToolkitWriter`) or the outline the web
 * app prints (`toolkitOutline`). One set of sections, two media, the same content.
 */
export interface ToolkitSink {
  readonly language: Locale
  /** What separates the items of a list written on one line. */
  readonly comma: string
  /** What separates a label from its value: French puts a space before the colon. */
  readonly colon: string
  t(key: ToolkitStringKey): string
  /** A heading; a Heading 1 starts a new page. */
  heading(text: string, heading: ToolkitHeading): void
  text(text: string, bold?: boolean): void
  /** A label and its value on one line: "Durée : 210 min". */
  field(key: ToolkitStringKey, value: string): void
  bullet(text: string): void
  table(
    header: readonly string[],
    rows: readonly (readonly (string | number)[])[],
    options?: ToolkitTableOptions,
  ): void
  /** A blank matrix to fill in on paper: columns are levels, rows are levels, highest first. */
  matrix(corner: string, columns: readonly string[], rows: readonly string[]): void
  /** The table of contents, made from the Heading 1 to 3 that follow. */
  contents(): void
}
