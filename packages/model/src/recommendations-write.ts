import * as Y from 'yjs'
import { AtelierModelError, ModelErrorCode, parseInput } from './errors.js'
import { newId } from './ids.js'
import { findRecommendation, getRecommendationsFragment } from './recommendations.js'
import {
  FragmentNode,
  RecommendationAttr,
  recommendationInputSchema,
} from './recommendations-schema.js'
import type { RecommendationInput } from './recommendations-schema.js'

/**
 * A fresh recommendation id for this peer (`r<clientID>-<counter>`), for the editor's "add a
 * recommendation" button and for blocks that were copied with another block's id.
 */
export function newRecommendationId(doc: Y.Doc): string {
  return newId(doc, 'r', (candidate) => findRecommendation(doc, candidate) !== undefined)
}

type BlockAttrs = { id: string; priority: string; actors: string[]; noteIds: string[] }

function leaf(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name)
  // An empty paragraph is an element with no children, as y-prosemirror writes it.
  if (text !== '') element.insert(0, [new Y.XmlText(text)])
  return element
}

/**
 * Builds a recommendation block exactly as the editor's schema stores it: a `recommendation`
 * element with the attributes `id`, `priority`, `actors`, `noteIds`, holding a
 * `recommendationTitle` and one `paragraph` per line of `text` (at least one, maybe empty).
 */
function recommendationElement(
  id: string,
  input: ReturnType<typeof recommendationInputSchema.parse>,
): Y.XmlElement<BlockAttrs> {
  const block = new Y.XmlElement<BlockAttrs>(FragmentNode.recommendation)
  block.setAttribute(RecommendationAttr.id, id)
  block.setAttribute(RecommendationAttr.priority, input.priority)
  // y-prosemirror stores a node's attrs as plain values, lists included.
  block.setAttribute(RecommendationAttr.actors, [...new Set(input.actors)])
  block.setAttribute(RecommendationAttr.noteIds, [...new Set(input.noteIds)])
  const paragraphs = input.text.split('\n').map((line) => leaf(FragmentNode.paragraph, line))
  block.insert(0, [leaf(FragmentNode.title, input.title), ...paragraphs])
  return block
}

/**
 * Appends a recommendation block to the board's recommendations and returns its id, for
 * tests, templates and the report package, which build boards without an editor. The block
 * opens in the editor like one typed there.
 *
 * @example addRecommendation(doc, { title: 'Créer une cellule de veille', priority: 'high',
 *   actors: ['Wilaya'], noteIds: [noteId] })
 */
export function addRecommendation(
  doc: Y.Doc,
  input: RecommendationInput,
  origin?: unknown,
): string {
  const recommendation = parseInput(recommendationInputSchema, input, 'recommendation')
  if (recommendation.id !== undefined && findRecommendation(doc, recommendation.id)) {
    throw new AtelierModelError(
      ModelErrorCode.ID_TAKEN,
      `A recommendation ${recommendation.id} already exists`,
    )
  }
  const id = recommendation.id ?? newRecommendationId(doc)
  const fragment = getRecommendationsFragment(doc)
  doc.transact(() => {
    // Yjs types a fragment's elements as holding string attributes only; lists are stored fine.
    const block = recommendationElement(id, recommendation) as unknown as Y.XmlElement
    fragment.insert(fragment.length, [block])
  }, origin)
  return id
}
