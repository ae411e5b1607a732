import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import type { ProsemirrorBinding } from '@tiptap/y-tiptap'

function isRemoteEdit(tr: Transaction): boolean {
  const change = tr.getMeta(ySyncPluginKey) as
    { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined
  return change?.isChangeOrigin === true && change.isUndoRedoOperation !== true
}

/**
 * Keeps this writer's caret where Yjs says it is when another writer types in the same
 * paragraph. y-tiptap 3.0.9 "recovers" the caret after such an edit by matching top-level
 * blocks on their attributes and putting it back at its old offset; a recommendation block
 * always has distinctive attributes (its id), so two rapporteurs typing at the same place
 * would see each other's letters land after their caret, and their own come out reversed.
 * The relative position y-prosemirror took before the remote edit is the right answer.
 */
export const KeepCaretOnRemoteEdits = Extension.create({
  name: 'keepCaretOnRemoteEdits',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('keepCaretOnRemoteEdits'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some(isRemoteEdit)) return null
          const binding = (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding })
            ?.binding
          const before = binding?.beforeTransactionSelection
          if (!binding || !before || before.type !== 'text') return null
          const resolve = (position: unknown) =>
            relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping)
          const anchor = resolve(before.anchor)
          const head = resolve(before.head)
          if (anchor === null || head === null) return null
          const { selection } = state
          if (selection.anchor === anchor && selection.head === head) return null
          const size = state.doc.content.size
          if (anchor > size || head > size) return null
          const caret = TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head))
          return state.tr.setSelection(caret).setMeta('addToHistory', false)
        },
      }),
    ]
  },
})
