import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import * as Y from 'yjs'
import { addNote, isModelError, listNotes } from '@atelier/model'
import { AUTHOR_NAMES, SESSIONS, buildConsultation } from '../testing/consultation.js'
import { buildReport, renderDocx, renderMarkdown, renderXlsx, say, type Report } from './index.js'

const fr = (key: Parameters<typeof say>[0]) => say(key, 'fr')

/** Each session's priorities as the room ranked them: most voted first. */
function expectedPriorities(index: number): string[] {
  return [...SESSIONS[index]!.priorities].sort((a, b) => b.votes - a.votes).map((p) => p.text)
}

const SESSION_TITLES = [
  'Gouvernance',
  'Réponse opérationnelle',
  'Inclusion et résilience collective',
]

type Paragraph = { style: string; text: string }

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The paragraphs of a DOCX's word/document.xml, in order, with their style and text. */
async function docxParagraphs(
  bytes: Uint8Array,
): Promise<{ xml: string; paragraphs: Paragraph[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([block]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(block)?.[1] ?? '',
    text: unescapeXml(
      [...block.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  }))
  return { xml, paragraphs }
}

/** The lines between heading `title` (after line `from`) and the next heading of its level or above. */
function section<T>(
  lines: readonly T[],
  isHeading: (line: T) => number,
  title: (line: T) => string,
  name: string,
  from = 0,
): T[] {
  const start = lines.findIndex(
    (line, at) => at >= from && isHeading(line) > 0 && title(line).includes(name),
  )
  expect(start, `heading ${name}`).toBeGreaterThanOrEqual(0)
  const level = isHeading(lines[start]!)
  const end = lines.findIndex(
    (line, at) => at > start && isHeading(line) > 0 && isHeading(line) <= level,
  )
  return lines.slice(start, end === -1 ? undefined : end)
}

/** Expects each of `texts` in `haystack`, in this order. */
function expectInOrder(haystack: readonly string[], texts: readonly string[]): void {
  let at = -1
  for (const text of texts) {
    const found = haystack.findIndex((line, index) => index > at && line.includes(text))
    expect(found, `"${text}" after line ${at}`).toBeGreaterThan(at)
    at = found
  }
}

describe('buildReport', () => {
  const report = buildReport(buildConsultation())

  it('ranks each plenary’s priorities by votes with the room’s verdict and level', () => {
    const governance = report.sessions[0]!
    expect(governance.priorities.map((item) => item.note.text)).toEqual(expectedPriorities(0))
    expect(
      governance.priorities.map((item) => [
        item.rank,
        item.note.votes,
        item.verdict,
        item.note.priority,
      ]),
    ).toEqual([
      [1, 5, 'agreed', 'high'],
      [2, 3, 'reservations', 'high'],
      [3, 1, 'not-agreed', undefined],
    ])
    expect(governance.priorities[1]!.reservation).toBe('Budget à préciser')
    expect(governance.priorities[0]!.from).toContain('Gouvernance')
  })

  it('sorts each sub-group’s notes by category, with their scores, votes and authors', () => {
    const group = report.sessions[0]!.subgroups[0]!
    expect(group.categories.map((entry) => entry.category)).toEqual([
      'finding',
      'need',
      'action',
      'actor',
      'risk',
    ])
    const risk = group.categories.find((entry) => entry.category === 'risk')!.notes[0]!
    expect(risk).toMatchObject({
      text: 'Désinformation électorale',
      votes: 2,
      scores: { kind: 'riskMatrix', likelihood: 4, impact: 5 },
    })
    const action = group.categories.find((entry) => entry.category === 'action')!.notes[0]!
    expect(action.scores).toEqual({ kind: 'actionMatrix', urgency: 5, feasibility: 3 })
    expect(group.categories[0]!.notes[0]!.author).toBe('Amina Berrada')
  })

  it('keeps the most voted findings of each session as its main findings', () => {
    expect(report.sessions[0]!.mainFindings.map((note) => note.text)).toEqual([
      'Pas de cadre régional sur l’IA',
      'Aucune donnée partagée entre institutions',
      'Les institutions se coordonnent peu',
    ])
  })

  it('gathers the rapporteurs’ recommendations and the participation counts', () => {
    const governance = report.sessions[0]!
    expect(
      governance.recommendations.map((item) => [item.title, item.priority, item.actors]),
    ).toEqual([
      ['Créer un comité régional de gouvernance numérique', 'high', ['Conseil Régional', 'CRDH']],
      ['Publier un guide d’éthique de l’IA', 'medium', ['AREF TTAH']],
    ])
    expect(governance.participation).toEqual({
      invited: 24,
      attended: 21,
      contributors: 2,
      voters: 5,
      notes: 10,
      votes: 18,
      recommendations: 2,
    })
  })

  it('finds the themes and priorities the sessions share, and where they disagree', () => {
    const { themes, priorities, disagreements } = report.crossSector
    expect(themes[0]).toMatchObject({ tag: 'coordination' })
    expect(themes[0]!.sessions.map((entry) => entry.session)).toEqual([
      'governance',
      'operational-response',
      'inclusion-resilience',
    ])
    const wording = priorities.find((group) => group.key.kind === 'text')!
    expect(wording.key.value).toBe('former les enseignants a l emi')
    expect(wording.entries.map((entry) => [entry.session, entry.verdict])).toEqual([
      ['governance', 'agreed'],
      ['operational-response', 'not-agreed'],
    ])
    expect(disagreements).toContainEqual({
      kind: 'verdict',
      key: { kind: 'text', value: 'former les enseignants a l emi' },
      for: [{ session: 'governance', text: 'Former les enseignants à l’EMI' }],
      against: [{ session: 'operational-response', text: 'Former les enseignants a l’EMI.' }],
    })
    expect(disagreements).toContainEqual({
      kind: 'level',
      key: { kind: 'tag', value: 'signalement' },
      for: [{ session: 'governance', text: 'Cellule régionale de veille' }],
      against: [{ session: 'operational-response', text: 'Circuit de signalement unique' }],
    })
  })

  it('names no author in an observer’s report', () => {
    const observed = buildReport(buildConsultation(), { authors: false })
    const notes = observed.sessions.flatMap((s) =>
      s.subgroups.flatMap((g) => g.categories.flatMap((c) => c.notes)),
    )
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.filter((note) => note.author !== undefined)).toEqual([])
    expect(JSON.stringify(observed)).not.toMatch(new RegExp(AUTHOR_NAMES.join('|')))
  })

  it('refuses a malformed input or an unknown session and leaves the boards alone', () => {
    const input = buildConsultation()
    const doc = input.sessions[0]!.boards[0]!.doc as Y.Doc
    const before = Y.encodeStateAsUpdate(doc)
    for (const bad of [
      { ...input, title: '' },
      { ...input, sessions: [{ id: 'cooking', boards: [] }] },
      { ...input, sessions: [{ ...input.sessions[0]!, participation: { invited: -1 } }] },
    ]) {
      let error: unknown
      try {
        buildReport(bad as never)
      } catch (caught) {
        error = caught
      }
      expect(isModelError(error) && error.code).toBe('ATELIER_ERR_INVALID_INPUT')
    }
    expect(() => buildReport(input, { language: 'de' as never })).toThrow(/language/)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
    expect(listNotes(doc).length).toBe(6)
  })
})

