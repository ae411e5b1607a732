import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import type * as Y from 'yjs'
import {
  DEFAULT_PRIORITY,
  FragmentNode,
  RecommendationLimits,
  actorSchema,
  newRecommendationId,
} from '@atelier/model'
import type { Priority } from '@atelier/model'

/** The attributes of the recommendation block the selection is in. */
export type BlockState = {
  id: string
  priority: Priority
  actors: string[]
  noteIds: string[]
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

const PRIORITIES: readonly string[] = ['high', 'medium', 'low']

/** A recommendation node's attributes as plain, checked values. */
export function blockAttrs(attrs: Record<string, unknown>): BlockState {
  const priority = PRIORITIES.includes(attrs.priority as string)
    ? (attrs.priority as Priority)
    : DEFAULT_PRIORITY
  return {
    id: typeof attrs.id === 'string' ? attrs.id : '',
    priority,
    actors: strings(attrs.actors),
    noteIds: strings(attrs.noteIds),
  }
}

/** The recommendation block around the selection, if any. */
export function currentBlock(state: EditorState): BlockState | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth)
    if (node.type.name === FragmentNode.recommendation) return blockAttrs(node.attrs)
  }
  return null
}

/**
 * Inserts an empty recommendation after the top-level block the selection is in (at the end
 * when there is no selection) and puts the caret in its title.
 */
export function insertRecommendation(editor: Editor, doc: Y.Doc): void {
  const { $from } = editor.state.selection
  const at = $from.depth > 0 ? $from.after(1) : editor.state.doc.content.size
  editor
    .chain()
    .insertContentAt(at, {
      type: FragmentNode.recommendation,
      attrs: { id: newRecommendationId(doc), priority: DEFAULT_PRIORITY, actors: [], noteIds: [] },
      content: [{ type: FragmentNode.title }, { type: FragmentNode.paragraph }],
    })
    // Inside the block (+1), inside its title (+1).
    .setTextSelection(at + 2)
    .run()
  // TipTap's focus command waits for the next frame; the writer may already be typing.
  editor.view.focus()
}

/** Changes attributes of the recommendation block the selection is in. */
export function updateBlock(editor: Editor, attrs: Partial<Omit<BlockState, 'id'>>): void {
  editor.commands.updateAttributes(FragmentNode.recommendation, attrs)
}

/**
 * The actors typed in the actors field ("Wilaya, ONG locales; Croissant-Rouge"): split on
 * commas, semicolons and line breaks, trimmed, without duplicates, within the model's limits.
 */
export function parseActors(typed: string): string[] {
  const actors = typed
    .split(/[,;\n،]/)
    .map((actor) => actor.trim())
    .filter((actor) => actorSchema.safeParse(actor).success)
  return [...new Set(actors)].slice(0, RecommendationLimits.actors)
}
