import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { RISK_FIELDS, frameTemplates, label } from '@atelier/model'
import type { LabelKey, Locale } from '@atelier/model'
import { discussionGuide, localize, riskSheets, sessionTemplates } from '@atelier/toolkit'
import { renderToolkitDocx } from './toolkit-document.js'
import { TOOLKIT_STRINGS } from './toolkit-document-strings.js'

type Paragraph = { style: string; text: string }

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** word/document.xml of a DOCX and its paragraphs, in order, with their style and text. */
async function readDocx(bytes: Uint8Array): Promise<{ xml: string; paragraphs: Paragraph[] }> {
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

/** 1 for Heading1, 2 for Heading2…; 0 for anything else. */
function level(paragraph: Paragraph): number {
  return Number(/^Heading(\d)$/.exec(paragraph.style)?.[1] ?? 0)
}

/** The paragraphs under the heading whose text is `title`, up to the next heading of its level or above. */
function section(paragraphs: readonly Paragraph[], title: string, from = 0): Paragraph[] {
  const start = paragraphs.findIndex((p, at) => at >= from && level(p) > 0 && p.text === title)
  expect(start, `heading "${title}"`).toBeGreaterThanOrEqual(0)
  const own = level(paragraphs[start]!)
  const end = paragraphs.findIndex((p, at) => at > start && level(p) > 0 && level(p) <= own)
  return paragraphs.slice(start + 1, end === -1 ? undefined : end)
}

function headings(paragraphs: readonly Paragraph[], depth: number): string[] {
  return paragraphs.filter((p) => level(p) === depth).map((p) => p.text)
}

const texts = (paragraphs: readonly Paragraph[]) => paragraphs.map((p) => p.text)

function sessionHeading(language: Locale, index: number): string {
  const session = sessionTemplates[index]!
  return `${TOOLKIT_STRINGS[language].session} ${session.number} — ${localize(session.title, language)}`
}

describe.each(['fr', 'ar'] as const)('the methodology toolkit in %s', (language) => {
  const say = (key: keyof typeof TOOLKIT_STRINGS.fr) => TOOLKIT_STRINGS[language][key]
  const document = renderToolkitDocx(language).then(readDocx)

  it('opens on a title, a table of contents, then its parts in order, one Heading 1 each', async () => {
    const { xml, paragraphs } = await document
    expect(paragraphs[0]).toEqual({ style: 'Title', text: say('toolkit') })
    expect(xml.includes('TOC \\h \\o &quot;1-3&quot;'), 'a table of contents field').toBe(true)
    expect(headings(paragraphs, 1)).toEqual([
      say('methodology'),
      ...sessionTemplates.map((_, index) => sessionHeading(language, index)),
      say('prioritisation'),
      say('riskSheets'),
      say('participantList'),
    ])
    for (const [index] of sessionTemplates.entries()) {
      expect(headings(section(paragraphs, sessionHeading(language, index)), 2)).toEqual([
        say('agenda'),
        say('themes'),
        say('discussionGuide'),
        say('tools'),
        say('noteGrid'),
        say('riskFocus'),
        say('scenarios'),
      ])
    }
  })

  it('states the approach: private writing, secret dot voting, validation, serious games', async () => {
    const { paragraphs } = await document
    const methodology = texts(section(paragraphs, say('methodology')))
    for (const key of ['method.privateWriting', 'method.dotVoting', 'method.validation'] as const)
      expect(methodology).toContain(say(key))
    expect(methodology).toContain(say('method.seriousGame'))
  })

  it('gives each session its agenda, and under each phase of the guide that phase’s questions', async () => {
    const { paragraphs } = await document
    for (const [index, session] of sessionTemplates.entries()) {
      const part = section(paragraphs, sessionHeading(language, index))
      const agenda = texts(section(part, say('agenda')))
      for (const phase of session.agenda) {
        expect(agenda).toContain(localize(phase.title, language))
        expect(agenda).toContain(localize(phase.purpose, language))
      }
      const guide = section(part, say('discussionGuide'))
      const phases = discussionGuide(session)
      expect(headings(guide, 3)).toEqual(phases.map(({ phase }) => localize(phase.title, language)))
      for (const { phase, questions } of phases) {
        expect(texts(section(guide, localize(phase.title, language)))).toEqual(
          questions.map((question) => localize(question.text, language)),
        )
      }
    }
  })

  it('gives each session a blank note-taking grid and its scenarios with injects and questions', async () => {
    const { paragraphs } = await document
    const columns = frameTemplates.noteGrid.lanes.map((lane) => label(lane.label, language))
    for (const [index, session] of sessionTemplates.entries()) {
      const part = section(paragraphs, sessionHeading(language, index))
      const grid = texts(section(part, say('noteGrid')))
      for (const column of columns) expect(grid).toContain(column)
      // The header's cells, then 8 empty rows of 6 empty cells to write in.
      expect(grid.filter((text) => text === '').length).toBeGreaterThanOrEqual(8 * columns.length)
      const scenarios = section(part, say('scenarios'))
      expect(headings(scenarios, 3)).toEqual(
        session.scenarios.map((scenario) => localize(scenario.title, language)),
      )
      for (const scenario of session.scenarios) {
        const own = texts(section(scenarios, localize(scenario.title, language)))
        for (const inject of scenario.injects)
          expect(own).toContain(localize(inject.title, language))
        for (const question of scenario.questions)
          expect(own).toContain(localize(question.text, language))
      }
    }
  })

  it('prints a blank urgency × feasibility matrix, most urgent row first', async () => {
    const { paragraphs } = await document
    const matrix = section(
      section(paragraphs, say('prioritisation')),
      label('frame.actionMatrix', language),
    )
    const cells = texts(matrix)
    const urgency = [5, 4, 3, 2, 1].map(
      (n) => `${n} ${label(`urgency.${n}` as LabelKey, language)}`,
    )
    // lastIndexOf: a level may share its word with a column header ("3 Moyenne").
    const rows = urgency.map((row) => cells.lastIndexOf(row))
    expect(rows.every((at, i) => at > 0 && (i === 0 || at > rows[i - 1]!))).toBe(true)
    // Each level row is followed by its five empty cells.
    for (const at of rows) expect(cells.slice(at + 1, at + 6)).toEqual(['', '', '', '', ''])
    for (const n of [1, 2, 3, 4, 5])
      expect(cells).toContain(`${n} ${label(`feasibility.${n}` as LabelKey, language)}`)
  })

  it('prints the five risk sheets, each field with its guiding question and room to write', async () => {
    const { paragraphs } = await document
    const part = section(paragraphs, say('riskSheets'))
    expect(headings(part, 2)).toEqual(riskSheets.map((sheet) => localize(sheet.title, language)))
    for (const sheet of riskSheets) {
      const own = texts(section(part, localize(sheet.title, language)))
      for (const field of RISK_FIELDS) {
        const at = own.indexOf(label(`risk.${field}` as LabelKey, language))
        expect(at).toBeGreaterThan(0)
        expect(own.slice(at + 1, at + 3)).toEqual([localize(sheet.prompts[field], language), ''])
      }
    }
  })

  it('leaves a blank participant list when none is given', async () => {
    const { paragraphs } = await document
    const list = texts(section(paragraphs, say('participantList')))
    const header = [say('displayName'), say('stakeholder'), say('session'), say('subgroup')]
    const at = list.indexOf(header[0]!)
    expect(list.slice(at, at + 4)).toEqual(header)
    expect(list.slice(at + 4, at + 4 + 24 * 4).every((text) => text === '')).toBe(true)
  })
})

describe('the toolkit’s direction', () => {
  it('runs Arabic paragraphs right to left, and French ones not', async () => {
    const ar = await readDocx(await renderToolkitDocx('ar'))
    const fr = await readDocx(await renderToolkitDocx('fr'))
    const heading = /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/
    expect(heading.exec(ar.xml)?.[0]).toContain('<w:bidi/>')
    expect(ar.xml).toContain('<w:bidiVisual/>')
    expect(fr.xml).not.toContain('<w:bidi/>')
    const en = await readDocx(await renderToolkitDocx('en'))
    expect(headings(en.paragraphs, 1)[0]).toBe('Methodology')
  })
})

describe('the provisional participant list', () => {
  it('lists display name, stakeholder type, session and sub-group', async () => {
    const bytes = await renderToolkitDocx('fr', {
      participants: [
        {
          displayName: 'Amina B.',
          stakeholder: 'youth',
          session: 'governance',
          subgroup: 'Éthique de l’IA',
        },
        { displayName: null, stakeholder: null, session: 'inclusion-resilience', subgroup: null },
      ],
    })
    const { paragraphs } = await readDocx(bytes)
    const list = texts(section(paragraphs, 'Liste provisoire des participants'))
    const at = list.indexOf('Amina B.')
    expect(list.slice(at, at + 4)).toEqual(['Amina B.', 'Jeunes', 'Gouvernance', 'Éthique de l’IA'])
    expect(list.slice(at + 4, at + 8)).toEqual(['', '', 'Inclusion et résilience collective', ''])
    expect(list.length).toBe(at + 8 + 1)
  })

  it('refuses a line that carries more than the four printable fields', async () => {
    const line = { displayName: 'A', stakeholder: null, session: 'governance', subgroup: null }
    await expect(
      renderToolkitDocx('fr', {
        participants: [{ ...line, contact: 'a@exemple.ma' } as typeof line],
      }),
    ).rejects.toThrow(/contact/)
    await expect(renderToolkitDocx('de' as Locale)).rejects.toThrow()
  })
})
