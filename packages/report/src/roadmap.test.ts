import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import * as Y from 'yjs'
import { LABELS } from '@atelier/model'
import { SESSIONS, buildConsultation } from '../testing/consultation.js'
import { ROADMAP, buildRoadmap } from '../testing/roadmap.js'
import { buildReport, renderDocx, renderMarkdown, renderXlsx, say } from './index.js'
import type { ReportInput } from './index.js'

const fr = (key: Parameters<typeof say>[0]) => say(key, 'fr')
const horizonTitle = (id: string) => LABELS.fr[`horizon.${id}` as keyof typeof LABELS.fr]
const leadTitle = (id: string) => LABELS.fr[`lead.${id}` as keyof typeof LABELS.fr]

const SESSION_TITLES = [
  'Gouvernance',
  'Réponse opérationnelle',
  'Inclusion et résilience collective',
]

function withRoadmap(): ReportInput {
  return { ...buildConsultation(), roadmap: { doc: buildRoadmap() } }
}

/** Each session's priorities as the room ranked them: most voted first. */
function expectedPriorities(index: number): string[] {
  return [...SESSIONS[index]!.priorities].sort((a, b) => b.votes - a.votes).map((p) => p.text)
}

/** Each session's recommendations, each followed by its actors, in board order. */
function expectedRecommendations(index: number): string[] {
  return SESSIONS[index]!.groups.flatMap((group) =>
    group.recommendations.flatMap((item) => [item.title, ...item.actors]),
  )
}

/** Every cell of every roadmap action, in the order the report prints them. */
function expectedRoadmapCells(): string[] {
  return ROADMAP.flatMap((spec) => [
    leadTitle(spec.lead),
    spec.text,
    spec.sheet.responsible,
    spec.sheet.partners.join(', '),
    spec.sheet.coordination,
    (spec.dependsOn ?? []).join(' ; '),
    spec.sheet.risks,
    spec.sheet.mitigation,
    spec.sheet.sustainability,
    spec.sheet.inclusion,
  ]).filter((text) => text !== '')
}

/** Expects each of `texts` somewhere in `haystack`, in this order (an item may hold several). */
function expectInOrder(haystack: readonly string[], texts: readonly string[]): void {
  let at = 0
  let offset = 0
  for (const text of texts) {
    let found = -1
    for (let index = at; index < haystack.length; index += 1) {
      const from = index === at ? offset : 0
      const position = haystack[index]!.indexOf(text, from)
      if (position >= 0) {
        found = index
        offset = position + text.length
        break
      }
    }
    expect(found, `"${text}" after item ${at}`).toBeGreaterThanOrEqual(at)
    at = found
  }
}

/** The items between heading `name` (from `from` on) and the next heading of its level or above. */
function section<T>(
  items: readonly T[],
  level: (item: T) => number,
  text: (item: T) => string,
  name: string,
): T[] {
  const start = items.findIndex((item) => level(item) > 0 && text(item).includes(name))
  expect(start, `heading ${name}`).toBeGreaterThanOrEqual(0)
  const own = level(items[start]!)
  const end = items.findIndex((item, at) => at > start && level(item) > 0 && level(item) <= own)
  return items.slice(start, end === -1 ? undefined : end)
}

