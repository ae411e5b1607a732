import * as Y from 'yjs'
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
const LINE_BREAKS = new Set(['hardBreak', 'hard_break'])

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

function leafText(element: Y.XmlElement): string {
  let text = ''
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += inlineText(child)
    else if (child instanceof Y.XmlElement && LINE_BREAKS.has(child.nodeName)) text += '\n'
  }
  return text
}

function collectLines(
  node: Y.XmlElement | Y.XmlFragment,
  indent: string,
  lines: string[],
  depth: number,
): void {
  // A peer could nest elements without end; past this depth it is not a real document.
  if (depth > 32) return
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      lines.push(indent + inlineText(child))
    } else if (child instanceof Y.XmlElement && LIST_ITEMS.has(child.nodeName)) {
      // The item's blocks are indented under it; its first line carries the bullet.
      const first = lines.length
      collectLines(child, `${indent}  `, lines, depth + 1)
      const head = lines[first]
      lines[first] = `${indent}- ${head === undefined ? '' : head.slice(indent.length + 2)}`
    } else if (child instanceof Y.XmlElement) {
      if (hasBlockChildren(child)) collectLines(child, indent, lines, depth + 1)
      else lines.push(indent + leafText(child))
    }
  }
}

/**
 * The recommendations as plain text: one line per paragraph or heading, list items as
 * `- ` lines. For exports and tests; the editor works on the fragment itself.
 */
export function recommendationsText(doc: Y.Doc): string {
  const lines: string[] = []
  collectLines(getRecommendationsFragment(doc), '', lines, 0)
  return lines.join('\n')
}
