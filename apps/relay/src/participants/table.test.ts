import { describe, expect, it } from 'vitest'
import { FieldCipher } from './cipher.js'
import { neutralise, parseCsv, writeCsv } from './table.js'
import { parseXlsx, writeXlsx } from './xlsx.js'

const FORMULA = "=cmd|' /C calc'!A0"

describe('guest list files', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and the semicolons of French spreadsheets', () => {
    const table = parseCsv(
      '\uFEFFnom;session\r\n"Alaoui; Amina";governance\r\n\r\n"Dit ""Mimi""";x\n',
    )
    expect(table.header).toEqual(['nom', 'session'])
    expect(table.rows).toEqual([
      { line: 2, cells: ['Alaoui; Amina', 'governance'] },
      { line: 4, cells: ['Dit "Mimi"', 'x'] },
    ])
  })

  it('counts lines inside quoted cells, so the preview names the right line', () => {
    const table = parseCsv('name,session\n"two\nlines",governance\nnext,governance\n')
    expect(table.rows.map((row) => row.line)).toEqual([2, 4])
  })

  it('writes every cell that a spreadsheet would run as a formula behind a quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`)
    }
    expect(neutralise('Amina')).toBe('Amina')
    const csv = writeCsv(['name', 'contact'], [[FORMULA, '+212 612 345 678']])
    expect(csv).toBe(`\uFEFFname,contact\r\n'${FORMULA},'+212 612 345 678\r\n`)
    expect(parseCsv(csv).rows[0]!.cells).toEqual([`'${FORMULA}`, "'+212 612 345 678"])
  })

  it('writes an XLSX whose cells are neutralised text and reads it back', async () => {
    const bytes = await writeXlsx(['name', 'session'], [[FORMULA, 'governance']])
    const table = await parseXlsx(bytes)
    expect(table.header).toEqual(['name', 'session'])
    expect(table.rows).toEqual([{ line: 2, cells: [`'${FORMULA}`, 'governance'] }])
  })
})

describe('the field cipher', () => {
  const cipher = new FieldCipher(Buffer.alloc(32, 7))

  it('opens what it sealed, with a fresh IV each time, and never shows the value', () => {
    const first = cipher.seal('Amina Alaoui', 'tanger/p-1/name')
    const second = cipher.seal('Amina Alaoui', 'tanger/p-1/name')
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false)
    expect(Buffer.from(first).includes('Amina')).toBe(false)
    expect(cipher.open(first, 'tanger/p-1/name')).toBe('Amina Alaoui')
  })

  it('refuses a value moved to another participant or field, or tampered with', () => {
    const sealed = cipher.seal('amina@example.org', 'tanger/p-1/contact')
    expect(() => cipher.open(sealed, 'tanger/p-2/contact')).toThrow()
    expect(() => cipher.open(sealed, 'tanger/p-1/name')).toThrow()
    const tampered = Uint8Array.from(sealed)
    tampered[tampered.length - 1]! ^= 1
    expect(() => cipher.open(tampered, 'tanger/p-1/contact')).toThrow()
    expect(() => new FieldCipher(Buffer.alloc(32, 8)).open(sealed, 'tanger/p-1/contact')).toThrow()
  })
})
