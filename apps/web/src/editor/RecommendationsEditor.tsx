import { useMemo, useRef } from 'react'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { directionOf } from '../i18n/language.js'
import type { Me } from '../sync/types.js'
import { caretAwareness } from './caret-awareness.js'
import { EditorBoardContext } from './context.js'
import type { EditorBoard } from './context.js'
import { EditorToolbar } from './EditorToolbar.js'
import { recommendationExtensions } from './extensions.js'
import { useBoardNotes, useCitations, useWriters } from './hooks.js'
import type { Writer } from './hooks.js'
import { useEditorText } from './strings.js'
import type { EditorText } from './strings.js'
import './editor.css'

export type RecommendationsEditorProps = {
  doc: Y.Doc
  awareness: Awareness
  me: Me
  /** Called when someone clicks a note a recommendation comes from, to select it on the board. */
  onSelectNote?: (noteId: string) => void
}

/** Rapporteurs and the facilitator write the recommendations; the relay enforces the same. */
export function mayWriteRecommendations(me: Me): boolean {
  return me.canWrite && (me.role === 'rapporteur' || me.role === 'facilitator')
}

function Writers({ writers, t }: { writers: Writer[]; t: EditorText }) {
  // Always drawn, so that the toolbar below does not jump when a caret comes or goes.
  return (
    <div className="rec-writers" aria-live="off">
      <ul>
        {writers.map((writer) => (
          <li key={writer.clientId} title={writer.name} style={{ background: writer.colour }}>
            {writer.name.slice(0, 1).toUpperCase()}
          </li>
        ))}
      </ul>
      {writers.length > 0 && <span>{t('writing', { count: writers.length })}</span>}
    </div>
  )
}

function Header({ me, writers, t }: { me: Me; writers: Writer[]; t: EditorText }) {
  const canEdit = mayWriteRecommendations(me)
  const notice = canEdit
    ? undefined
    : me.canWrite
      ? t('readOnlyParticipant')
      : t('readOnlyObserver')
  return (
    <header className="rec-header">
      <div className="rec-header-title">
        <h2>{t('heading')}</h2>
        {!canEdit && <span className="rec-badge">{t('readOnly')}</span>}
      </div>
      <p className="rec-muted">{notice ?? t('subtitle')}</p>
      <Writers writers={writers} t={t} />
    </header>
  )
}

function noop() {}

/**
 * The recommendations editor beside a board: rich text bound to the board document's
 * recommendations fragment, so it syncs, persists and works offline like the board, with the
 * other writers' carets. Rapporteurs and the facilitator write; participants read, comment
 * and suggest; observers only read.
 */
export function RecommendationsEditor({
  doc,
  awareness,
  me,
  onSelectNote,
}: RecommendationsEditorProps) {
  const { t, language } = useEditorText()
  const canEdit = mayWriteRecommendations(me)
  const carets = useMemo(() => caretAwareness(awareness), [awareness])
  const notes = useBoardNotes(doc)
  const citations = useCitations(doc)
  const writers = useWriters(awareness)
  // Placeholders follow the language without rebuilding the editor.
  const words = useRef(t)
  words.current = t
  const editor = useEditor(
    {
      extensions: recommendationExtensions({
        doc,
        awareness: carets,
        user: { name: me.name, color: me.colour },
        placeholders: {
          get title() {
            return words.current('block.title')
          },
          get body() {
            return words.current('block.body')
          },
        },
      }),
      editable: canEdit,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'rec-doc', 'aria-multiline': 'true' } },
    },
    [doc, carets, canEdit, me.name, me.colour],
  )
  const empty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty })
  const board: EditorBoard = {
    doc,
    me,
    canEdit,
    canComment: me.canWrite && me.role !== 'observer',
    notes,
    citations,
    onSelectNote: onSelectNote ?? noop,
    t,
  }
  return (
    <EditorBoardContext.Provider value={board}>
      <section
        className={`rec-panel${canEdit ? ' can-edit' : ' read-only'}`}
        dir={directionOf(language)}
        aria-label={t('heading')}
        data-role={me.role}
      >
        <Header me={me} writers={writers} t={t} />
        {canEdit && <EditorToolbar editor={editor} />}
        <div className="rec-scroll">
          {empty && (
            <p className="rec-empty rec-muted">
              {t('empty')} {canEdit && t('emptyWriter')}
            </p>
          )}
          <EditorContent editor={editor} className="rec-content" />
        </div>
      </section>
    </EditorBoardContext.Provider>
  )
}
