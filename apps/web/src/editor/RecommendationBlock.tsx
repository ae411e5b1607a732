import { NodeViewContent, NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import type { Note } from '@atelier/model'
import { blockAttrs } from './blocks.js'
import { CommentThread } from './CommentThread.js'
import { useEditorBoard } from './context.js'
import { TrashIcon } from './icons.js'
import type { EditorText } from './strings.js'
import './block.css'

const EXCERPT = 48

/** A note's text cut to fit a chip, or what stands in for a note that is gone or empty. */
export function noteExcerpt(note: Note | undefined, t: EditorText): string {
  if (!note) return t('link.deleted')
  const text = note.text.trim().replace(/\s+/g, ' ')
  if (!text) return t('link.untitled')
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text
}

function SourceNotes({
  noteIds,
  onUnlink,
}: {
  noteIds: readonly string[]
  onUnlink?: (noteId: string) => void
}) {
  const { notes, onSelectNote, t } = useEditorBoard()
  if (noteIds.length === 0) return null
  return (
    <div className="rec-sources">
      <span className="rec-sources-label">{t('block.sources')}</span>
      <ul className="rec-source-list">
        {noteIds.map((id) => {
          const note = notes.get(id)
          const text = noteExcerpt(note, t)
          return (
            <li key={id} className="rec-source" style={{ borderColor: note?.colour }}>
              <button
                type="button"
                className="rec-source-open"
                disabled={!note}
                aria-label={t('link.open', { text })}
                onClick={() => onSelectNote(id)}
                dir="auto"
              >
                <span className="rec-source-dot" style={{ background: note?.colour }} />
                <span className="rec-source-text">{text}</span>
              </button>
              {onUnlink && (
                <button
                  type="button"
                  className="rec-source-remove"
                  aria-label={t('link.remove', { text })}
                  onClick={() => onUnlink(id)}
                >
                  ×
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/**
 * How a recommendation block looks in the editor: its priority and actors above, the title
 * and text the rapporteurs type, the notes it comes from and its comment thread below.
 */
export function RecommendationBlock({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { canEdit, t } = useEditorBoard()
  const block = blockAttrs(node.attrs)
  const title = node.firstChild?.textContent ?? ''
  return (
    <NodeViewWrapper
      className={`rec-block priority-${block.priority}`}
      data-recommendation-id={block.id}
      aria-label={t('block.label', { title })}
    >
      <div className="rec-block-head" contentEditable={false}>
        <span className={`rec-priority priority-${block.priority}`}>
          {t(`priority.${block.priority}`)}
        </span>
        {block.actors.length > 0 && (
          <ul className="rec-actors" aria-label={t('actors.label')}>
            {block.actors.map((actor) => (
              <li key={actor} dir="auto">
                {actor}
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <button
            type="button"
            className="rec-block-delete"
            aria-label={t('block.delete')}
            title={t('block.deleteHint')}
            onClick={deleteNode}
          >
            <TrashIcon />
          </button>
        )}
      </div>
      <NodeViewContent className="rec-block-content" />
      <div className="rec-block-foot" contentEditable={false}>
        <SourceNotes
          noteIds={block.noteIds}
          onUnlink={
            canEdit
              ? (id) => updateAttributes({ noteIds: block.noteIds.filter((other) => other !== id) })
              : undefined
          }
        />
        {block.id && <CommentThread recommendationId={block.id} />}
      </div>
    </NodeViewWrapper>
  )
}
