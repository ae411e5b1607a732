import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { addRecommendation, getRecommendationsFragment, readRecommendations } from '@atelier/model'
import { caretAwareness } from './caret-awareness.js'
import { recommendationExtensions } from './extensions.js'

function editorSchema(doc: Y.Doc) {
  return getSchema(
    recommendationExtensions({
      doc,
      awareness: caretAwareness(new Awareness(doc)),
      user: { name: 'Amina', color: '#1c7ed6' },
      placeholders: { title: '', body: '' },
    }),
  )
}

describe('the editor schema and packages/model (design decision: one shape)', () => {
  it('opens a block written by packages/model as a valid document', () => {
    const doc = new Y.Doc()
    const id = addRecommendation(doc, {
      title: 'Créer une cellule de veille',
      text: 'Suivre les rumeurs.\nPublier des démentis.',
      priority: 'high',
      actors: ['Wilaya'],
      noteIds: ['n1-1'],
    })
    const schema = editorSchema(doc)
    const root = yXmlFragmentToProseMirrorRootNode(getRecommendationsFragment(doc), schema)
    expect(() => root.check()).not.toThrow()
    const block = root.firstChild!
    expect(block.type.name).toBe('recommendation')
    expect(block.attrs).toEqual({ id, priority: 'high', actors: ['Wilaya'], noteIds: ['n1-1'] })
    expect(block.content.content.map((node) => [node.type.name, node.textContent])).toEqual([
      ['recommendationTitle', 'Créer une cellule de veille'],
      ['paragraph', 'Suivre les rumeurs.'],
      ['paragraph', 'Publier des démentis.'],
    ])
  })

  it('stores what the editor writes so that packages/model reads it back', () => {
    const doc = new Y.Doc()
    const schema = editorSchema(doc)
    const text = (value: string, ...marks: string[]) =>
      schema.text(
        value,
        marks.map((mark) => schema.mark(mark)),
      )
    const typed = schema.node('doc', null, [
      schema.node('heading', { level: 2 }, [text('Axe 1')]),
      schema.node('recommendation', { id: 'r1-1', priority: 'low', actors: ['ONG'], noteIds: [] }, [
        schema.node('recommendationTitle', null, [text('Former des relais')]),
        schema.node('paragraph', null, [text('Deux '), text('par commune', 'bold', 'italic')]),
        schema.node('bulletList', null, [
          schema.node('listItem', null, [schema.node('paragraph', null, [text('en darija')])]),
        ]),
      ]),
    ])
    typed.check()
    prosemirrorToYXmlFragment(typed, getRecommendationsFragment(doc))
    expect(readRecommendations(doc)).toEqual([
      {
        id: 'r1-1',
        title: 'Former des relais',
        text: 'Deux par commune\n- en darija',
        priority: 'low',
        actors: ['ONG'],
        noteIds: [],
        comments: [],
      },
    ])
  })

  it('refuses what the report cannot export: tables, images, code, links, strikes', () => {
    const schema = editorSchema(new Y.Doc())
    const nodes = Object.keys(schema.nodes).sort()
    expect(nodes).toEqual([
      'bulletList',
      'doc',
      'hardBreak',
      'heading',
      'listItem',
      'orderedList',
      'paragraph',
      'recommendation',
      'recommendationTitle',
      'text',
    ])
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic'])
  })
})
