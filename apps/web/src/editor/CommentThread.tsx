import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import {
  COMMENT_LENGTH,
  CommentKind,
  addComment,
  isModelError,
  resolveComment,
} from '@atelier/model'
import type { Comment } from '@atelier/model'
import { useEditorBoard } from './context.js'
import { useComments } from './hooks.js'

function CommentItem({ comment }: { comment: Comment }) {
  const { doc, me, canEdit, t } = useEditorBoard()
  const mine = comment.author.id === me.id
  // Rapporteurs settle comments; an author may settle their own.
  const canResolve = me.canWrite && (canEdit || mine)
  return (
    <li className={`rec-comment kind-${comment.kind}${comment.resolved ? ' resolved' : ''}`}>
      <div className="rec-comment-meta">
        <span className="rec-comment-author" dir="auto">
          {mine ? t('comments.you') : comment.author.name}
        </span>
        {comment.kind === CommentKind.suggestion && (
          <span className="rec-comment-kind">{t('comments.suggestion')}</span>
        )}
        {comment.resolved && <span className="rec-comment-state">{t('comments.resolved')}</span>}
        {canResolve && (
          <button
            type="button"
            className="rec-comment-resolve"
            onClick={() => resolveComment(doc, comment.id, !comment.resolved)}
          >
            {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        )}
      </div>
      <p dir="auto">{comment.text}</p>
    </li>
  )
}

function CommentForm({ recommendationId }: { recommendationId: string }) {
  const { doc, me, t } = useEditorBoard()
  const [text, setText] = useState('')
  const [kind, setKind] = useState<CommentKind>(CommentKind.comment)
  const [error, setError] = useState<string>()
  const field = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    try {
      addComment(doc, recommendationId, { id: me.id, name: me.name }, text, { kind })
      setText('')
      setError(undefined)
    } catch (caught) {
      if (!isModelError(caught)) throw caught
      setError(t('comments.error', { message: caught.message }))
    }
  }
  return (
    <form className="rec-comment-form" onSubmit={submit}>
      <label htmlFor={field} className="visually-hidden">
        {t('comments.write')}
      </label>
      <textarea
        id={field}
        value={text}
        dir="auto"
        rows={2}
        maxLength={COMMENT_LENGTH}
        placeholder={
          kind === CommentKind.suggestion
            ? t('comments.suggestPlaceholder')
            : t('comments.placeholder')
        }
        onChange={(event) => setText(event.target.value)}
      />
      <div className="rec-comment-actions">
        <fieldset className="rec-comment-kinds">
          <legend className="visually-hidden">{t('comments.kind')}</legend>
          {[CommentKind.comment, CommentKind.suggestion].map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${field}-kind`}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {t(`comments.${option}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="rec-button primary" disabled={text.trim() === ''}>
          {t('comments.send')}
        </button>
      </div>
      {error && (
        <p className="rec-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

/**
 * A recommendation's comment thread, kept in the board document beside the text: a toggle
 * with the count, the comments, and a box to comment or suggest for those who may.
 */
export function CommentThread({ recommendationId }: { recommendationId: string }) {
  const { doc, canComment, t } = useEditorBoard()
  const comments = useComments(doc, recommendationId)
  const [open, setOpen] = useState(false)
  const panel = useId()
  const unresolved = comments.filter((comment) => !comment.resolved).length
  if (!canComment && comments.length === 0) return null
  return (
    <div className="rec-thread">
      <button
        type="button"
        className={`rec-thread-toggle${unresolved > 0 ? ' has-open' : ''}`}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen((value) => !value)}
      >
        {t('comments.toggle', { count: comments.length })}
      </button>
      {open && (
        <section id={panel} className="rec-thread-panel" aria-label={t('comments.heading')}>
          {comments.length === 0 ? (
            <p className="rec-muted">{t('comments.empty')}</p>
          ) : (
            <ul className="rec-comments">
              {comments.map((comment) => (
                <CommentItem key={comment.id} comment={comment} />
              ))}
            </ul>
          )}
          {canComment && <CommentForm recommendationId={recommendationId} />}
        </section>
      )}
    </div>
  )
}
