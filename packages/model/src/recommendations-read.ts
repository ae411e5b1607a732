import * as Y from 'yjs'
import { listComments } from './comments.js'
import type { Comment } from './comments.js'
import { blockLines, leafText, recommendationElements } from './recommendations.js'
import { FragmentNode, storedRecommendationAttrsSchema } from './recommendations-schema.js'
import { notesMap, recordIn } from './schema.js'
import type { Priority } from './schema.js'

/** One recommendation block as plain data: what the report prints and the tests compare. */
export type Recommendation = {
  /** Empty when a peer stored a block without a valid id. */
  id: string
  title: string
  /** Plain text: paragraphs joined with `\n`, list items as `- ` or `1. ` lines. */
  text: string
  priority: Priority
  /** The responsible actors, as the rapporteurs wrote them, without duplicates. */
  actors: string[]
  /** The board notes this recommendation comes from (some may have been deleted since). */
  noteIds: string[]
  /** Its comment thread, oldest first. */
  comments: Comment[]
}

function readBlock(element: Y.XmlElement, comments: Map<string, Comment[]>): Recommendation {
  const attrs = storedRecommendationAttrsSchema.parse(element.getAttributes())
  const children = element.toArray()
  const head = children[0]
  const hasTitle = head instanceof Y.XmlElement && head.nodeName === FragmentNode.title
  return {
    id: attrs.id,
    title: hasTitle ? leafText(head) : '',
    text: blockLines(hasTitle ? children.slice(1) : children).join('\n'),
    priority: attrs.priority,
    actors: attrs.actors,
    noteIds: attrs.noteIds,
    comments: (attrs.id && comments.get(attrs.id)) || [],
  }
}

/**
 * The board's recommendations as plain records, in the order the rapporteurs wrote them.
 * Free headings and paragraphs between blocks are not recommendations and are left out
 * (`recommendationsText` reads everything). Attributes a peer garbled are repaired one by one.
 *
 * @example readRecommendations(doc).filter((r) => r.priority === 'high')
 */
export function readRecommendations(doc: Y.Doc): Recommendation[] {
  const threads = new Map<string, Comment[]>()
  for (const comment of listComments(doc)) {
    const thread = threads.get(comment.recommendationId)
    if (thread) thread.push(comment)
    else threads.set(comment.recommendationId, [comment])
  }
  return recommendationElements(doc).map((element) => readBlock(element, threads))
}

/**
 * How many recommendations cite each note still on the board, for the count a note shows.
 * Notes no recommendation cites are absent.
 */
export function citationCounts(doc: Y.Doc): Record<string, number> {
  const notes = notesMap(doc)
  const counts: Record<string, number> = {}
  for (const element of recommendationElements(doc)) {
    const { noteIds } = storedRecommendationAttrsSchema.parse(element.getAttributes())
    for (const id of noteIds) {
      if (recordIn(notes, id)) counts[id] = (counts[id] ?? 0) + 1
    }
  }
  return counts
}
