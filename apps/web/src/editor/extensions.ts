import { Node, mergeAttributes } from '@tiptap/core'
import type { Extensions } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Placeholder } from '@tiptap/extensions'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import { ReactNodeViewRenderer } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import {
  DEFAULT_PRIORITY,
  FragmentNode,
  getRecommendationsFragment,
  newRecommendationId,
} from '@atelier/model'
import { RecommendationBlock } from './RecommendationBlock.js'
import type { CaretAwareness } from './caret-awareness.js'
import { renderCaret } from './caret-render.js'
import { KeepCaretOnRemoteEdits } from './keep-caret.js'

/** What the editor's schema knows of the board it writes on. */
export type ExtensionOptions = {
  doc: Y.Doc
  awareness: CaretAwareness
  user: { name: string; color: string }
  placeholders: { title: string; body: string }
}

// The only blocks a recommendation's body may hold: what the report can export.
const BODY = `(${FragmentNode.paragraph} | ${FragmentNode.bulletList} | ${FragmentNode.orderedList})+`

function listAttribute(element: HTMLElement, name: string): string[] {
  try {
    const value: unknown = JSON.parse(element.getAttribute(name) ?? '[]')
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
  } catch {
    return []
  }
}

/** The document: free headings, paragraphs and lists, and recommendation blocks. */
const RecommendationsDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `(${FragmentNode.recommendation} | block)+`,
})

/** A recommendation's title: plain text, no formatting, read in its own direction. */
const RecommendationTitle = Node.create({
  name: FragmentNode.title,
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML: () => [{ tag: 'h3[data-recommendation-title]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'h3',
    mergeAttributes(HTMLAttributes, { 'data-recommendation-title': '', dir: 'auto' }),
    0,
  ],
  addKeyboardShortcuts() {
    return {
      // Enter in a title goes on to the text below it rather than making a second title.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection
        if (!empty || $from.parent.type.name !== FragmentNode.title) return false
        const after = $from.after()
        return editor.commands.command(({ tr }) => {
          tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1)))
          return true
        })
      },
    }
  },
})

function recommendationAttributes() {
  return {
    id: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-id'),
      renderHTML: (attrs: Record<string, unknown>) => (attrs.id ? { 'data-id': attrs.id } : {}),
    },
    priority: {
      default: DEFAULT_PRIORITY,
      parseHTML: (element: HTMLElement) =>
        element.getAttribute('data-priority') ?? DEFAULT_PRIORITY,
      renderHTML: (attrs: Record<string, unknown>) => ({ 'data-priority': attrs.priority }),
    },
    actors: {
      default: [],
      parseHTML: (element: HTMLElement) => listAttribute(element, 'data-actors'),
      renderHTML: (attrs: Record<string, unknown>) => ({
        'data-actors': JSON.stringify(attrs.actors ?? []),
      }),
    },
    noteIds: {
      default: [],
      parseHTML: (element: HTMLElement) => listAttribute(element, 'data-note-ids'),
      renderHTML: (attrs: Record<string, unknown>) => ({
        'data-note-ids': JSON.stringify(attrs.noteIds ?? []),
      }),
    },
  }
}

/**
 * Gives a fresh id to a recommendation this screen pasted or split off with another block's
 * id (or none). Only this screen's own edits are checked: fixing a peer's block too would
 * have both peers rename it at once.
 */
function uniqueIds(doc: Y.Doc): Plugin {
  return new Plugin({
    key: new PluginKey('recommendationIds'),
    appendTransaction(transactions: readonly Transaction[], _old, state) {
      const local = transactions.some(
        (tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin,
      )
      if (!local) return null
      const seen = new Set<string>()
      let fix: Transaction | null = null
      state.doc.forEach((node: ProseMirrorNode, offset: number) => {
        if (node.type.name !== FragmentNode.recommendation) return
        const id = typeof node.attrs.id === 'string' ? node.attrs.id : ''
        if (id && !seen.has(id)) {
          seen.add(id)
          return
        }
        const fresh = newRecommendationId(doc)
        seen.add(fresh)
        fix = (fix ?? state.tr).setNodeAttribute(offset, 'id', fresh)
      })
      return fix
    },
  })
}

function recommendationNode(doc: Y.Doc) {
  return Node.create({
    name: FragmentNode.recommendation,
    content: `${FragmentNode.title} ${BODY}`,
    defining: true,
    isolating: true,
    addAttributes: recommendationAttributes,
    parseHTML: () => [{ tag: 'section[data-recommendation]' }],
    renderHTML: ({ HTMLAttributes }) => [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-recommendation': '' }),
      0,
    ],
    addNodeView: () => ReactNodeViewRenderer(RecommendationBlock, { as: 'section' }),
    addProseMirrorPlugins() {
      return this.editor.isEditable ? [uniqueIds(doc)] : []
    },
  })
}

/**
 * The editor's extensions: the recommendations schema (headings, paragraphs, lists, bold,
 * italic and recommendation blocks, nothing the report cannot export), bound to the board's
 * recommendations fragment, with the other writers' carets.
 */
export function recommendationExtensions(options: ExtensionOptions): Extensions {
  const paragraphs = { HTMLAttributes: { dir: 'auto' } }
  return [
    RecommendationsDocument,
    StarterKit.configure({
      document: false,
      // Collaboration brings its own undo, which undoes only this person's changes.
      undoRedo: false,
      // A trailing paragraph would be added by every reader too, and by two writers at once.
      trailingNode: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
      heading: { levels: [2, 3], HTMLAttributes: { dir: 'auto' } },
      paragraph: paragraphs,
      listItem: paragraphs,
    }),
    RecommendationTitle,
    recommendationNode(options.doc),
    Placeholder.configure({
      includeChildren: true,
      placeholder: ({ node }) =>
        node.type.name === FragmentNode.title
          ? options.placeholders.title
          : options.placeholders.body,
    }),
    Collaboration.configure({ fragment: getRecommendationsFragment(options.doc) }),
    KeepCaretOnRemoteEdits,
    CollaborationCaret.configure({
      provider: { awareness: options.awareness },
      user: options.user,
      render: renderCaret,
    }),
  ]
}
