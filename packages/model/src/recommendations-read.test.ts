import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  ModelErrorCode,
  addComment,
  addNote,
  addRecommendation,
  citationCounts,
  deleteNote,
  getRecommendationsFragment,
  readRecommendations,
  recommendationsText,
} from './index.js'

const amina = { id: 'p-1', name: 'Amina' }

function text(...runs: [string, Record<string, unknown>?][]): Y.XmlText {
  const node = new Y.XmlText()
  let at = 0
  for (const [value, format] of runs) {
    node.insert(at, value, format)
    at += value.length
  }
  return node
}

function element(
  name: string,
  attrs: Record<string, unknown>,
  ...children: (Y.XmlElement | Y.XmlText)[]
): Y.XmlElement {
  const node = new Y.XmlElement<Record<string, never>>(name)
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as never)
  node.insert(0, children as Y.XmlElement[])
  return node as unknown as Y.XmlElement
}

describe('reading recommendations', () => {
  it('reads the recommendations of a board into plain structured records', () => {
    const doc = board()
    const rumour = addNote(doc, { category: 'risk', text: 'Rumeurs sur WhatsApp', x: 0, y: 0 })
    const relays = addNote(doc, { category: 'need', text: 'Relais de quartier', x: 200, y: 0 })
    const first = addRecommendation(doc, {
      title: 'Créer une cellule de veille',
      text: 'Suivre les rumeurs en ligne.\nPublier un démenti sous 24 h.',
      priority: 'high',
      actors: ['Wilaya', 'Croissant-Rouge'],
      noteIds: [rumour],
    })
    const second = addRecommendation(doc, {
      title: 'Former des relais',
      priority: 'low',
      noteIds: [rumour, relays],
    })
    addComment(doc, first, amina, 'Qui finance ?', { createdAt: 10 })

    expect(readRecommendations(doc)).toEqual([
      {
        id: first,
        title: 'Créer une cellule de veille',
        text: 'Suivre les rumeurs en ligne.\nPublier un démenti sous 24 h.',
        priority: 'high',
        actors: ['Wilaya', 'Croissant-Rouge'],
        noteIds: [rumour],
        comments: [
          {
            id: expect.any(String),
            recommendationId: first,
            author: amina,
            text: 'Qui finance ?',
            kind: 'comment',
            createdAt: 10,
            resolved: false,
          },
        ],
      },
      {
        id: second,
        title: 'Former des relais',
        text: '',
        priority: 'low',
        actors: [],
        noteIds: [rumour, relays],
        comments: [],
      },
    ])
  })

  it('reads a block as the editor stores it: formatting dropped, lists as lines', () => {
    const doc = board()
    getRecommendationsFragment(doc).insert(0, [
      element('heading', { level: 2 }, text(['Axe 1 : gouvernance'])),
      element(
        'recommendation',
        { id: 'r1-9', priority: 'medium', actors: ['ANRT'], noteIds: [] },
        element('recommendationTitle', {}, text(['Un point ', {}], ['focal', { italic: {} }])),
        element('paragraph', {}, text(['Nommer ', {}], ['un référent', { bold: {} }])),
        element(
          'orderedList',
          { start: 1, type: null },
          element('listItem', {}, element('paragraph', {}, text(['dans chaque commune']))),
          element('listItem', {}, element('paragraph', {}, text(['à la wilaya']))),
        ),
        element(
          'bulletList',
          {},
          element('listItem', {}, element('paragraph', {}, text(['en arabe et en français']))),
        ),
      ),
    ])
    const [recommendation] = readRecommendations(doc)
    expect(recommendation?.title).toBe('Un point focal')
    expect(recommendation?.text).toBe(
      [
        'Nommer un référent',
        '1. dans chaque commune',
        '2. à la wilaya',
        '- en arabe et en français',
      ].join('\n'),
    )
    expect(readRecommendations(doc)).toHaveLength(1)
    expect(recommendationsText(doc).split('\n')[0]).toBe('Axe 1 : gouvernance')
  })

  it('repairs each garbled attribute on its own and keeps the block', () => {
    const doc = board()
    getRecommendationsFragment(doc).insert(0, [
      element(
        'recommendation',
        {
          id: 'Not An Id',
          priority: 'urgent',
          actors: ['Wilaya', 3, ' ', 'Wilaya'],
          noteIds: 'n1',
        },
        element('paragraph', {}, text(['Sans titre'])),
      ),
    ])
    expect(readRecommendations(doc)).toEqual([
      {
        id: '',
        title: '',
        text: 'Sans titre',
        priority: 'medium',
        actors: ['Wilaya'],
        noteIds: [],
        comments: [],
      },
    ])
  })

  it('merges blocks two rapporteurs add at once, and reads the same on both sides', () => {
    const a = board(1)
    const b = board(2)
    addRecommendation(a, { title: 'A' })
    addRecommendation(b, { title: 'B' })
    sync(a, b)
    expect(readRecommendations(a)).toEqual(readRecommendations(b))
    expect(
      readRecommendations(a)
        .map((r) => r.title)
        .sort(),
    ).toEqual(['A', 'B'])
  })
})

describe('citation counts', () => {
  it('counts how many recommendations cite each note still on the board', () => {
    const doc = board()
    const a = addNote(doc, { category: 'risk', text: 'a', x: 0, y: 0 })
    const b = addNote(doc, { category: 'risk', text: 'b', x: 0, y: 0 })
    const gone = addNote(doc, { category: 'risk', text: 'c', x: 0, y: 0 })
    addRecommendation(doc, { title: '1', noteIds: [a, b, gone] })
    addRecommendation(doc, { title: '2', noteIds: [a] })
    deleteNote(doc, gone)
    expect(citationCounts(doc)).toEqual({ [a]: 2, [b]: 1 })
  })
})

describe('adding a recommendation from code', () => {
  it('writes the structure the editor schema reads', () => {
    const doc = board()
    const id = addRecommendation(doc, {
      title: 'Titre',
      text: 'Ligne 1\n\nLigne 3',
      actors: ['ONG'],
      noteIds: ['n1-1'],
    })
    const block = getRecommendationsFragment(doc).get(0) as Y.XmlElement
    expect(block.nodeName).toBe('recommendation')
    expect(block.getAttributes()).toEqual({
      id,
      priority: 'medium',
      actors: ['ONG'],
      noteIds: ['n1-1'],
    })
    const children = block.toArray() as Y.XmlElement[]
    expect(children.map((child) => [child.nodeName, child.length, child.toString()])).toEqual([
      ['recommendationTitle', 1, '<recommendationtitle>Titre</recommendationtitle>'],
      ['paragraph', 1, '<paragraph>Ligne 1</paragraph>'],
      ['paragraph', 0, '<paragraph></paragraph>'],
      ['paragraph', 1, '<paragraph>Ligne 3</paragraph>'],
    ])
  })

  it('refuses a bad priority, a bad note id or a taken id, and changes nothing', () => {
    const doc = board()
    addRecommendation(doc, { id: 'r-1', title: 'x' })
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addRecommendation(doc, { title: 'x', priority: 'urgent' as never }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addRecommendation(doc, { title: 'x', noteIds: ['Not An Id'] }),
    )
    expectRefused(doc, ModelErrorCode.ID_TAKEN, () =>
      addRecommendation(doc, { id: 'r-1', title: 'y' }),
    )
  })
})
