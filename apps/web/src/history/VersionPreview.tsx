import { useEffect, useId, useRef, useState } from 'react'
import type { BoardSnapshot } from '@atelier/model'
import type { Language } from '../i18n/language.js'
import { HistoryError } from './api.js'
import type { BoardVersion, HistoryApi } from './api.js'
import { failureText } from './failure.js'
import { BackIcon, RestoreIcon } from './icons.js'
import { previewOf } from './preview.js'
import type { BoardPreview, PreviewFrame } from './preview.js'
import type { HistoryText } from './strings.js'
import { dateTimeOf } from './versions.js'
import './preview.css'

type Props = {
  api: HistoryApi
  version: BoardVersion
  title: string
  author: string
  language: Language
  t: HistoryText
  onBack: () => void
  onRestore: () => void
}

function FrameSection({ frame, t }: { frame: PreviewFrame; t: HistoryText }) {
  const headingId = useId()
  return (
    <section className="history-frame" aria-labelledby={headingId}>
      <h5 id={headingId} className="history-frame-title">
        <span>{frame.title}</span>
        <span className="history-count">{t('preview.notes', { count: frame.noteCount })}</span>
      </h5>
      {frame.cells.map((cell) => (
        <div key={cell.key} className="history-cell">
          <p className="history-cell-label">
            {cell.score !== undefined && (
              <span className={`history-score band-${cell.band}`}>{cell.score}</span>
            )}
            {cell.label}
            <span className="history-count">
              {t('preview.notes', { count: cell.notes.length })}
            </span>
          </p>
          <ul className="history-notes">
            {cell.notes.map((note) => (
              <li key={note.id} data-note-id={note.id}>
                <span
                  className="history-swatch"
                  style={{ background: note.colour }}
                  aria-hidden="true"
                />
                <span className="history-note-text">{note.text}</span>
                <span className="history-note-meta">
                  {note.votes > 0 && <span>{t('preview.votes', { count: note.votes })}</span>}
                  {note.hidden && <span>{t('preview.hidden')}</span>}
                  <span>{note.author ?? t('preview.anonymous')}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

function PreviewBody({ preview, t }: { preview: BoardPreview; t: HistoryText }) {
  const recsId = useId()
  return (
    <>
      <p className="history-counts">
        <span>{t('preview.notes', { count: preview.counts.notes })}</span>
        <span>{t('preview.frames', { count: preview.counts.frames })}</span>
        <span>{t('preview.votes', { count: preview.counts.votes })}</span>
      </p>
      {preview.counts.notes === 0 && <p className="history-empty">{t('preview.noNotes')}</p>}
      {preview.frames.map((frame) => (
        <FrameSection key={frame.frameId ?? 'off-frame'} frame={frame} t={t} />
      ))}
      <section className="history-frame" aria-labelledby={recsId}>
        <h5 id={recsId} className="history-frame-title">
          {t('preview.recommendations')}
        </h5>
        {preview.recommendations ? (
          <div className="history-recs" data-testid="history-recommendations">
            {preview.recommendations}
          </div>
        ) : (
          <p className="history-empty">{t('preview.noRecommendations')}</p>
        )}
      </section>
    </>
  )
}

/**
 * An earlier version of the board, read-only: its notes grouped by frame and cell, with
 * counts, and its recommendations' text. Nothing here changes the board but "Restore".
 */
export function VersionPreview(props: Props) {
  const { api, version, language, t } = props
  const [snapshot, setSnapshot] = useState<BoardSnapshot>()
  const [failure, setFailure] = useState<{ error?: HistoryError }>()
  const [attempt, setAttempt] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    let current = true
    setFailure(undefined)
    api.load(version.id).then(
      (loaded) => current && setSnapshot(loaded),
      (error: unknown) =>
        current && setFailure({ error: error instanceof HistoryError ? error : undefined }),
    )
    return () => {
      current = false
    }
  }, [api, version.id, attempt])

  const preview =
    snapshot &&
    previewOf(snapshot, language, {
      outsideCells: t('preview.outsideCells'),
      offFrame: t('preview.offFrame'),
    })
  return (
    <div className="history-preview" data-version-id={version.id}>
      <button type="button" className="history-link" onClick={props.onBack}>
        <BackIcon />
        {t('preview.back')}
      </button>
      <div className="history-preview-head">
        <h3 ref={heading} tabIndex={-1}>
          {props.title}
        </h3>
        <span className="history-badge">{t('preview.readOnly')}</span>
      </div>
      <p className="history-muted">
        {dateTimeOf(version.createdAt, language)} · {t('item.by', { author: props.author })}
      </p>
      {failure ? (
        <div className="history-error" role="alert">
          <p>{failureText(failure.error, t)}</p>
          <button type="button" className="history-ghost" onClick={() => setAttempt(attempt + 1)}>
            {t('retry')}
          </button>
        </div>
      ) : preview ? (
        <PreviewBody preview={preview} t={t} />
      ) : (
        <p className="history-muted" role="status">
          {t('preview.loading')}
        </p>
      )}
      <div className="history-preview-foot">
        <button type="button" className="history-primary" onClick={props.onRestore}>
          <RestoreIcon />
          {t('preview.restore')}
        </button>
      </div>
    </div>
  )
}