describe('renderMarkdown', () => {
  const report = buildReport(buildConsultation())
  const lines = renderMarkdown(report).split('\n')
  const level = (line: string) => /^(#+) /.exec(line)?.[1]?.length ?? 0

  it.each([0, 1, 2])(
    'writes session %i’s priorities in their section, most voted first',
    (index) => {
      const session = section(lines, level, (l) => l, `${fr('session')} — ${SESSION_TITLES[index]}`)
      const priorities = section(session, level, (l) => l, fr('priorities'))
      expectInOrder(priorities, expectedPriorities(index))
      const recommendations = section(session, level, (l) => l, fr('recommendations'))
      expectInOrder(
        recommendations,
        SESSIONS[index]!.groups.flatMap((g) => g.recommendations.map((r) => r.title)),
      )
    },
  )

  it('writes the synthesis as tables and the cross-sector analysis last', () => {
    const session = section(lines, level, (l) => l, `${fr('session')} — Gouvernance`)
    const synthesis = section(session, level, (l) => l, fr('synthesis'))
    expect(synthesis).toContain(
      '| Désinformation électorale | Probabilité 4 · Impact 5 | 2 |  |  |',
    )
    const cross = section(lines, level, (l) => l, fr('crossSector'))
    expect(cross.join('\n')).toContain('#coordination')
    expectInOrder(
      section(cross, level, (l) => l, fr('disagreements')),
      ['former les enseignants a l emi', '#signalement'],
    )
    expect(lines[0]).toBe('# Rapport de consultation — Consultations sectorielles Tanger 2026')
  })

  it('writes in English on request, and no author for an observer', () => {
    const english = renderMarkdown(
      buildReport(buildConsultation(), { language: 'en', authors: false }),
    )
    expect(english).toContain('## Session — Governance')
    expect(english).toContain('### Identified priorities')
    for (const name of AUTHOR_NAMES) expect(english).not.toContain(name)
    expect(renderMarkdown(report)).toContain('Amina Berrada')
  })
})

describe('renderDocx', () => {
  let report: Report

  it('writes real headings, a table of contents and each priority in its section', async () => {
    report = buildReport(buildConsultation())
    const { xml, paragraphs } = await docxParagraphs(await renderDocx(report))
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/.test(xml)).toBe(true)
    expect(xml.includes('<w:tbl>')).toBe(true)
    const level = (p: Paragraph) => (/^Heading(\d)$/.exec(p.style) ? Number(p.style.slice(7)) : 0)
    const headings = paragraphs.filter((p) => level(p) > 0)
    expect(headings.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      ...SESSION_TITLES.map((title) => `${fr('session')} — ${title}`),
      fr('crossSector'),
      fr('roadmap'),
    ])
    expect(headings.some((p) => p.style === 'Heading3' && p.text.includes('Gouvernance'))).toBe(
      true,
    )
    const texts = (list: Paragraph[]) => list.map((p) => p.text)
    SESSIONS.forEach((spec, index) => {
      const session = section(
        paragraphs,
        level,
        (p) => p.text,
        `${fr('session')} — ${SESSION_TITLES[index]}`,
      )
      expectInOrder(
        texts(section(session, level, (p) => p.text, fr('priorities'))),
        expectedPriorities(index),
      )
      expectInOrder(
        texts(section(session, level, (p) => p.text, fr('recommendations'))),
        spec.groups.flatMap((g) => g.recommendations.map((r) => r.title)),
      )
      const findings = spec.groups.flatMap((g) => g.notes.filter((n) => n.category === 'finding'))
      const main = texts(section(session, level, (p) => p.text, fr('mainFindings')))
      for (const finding of findings) expect(main.join('\n')).toContain(finding.text)
    })
    const reservation = section(paragraphs, level, (p) => p.text, fr('priorities'))
    expect(texts(reservation)).toContain('Budget à préciser')
  })

  it('runs Arabic paragraphs right to left', async () => {
    const arabic = buildReport(buildConsultation(), { language: 'ar' })
    const { xml, paragraphs } = await docxParagraphs(await renderDocx(arabic))
    expect(xml.includes('<w:bidi/>')).toBe(true)
    expect(
      paragraphs.some((p) => p.style === 'Heading2' && p.text === say('priorities', 'ar')),
    ).toBe(true)
  })
})

