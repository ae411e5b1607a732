import { FORMULA_START } from './fields.js'

/** A guest list read from a file: its header row and the rows under it, each cell a string. */
export interface Table {
  readonly header: string[]
  /** Each row with its line number in the file (1 is the header), for the preview's messages. */
  readonly rows: Array<{ readonly line: number; readonly cells: string[] }>
}

/**
 * Reads a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM) with the
 * delimiter its header uses: `,`, or `;` as French spreadsheets write, or a tab. Blank lines
 * are skipped.
 *
 * @example
 * parseCsv('name;session\n"Alaoui, Amina";governance\n').rows[0].cells // ['Alaoui, Amina', 'governance']
 */
export function parseCsv(source: string): Table {
  const input = source.replace(/^\uFEFF/, '')
  const delimiter = delimiterOf(input.split(/\r?\n/, 1)[0] ?? '')
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell === '') quoted = true
    else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++
      endRecord()
      recordLine = ++line
    } else cell += char
  }
  if (cell !== '' || cells.length > 0) endRecord()
  const [header, ...rows] = records
  return { header: header?.cells.map((name) => name.trim()) ?? [], rows }
}

function delimiterOf(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

/**
 * A cell as it may leave the relay for a spreadsheet: one starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return is prefixed with a single quote, so that it is read as text and
 * never run as a formula (OWASP, CSV injection).
 */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** A CSV file (comma-separated, CRLF, UTF-8 with a BOM so spreadsheets read accents) of neutralised cells. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => quote(neutralise(c))).join(',')
  return '\uFEFF' + [header, ...rows].map(line).join('\r\n') + '\r\n'
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
