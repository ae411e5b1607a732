import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { addNote, getNote } from '@atelier/model'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function consultation(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Nadia' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance', 'operational-response', 'inclusion-resilience'],
    groups: 2,
  })
  expect(created.status).toBe(201)
  return facilitator
}

/** A participant writes a note, signed with their display name, on a sub-group board. */
async function writeNote(relay: RunningRelay, text: string) {
  const token = await tokenFor({ sub: 'p-youssef', name: 'Youssef Tazi', role: 'participant' })
  const client = await syncedClient(relay.syncUrl, 'tanger/governance-g1', token)
  const id = addNote(client.doc, {
    text,
    category: 'finding',
    x: 3000,
    y: 3000,
    author: { id: 'p-youssef', name: 'Youssef Tazi' },
    tags: ['coordination'],
  })
  const watcher = await syncedClient(relay.syncUrl, 'tanger/governance-g1', await tokenFor())
  await waitFor(() => getNote(watcher.doc, id) !== undefined)
  return id
}

async function download(relay: RunningRelay, path: string, token: string) {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n')
}

describe('GET /api/workshops/<w>/report.{md,docx,xlsx}', () => {
  it('refuses participants and rapporteurs, and tokens of another workshop', async () => {
    const relay = await startRelay()
    await consultation(relay)
    for (const role of ['participant', 'rapporteur'] as const) {
      const token = await tokenFor({ sub: `p-${role}`, role })
      for (const format of ['md', 'docx', 'xlsx']) {
        const answer = await download(relay, `${API}/report.${format}`, token)
        expect(answer.status).toBe(403)
      }
    }
    const elsewhere = await tokenFor({ workshop: 'rabat' })
    expect((await download(relay, `${API}/report.md`, elsewhere)).status).toBe(403)
    expect((await download(relay, `${API}/report.pdfx`, await tokenFor())).status).toBe(404)
  })

  it('gives the facilitator every format, holding a note a client wrote just before', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    await writeNote(relay, 'Aucun point de signalement dans les écoles')

    const md = await download(relay, `${API}/report.md`, facilitator)
    expect(md.status).toBe(200)
    expect(md.type).toBe('text/markdown; charset=utf-8')
    expect(md.disposition).toBe('attachment; filename="report-tanger.md"')
    const text = new TextDecoder().decode(md.bytes)
    expect(text).toContain('## Session — Gouvernance')
    expect(text).toContain('## Session — Inclusion et résilience collective')
    expect(text).toContain(
      '| Aucun point de signalement dans les écoles |  | 0 | coordination | Youssef Tazi |',
    )

    const docx = await download(relay, `${API}/report.docx`, facilitator)
    expect([docx.status, docx.type]).toEqual([200, DOCX])
    expect(docx.disposition).toBe('attachment; filename="report-tanger.docx"')
    const words = await docxText(docx.bytes)
    expect(words).toContain('Aucun point de signalement dans les écoles')
    expect(words).toContain('Youssef Tazi')

    const xlsx = await download(relay, `${API}/report.xlsx`, facilitator)
    expect([xlsx.status, xlsx.type]).toEqual([200, XLSX])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer)
    const notes: string[] = []
    workbook.getWorksheet('Notes')!.eachRow((row) => notes.push(JSON.stringify(row.values)))
    expect(notes.some((row) => row.includes('Aucun point de signalement dans les écoles'))).toBe(
      true,
    )
  })

  it('gives an observer the report without any author’s name, in the language asked', async () => {
    const relay = await startRelay()
    await consultation(relay)
    await writeNote(relay, 'Les signalements restent sans suite')
    const observer = await tokenFor({ sub: 'o-1', name: 'Observatrice', role: 'observer' })

    const md = await download(relay, `${API}/report.md`, observer)
    expect(md.status).toBe(200)
    const text = new TextDecoder().decode(md.bytes)
    expect(text).toContain('Les signalements restent sans suite')
    expect(text).not.toContain('Youssef Tazi')

    const docx = await download(relay, `${API}/report.docx`, observer)
    expect(docx.status).toBe(200)
    const words = await docxText(docx.bytes)
    expect(words).toContain('Les signalements restent sans suite')
    expect(words).not.toContain('Youssef Tazi')

    const xlsx = await download(relay, `${API}/report.xlsx`, observer)
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer)
    const cells: string[] = []
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))))
    expect(cells.join('\n')).toContain('Les signalements restent sans suite')
    expect(cells.join('\n')).not.toContain('Youssef Tazi')

    const english = await download(relay, `${API}/report.md?lang=en`, observer)
    expect(new TextDecoder().decode(english.bytes)).toContain('## Session — Governance')
    expect((await download(relay, `${API}/report.md?lang=de`, observer)).status).toBe(400)
  })

  it('gives the report model as JSON for the printable page, without authors for an observer', async () => {
    const relay = await startRelay()
    const facilitator = await consultation(relay)
    await writeNote(relay, 'Les écoles manquent de référents')
    const observer = await tokenFor({ sub: 'o-1', name: 'Observatrice', role: 'observer' })

    const mine = await download(relay, `${API}/report.json?lang=en`, facilitator)
    expect(mine.status).toBe(200)
    expect(mine.type).toBe('application/json; charset=utf-8')
    const report = JSON.parse(new TextDecoder().decode(mine.bytes))
    expect(report).toMatchObject({ title: 'Tanger 2026', language: 'en', authors: true })
    expect(report.sessions.map((session: { id: string }) => session.id)).toEqual([
      'governance',
      'operational-response',
      'inclusion-resilience',
    ])
    expect(report.sessions[0].mainFindings).toEqual([
      expect.objectContaining({ text: 'Les écoles manquent de référents', author: 'Youssef Tazi' }),
    ])

    const theirs = await download(relay, `${API}/report.json`, observer)
    expect(theirs.status).toBe(200)
    const text = new TextDecoder().decode(theirs.bytes)
    expect(text).toContain('Les écoles manquent de référents')
    expect(text).not.toContain('Youssef Tazi')
    expect(JSON.parse(text)).toMatchObject({ language: 'fr', authors: false })

    const participant = await tokenFor({ sub: 'p-1', role: 'participant' })
    expect((await download(relay, `${API}/report.json`, participant)).status).toBe(403)
  })

  it('answers 404 before a consultation exists', async () => {
    const relay = await startRelay()
    expect((await download(relay, `${API}/report.md`, await tokenFor())).status).toBe(404)
  })
})
