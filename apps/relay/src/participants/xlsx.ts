import type ExcelJS from 'exceljs'
import { neutralise, type Table } from './table.js'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const ROW_LIMIT = 5000

/**
 * ExcelJS, loaded the first time a workbook is read or written: it takes about 150 ms to load,
 * which every start of the relay would pay for a feature most consultations use once.
 */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default
}

/**
 * Reads the first sheet of an XLSX workbook as a table (first row the header). A cell holding a
 * formula reads as `=<formula>`, so the row is refused like a CSV formula would be; a date reads
 * as its ISO day. Throws when the bytes are not a workbook.
 */
export async function parseXlsx(bytes: Buffer): Promise<Table> {
  const { Workbook, ValueType } = await excel()
  const workbook = new Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return { header: [], rows: [] }
  const records: Array<{ line: number; cells: string[] }> = []
  const width = Math.min(sheet.columnCount, 64)
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (records.length > ROW_LIMIT) return
    const cells: string[] = []
    for (let column = 1; column <= width; column++) {
      cells.push(cellText(row.getCell(column), ValueType.Formula))
    }
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line, cells })
  })
  const [header, ...rows] = records
  return { header: header?.cells.map((name) => name.trim()) ?? [], rows }
}

function cellText(cell: ExcelJS.Cell, formula: ExcelJS.ValueType): string {
  if (cell.type === formula) return `=${cell.formula ?? ''}`
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10)
  return cell.text ?? ''
}

/** An XLSX workbook of one sheet, every cell a neutralised string. */
export async function writeXlsx(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const workbook = new (await excel()).Workbook()
  const sheet = workbook.addWorksheet('participants')
  sheet.addRow(header.map(neutralise))
  for (const row of rows) sheet.addRow(row.map(neutralise))
  sheet.getRow(1).font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
