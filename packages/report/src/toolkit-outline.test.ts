import { describe, expect, it } from 'vitest'
import { localize, sessionTemplates } from '@atelier/toolkit'
import { sayToolkit } from './toolkit-document-strings.js'
import { BLANK_GRID_ROWS, BLANK_PARTICIPANT_ROWS } from './toolkit-document-sections.js'
import { toolkitOutline } from './toolkit-outline.js'

describe('the toolkit as an outline for the printable page', () => {
  it('has the Word toolkit’s parts in its order: methodology, sessions, matrices, risk sheets, participants', () => {
    const { blocks, title } = toolkitOutline('fr')
    expect(title).toBe(sayToolkit('toolkit', 'fr'))
    expect(blocks[0]).toEqual({ kind: 'heading', level: 0, text: title })
    const parts = blocks.flatMap((block) =>
      block.kind === 'heading' && block.level === 1 ? [block.text] : [],
    )
    expect(parts).toEqual([
      'Méthodologie',
      ...sessionTemplates.map((s) => `Session ${s.number} — ${localize(s.title, 'fr')}`),
      sayToolkit('prioritisation', 'fr'),
      sayToolkit('riskSheets', 'fr'),
      sayToolkit('participantList', 'fr'),
    ])
    const tables = blocks.filter((block) => block.kind === 'table')
    // A blank note-taking grid per session, two blank matrices, a blank participant list.
    expect(tables.filter((table) => table.blankRows === BLANK_GRID_ROWS)).toHaveLength(3)
    expect(tables.filter((table) => table.matrix)).toHaveLength(2)
    expect(tables.at(-1)).toMatchObject({ blankRows: BLANK_PARTICIPANT_ROWS, rows: [] })
  })

  it('fills in the participant list when given one, with no blank rows', () => {
    const { blocks } = toolkitOutline('en', {
      participants: [
        { displayName: 'Amina B.', stakeholder: 'youth', session: 'governance', subgroup: 'G1' },
      ],
    })
    expect(blocks.at(-1)).toMatchObject({
      kind: 'table',
      rows: [['Amina B.', 'Youth', 'Governance', 'G1']],
      blankRows: 0,
    })
  })

  it('speaks Arabic and refuses an unknown language', () => {
    expect(toolkitOutline('ar').blocks[0]).toEqual({
      kind: 'heading',
      level: 0,
      text: sayToolkit('toolkit', 'ar'),
    })
    expect(() => toolkitOutline('de' as never)).toThrow()
  })
})
