import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { Note } from '@atelier/model'
import type { Me } from '../sync/types.js'
import type { EditorText } from './strings.js'

/**
 * What a recommendation block's node view needs from the editor around it: node views render
 * through portals inside `EditorContent`, so they read this context rather than props.
 */
export type EditorBoard = {
  doc: Y.Doc
  me: Me
  /** Rapporteurs and the facilitator write; the relay enforces the same. */
  canEdit: boolean
  /** Everyone who may write on the board may comment; observers may not. */
  canComment: boolean
  notes: ReadonlyMap<string, Note>
  citations: Readonly<Record<string, number>>
  onSelectNote: (noteId: string) => void
  t: EditorText
}

export const EditorBoardContext = createContext<EditorBoard | null>(null)

/** The board around the editor; only inside `RecommendationsEditor`. */
export function useEditorBoard(): EditorBoard {
  const board = useContext(EditorBoardContext)
  if (!board) throw new Error('Atelier: a recommendation block rendered outside its editor')
  return board
}