describe('renderXlsx', () => {
  it('writes one sheet per kind of data, which exceljs reads back', async () => {
    const report = buildReport(buildConsultation())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Notes',
      'Priorités',
      'Recommandations',
      'Participation',
      'Feuille de route',
    ])
    const rows = (name: string) => {
      const values: string[][] = []
      workbook.getWorksheet(name)!.eachRow((row) => {
        values.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')))
      })
      return values
    }
    const notes = rows('Notes')
    expect(notes[0]).toEqual([
      'Session',
      'Tableau',
      'Catégorie',
      'Texte',
      'Scores',
      'Votes',
      'Niveau de priorité',
      'Thèmes',
      'Auteur',
    ])
    expect(notes).toContainEqual(
      expect.arrayContaining([
        'Gouvernance',
        'Risque',
        'Désinformation électorale',
        'Probabilité 4 · Impact 5',
        '2',
      ]),
    )
    const priorities = rows('Priorités').slice(1)
    expect(priorities.filter((row) => row[0] === 'Gouvernance').map((row) => row[2])).toEqual(
      expectedPriorities(0),
    )
    expect(priorities[0]!.slice(3, 7)).toEqual(['5', 'Validée', 'Élevée', ''])
    expect(priorities[1]!.slice(4, 7)).toEqual([
      'Validée avec réserves',
      'Élevée',
      'Budget à préciser',
    ])
    const recommendations = rows('Recommandations').slice(1)
    expect(recommendations.map((row) => row[2])).toEqual(
      SESSIONS.flatMap((s) => s.groups.flatMap((g) => g.recommendations.map((r) => r.title))),
    )
    expect(recommendations[0]![5]).toBe('Conseil Régional, CRDH')
    // Without a roadmap board, the roadmap sheet has its header only (see roadmap.test.ts).
    expect(rows('Feuille de route')).toEqual([
      [
        'Horizon',
        'Acteur porteur',
        'Action',
        'Acteur responsable',
        'Partenaires',
        'Modalités de coordination',
        'Dépend de',
        'Risques de mise en œuvre',
        'Mesures d’atténuation',
        'Durabilité',
        'Participation des jeunes et des migrants',
      ],
    ])
  })

  it('leaves the author column out of an observer’s workbook', async () => {
    const report = buildReport(buildConsultation(), { authors: false })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer)
    const header = workbook.getWorksheet('Notes')!.getRow(1).values as unknown[]
    expect(header).not.toContain('Auteur')
    const all: string[] = []
    workbook.eachSheet((sheet) => sheet.eachRow((row) => all.push(JSON.stringify(row.values))))
    for (const name of AUTHOR_NAMES) expect(all.join('\n')).not.toContain(name)
  })

  it('never lets a note run as a formula', async () => {
    const input = buildConsultation()
    const doc = input.sessions[0]!.boards[0]!.doc as Y.Doc
    addNote(doc, { text: '=HYPERLINK("http://x","clic")', category: 'need', x: 3000, y: 3000 })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(buildReport(input))).buffer as ArrayBuffer)
    const cells: ExcelJS.Cell[] = []
    workbook.getWorksheet('Notes')!.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
    const cell = cells.find((entry) => String(entry.value).includes('HYPERLINK'))!
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe('\'=HYPERLINK("http://x","clic")')
  })
})
