import * as Y from 'yjs'
import { FragmentNode } from './recommendations-schema.js'
import { DocKey, recommendationsFragment } from './schema.js'

/**
 * The name of the shared fragment that holds the recommendations text, for editors that take a
 * field name (TipTap's Collaboration extension: `{ document: doc, field: RECOMMENDATIONS_FIELD }`).
 */
export const RECOMMENDATIONS_FIELD = DocKey.recommendations

/**
 * The shared rich-text fragment the rapporteur's editor binds to (TipTap Collaboration,
 * y-prosemirror): `Collaboration.configure({ fragment: getRecommendationsFragment(doc) })`.
 */
export function getRecommendationsFragment(doc: Y.Doc): Y.XmlFragment {
  return recommendationsFragment(doc)
}

// ProseMirror node names that start a line of their own when read as plain text.
const LIST_ITEMS = new Set(['listItem', 'list_item', 'taskItem'])
const ORDERED_LISTS = new Set(['orderedList', 'ordered_list'])
const LINE_BREAKS = new Set(['hardBreak', 'hard_break'])
// A peer could nest elements without end; past this depth it is not a real document.
const MAX_DEPTH = 32

function inlineText(node: Y.XmlText): string {
  let text = ''
  for (const op of node.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert === 'string') text += op.insert
  }
  return text
}

function hasBlockChildren(element: Y.XmlElement): boolean {
  return element
    .toArray()
    .some((child) => child instanceof Y.XmlElement && !LINE_BREAKS.has(child.nodeName))
}

/** The text of a leaf block (a paragraph, a heading, a title), hard breaks read as `\n`. */
export function leafText(element: Y.XmlElement): string {
  let text = ''
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += inlineText(child)
    else if (child instanceof Y.XmlElement && LINE_BREAKS.has(child.nodeName)) text += '\n'
  }
  return text
}

type Child = ReturnType<Y.XmlFragment['toArray']>[number]

function collectLines(
  children: readonly Child[],
  ordered: boolean,
  indent: string,
  lines: string[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return
  let number = 0
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      lines.push(indent + inlineText(child))
    } else if (child instanceof Y.XmlElement && LIST_ITEMS.has(child.nodeName)) {
      // The item's blocks are indented under it; its first line carries the bullet or number.
      number += 1
      const first = lines.length
      collectLines(child.toArray(), false, `${indent}  `, lines, depth + 1)
      const head = lines[first]
      const marker = ordered ? `${number}. ` : '- '
      lines[first] = `${indent}${marker}${head === undefined ? '' : head.slice(indent.length + 2)}`
    } else if (child instanceof Y.XmlElement) {
      if (hasBlockChildren(child)) {
        const list = ORDERED_LISTS.has(child.nodeName)
        collectLines(child.toArray(), list, indent, lines, depth + 1)
      } else lines.push(indent + leafText(child))
    }
  }
}

/**
 * The plain lines of some blocks: one per paragraph or heading, list items as `- ` or `1. `
 * lines, nested items indented by two spaces.
 */
export function blockLines(blocks: readonly Child[]): string[] {
  const lines: string[] = []
  collectLines(blocks, false, '', lines, 0)
  return lines
}

/**
 * The recommendations as plain text: one line per paragraph or heading, list items as
 * `- ` (or `1. `) lines. For exports and tests; the editor works on the fragment itself.
 */
export function recommendationsText(doc: Y.Doc): string {
  return blockLines(getRecommendationsFragment(doc).toArray()).join('\n')
}

/** The `recommendation` elements of the fragment, in document order. */
export function recommendationElements(doc: Y.Doc): Y.XmlElement[] {
  return getRecommendationsFragment(doc)
    .toArray()
    .filter(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement && node.nodeName === FragmentNode.recommendation,
    )
}

/** The element of the recommendation with this id, if it is on the board. */
export function findRecommendation(doc: Y.Doc, id: string): Y.XmlElement | undefined {
  return recommendationElements(doc).find((element) => element.getAttribute('id') === id)
}