describe('the report’s roadmap', () => {
  it('reads every action of the roadmap board with all its fields, in horizon and row order', () => {
    const input = withRoadmap()
    const doc = input.roadmap!.doc as Y.Doc
    const before = Y.encodeStateAsUpdate(doc)
    const report = buildReport(input)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
    expect(report.roadmap).toEqual(
      ROADMAP.map((spec) => ({
        horizonId: spec.horizon,
        horizon: horizonTitle(spec.horizon),
        leadId: spec.lead,
        lead: leadTitle(spec.lead),
        action: spec.text,
        ...spec.sheet,
        dependencies: spec.dependsOn ?? [],
      })),
    )
    expect(buildReport(buildConsultation()).roadmap).toEqual([])
    const english = buildReport(withRoadmap(), { language: 'en' }).roadmap[0]!
    expect([english.horizon, english.lead]).toEqual(['0 to 3 months', 'Public institutions'])
  })

  it('writes priorities, recommendations, actors and the roadmap in their Markdown sections', () => {
    const lines = renderMarkdown(buildReport(withRoadmap())).split('\n')
    const level = (line: string) => /^(#+) /.exec(line)?.[1]?.length ?? 0
    SESSION_TITLES.forEach((title, index) => {
      const session = section(lines, level, (l) => l, `${fr('session')} — ${title}`)
      expectInOrder(
        section(session, level, (l) => l, fr('priorities')),
        expectedPriorities(index),
      )
      expectInOrder(
        section(session, level, (l) => l, fr('recommendations')),
        expectedRecommendations(index),
      )
    })
    const roadmap = section(lines, level, (l) => l, `## ${fr('roadmap')}`)
    expect(lines.indexOf(roadmap[0]!)).toBeGreaterThan(lines.indexOf(`## ${fr('crossSector')}`))
    expect(roadmap.filter((line) => level(line) === 3)).toEqual(
      ['months-0-3', 'months-3-6', 'months-6-12', 'months-12-plus'].map(
        (id) => `### ${horizonTitle(id)}`,
      ),
    )
    expectInOrder(roadmap, expectedRoadmapCells())
    for (const spec of ROADMAP) {
      const horizon = section(roadmap, level, (l) => l, `### ${horizonTitle(spec.horizon)}`)
      expect(horizon.join('\n')).toContain(spec.text)
    }
    expect(roadmap.join('\n')).not.toContain('Action retirée')
    expect(roadmap).toContain(
      `| ${fr('roadmap.lead')} | ${fr('roadmap.action')} | ${fr('roadmap.responsible')} | ${fr('roadmap.partners')} | ${fr('roadmap.coordination')} | ${fr('roadmap.dependencies')} | ${fr('roadmap.risks')} | ${fr('roadmap.mitigation')} | ${fr('roadmap.sustainability')} | ${fr('roadmap.inclusion')} |`,
    )
  })

  it('writes them in their DOCX sections, read back from word/document.xml', async () => {
    const bytes = await renderDocx(buildReport(withRoadmap()))
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    // Paragraphs in document order, table cells included, with their heading level.
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([block]) => {
      const style = /<w:pStyle w:val="Heading(\d)"/.exec(block)?.[1]
      const text = [...block.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
      return { level: style ? Number(style) : 0, text }
    })
    const level = (p: { level: number }) => p.level
    const text = (p: { text: string }) => p.text
    expect(paragraphs.filter((p) => p.level === 1).map(text)).toEqual([
      ...SESSION_TITLES.map((title) => `${fr('session')} — ${title}`),
      fr('crossSector'),
      fr('roadmap'),
    ])
    SESSION_TITLES.forEach((title, index) => {
      const session = section(paragraphs, level, text, `${fr('session')} — ${title}`)
      expectInOrder(
        section(session, level, text, fr('priorities')).map(text),
        expectedPriorities(index),
      )
      expectInOrder(
        section(session, level, text, fr('recommendations')).map(text),
        expectedRecommendations(index),
      )
    })
    const roadmap = section(paragraphs, level, text, fr('roadmap'))
    expect(roadmap.filter((p) => p.level === 2).map(text)).toEqual(
      ['months-0-3', 'months-3-6', 'months-6-12', 'months-12-plus'].map(horizonTitle),
    )
    expectInOrder(roadmap.map(text), expectedRoadmapCells())
    const firstHorizon = section(roadmap, level, text, horizonTitle('months-0-3')).map(text)
    expectInOrder(firstHorizon, [ROADMAP[0]!.text, ROADMAP[1]!.text, ROADMAP[2]!.text])
    expect(firstHorizon).not.toContain(ROADMAP[3]!.text)
  })

  it('fills the XLSX roadmap sheet, read back with exceljs', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(buildReport(withRoadmap()))).buffer as ArrayBuffer)
    const rows = (name: string) => {
      const values: string[][] = []
      workbook.getWorksheet(name)!.eachRow((row) => {
        const cells: string[] = []
        for (let column = 1; column <= row.cellCount; column += 1) {
          cells.push(String(row.getCell(column).value ?? ''))
        }
        values.push(cells)
      })
      return values
    }
    const sheet = rows(fr('sheet.roadmap'))
    expect(sheet[0]).toEqual([
      fr('roadmap.horizon'),
      fr('roadmap.lead'),
      fr('roadmap.action'),
      fr('roadmap.responsible'),
      fr('roadmap.partners'),
      fr('roadmap.coordination'),
      fr('roadmap.dependencies'),
      fr('roadmap.risks'),
      fr('roadmap.mitigation'),
      fr('roadmap.sustainability'),
      fr('roadmap.inclusion'),
    ])
    expect(sheet.slice(1)).toEqual(
      ROADMAP.map((spec) =>
        [
          horizonTitle(spec.horizon),
          leadTitle(spec.lead),
          spec.text,
          spec.sheet.responsible,
          spec.sheet.partners.join(', '),
          spec.sheet.coordination,
          (spec.dependsOn ?? []).join(' ; '),
          spec.sheet.risks,
          spec.sheet.mitigation,
          spec.sheet.sustainability,
          spec.sheet.inclusion,
        ].map(String),
      ),
    )
    const priorities = rows(fr('sheet.priorities')).slice(1)
    SESSION_TITLES.forEach((title, index) => {
      expect(priorities.filter((row) => row[0] === title).map((row) => row[2])).toEqual(
        expectedPriorities(index),
      )
    })
    const recommendations = rows(fr('sheet.recommendations')).slice(1)
    expect(recommendations.map((row) => [row[2], row[5]])).toEqual(
      SESSIONS.flatMap((spec) =>
        spec.groups.flatMap((group) =>
          group.recommendations.map((item) => [item.title, item.actors.join(', ')]),
        ),
      ),
    )
  })
})
