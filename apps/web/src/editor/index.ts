/**
 * The recommendations editor: rich text beside a board (TipTap bound to the board document's
 * recommendations fragment), with recommendation blocks, comment threads and the writers'
 * carets. Importing this module loads TipTap; a page that should load it on demand imports
 * `RecommendationsPanel` from `./lazy.js` instead.
 */
export { RecommendationsEditor, mayWriteRecommendations } from './RecommendationsEditor.js'
export type { RecommendationsEditorProps } from './RecommendationsEditor.js'
export { RecommendationsPanel, selectNoteOnBoard } from './lazy.js'
export { CARET_FIELD, caretAwareness } from './caret-awareness.js'
export { EDITOR_NS, addEditorStrings, editorStrings } from './strings.js'
