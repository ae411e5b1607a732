import { Suspense, lazy } from 'react'
import type { RecommendationsEditorProps } from './RecommendationsEditor.js'

// TipTap and ProseMirror load with the editor's own chunk, after the board is on screen: the
// phone view and the canvas never download them.
const RecommendationsEditor = lazy(() =>
  import('./RecommendationsEditor.js').then((module) => ({
    default: module.RecommendationsEditor,
  })),
)

/**
 * Selects a note on the board through the board page's accessible note list (one `listitem`
 * per note, `data-note-id`): focusing it selects the note and brings it into view.
 */
export function selectNoteOnBoard(noteId: string): void {
  const item = document.querySelector<HTMLElement>(
    `.note-list [data-note-id="${CSS.escape(noteId)}"]`,
  )
  item?.focus()
}

/**
 * The recommendations editor for a board page's side panel, loaded on demand. Import it from
 * `editor/lazy.js` (not `editor/index.js`) to keep TipTap out of the page's first bundle.
 * Without `onSelectNote`, a click on a source note selects it through the note list.
 */
export function RecommendationsPanel(props: RecommendationsEditorProps) {
  return (
    // The panel keeps its width while its code loads, so the canvas does not jump.
    <Suspense fallback={<div aria-busy="true" style={{ width: 'clamp(340px, 34vw, 480px)' }} />}>
      <RecommendationsEditor {...props} onSelectNote={props.onSelectNote ?? selectNoteOnBoard} />
    </Suspense>
  )
}
