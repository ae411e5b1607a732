import { describe, expect, it } from 'vitest'
import { partsOf } from './types.js'
import type { ToolkitBlock } from './types.js'

describe('the toolkit page’s parts', () => {
  it('keeps the title page apart and starts a part at each level-1 heading', () => {
    const blocks: ToolkitBlock[] = [
      { kind: 'heading', level: 0, text: 'Boîte à outils' },
      { kind: 'contents', title: 'Sommaire' },
      { kind: 'heading', level: 1, text: 'Méthodologie' },
      { kind: 'heading', level: 2, text: 'Démarche' },
      { kind: 'bullet', text: 'Écrire seul, puis partager' },
      { kind: 'heading', level: 1, text: 'Session 1 — Gouvernance' },
    ]
    expect(partsOf(blocks)).toEqual([
      { blocks: blocks.slice(0, 2) },
      { heading: 'Méthodologie', blocks: blocks.slice(3, 5) },
      { heading: 'Session 1 — Gouvernance', blocks: [] },
    ])
  })
})
