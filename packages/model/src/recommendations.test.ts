import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board, sync } from '../testing/support.js'
import { RECOMMENDATIONS_FIELD, getRecommendationsFragment, recommendationsText } from './index.js'

function block(name: string, ...children: (string | Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const element = new Y.XmlElement(name)
  element.insert(
    0,
    children.map((child) => (typeof child === 'string' ? new Y.XmlText(child) : child)),
  )
  return element
}

describe('recommendations', () => {
  it('is the fragment an editor finds under the field name', () => {
    const doc = board()
    expect(getRecommendationsFragment(doc)).toBe(doc.getXmlFragment(RECOMMENDATIONS_FIELD))
  })

  it('reads headings, paragraphs and nested lists as plain lines, formatting dropped', () => {
    const doc = board()
    const bold = new Y.XmlText()
    bold.insert(0, 'Former ')
    bold.insert(7, 'les relais', { bold: true })
    getRecommendationsFragment(doc).insert(0, [
      block('heading', 'Recommandations prioritaires'),
      block('paragraph', 'Créer un point focal régional.'),
      block(
        'bulletList',
        block('listItem', block('paragraph', bold)),
        block(
          'listItem',
          block('paragraph', 'Traduire les supports'),
          block('bulletList', block('listItem', block('paragraph', 'en arabe'))),
        ),
      ),
      block('paragraph', 'Ligne 1', block('hardBreak'), 'Ligne 2'),
    ])
    expect(recommendationsText(doc)).toBe(
      [
        'Recommandations prioritaires',
        'Créer un point focal régional.',
        '- Former les relais',
        '- Traduire les supports',
        '  - en arabe',
        'Ligne 1\nLigne 2',
      ].join('\n'),
    )
  })

  it('merges two rapporteurs writing at once', () => {
    const a = board(1)
    const b = board(2)
    getRecommendationsFragment(a).insert(0, [block('paragraph', 'A')])
    getRecommendationsFragment(b).insert(0, [block('paragraph', 'B')])
    sync(a, b)
    expect(recommendationsText(a)).toBe(recommendationsText(b))
    expect(recommendationsText(a).split('\n').sort()).toEqual(['A', 'B'])
  })

  it('reads an empty board as empty text', () => {
    expect(recommendationsText(board())).toBe('')
  })
})
