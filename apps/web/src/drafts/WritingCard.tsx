import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { WritingMode } from '@atelier/model'
import { ModerationApi } from './api.js'
import type { DraftQueue, QueuedDraft } from './api.js'
import { DRAFTS_POLL_MS, draftRefusal } from './hooks.js'
import { useDraftsText } from './strings.js'
import './drafts.css'

export type WritingCardProps = {
  workshop: string
  token: string
  session: { id: string; boards: ReadonlyArray<{ id: string; title: string }> }
  /** The session's writing mode, read from its first board's controls. */
  mode: WritingMode
}

/**
 * The facilitator's card for participants' writing: the mode (open, private, moderated), the
 * reveal with the number of notes it will show, and the moderation queue, each note released
 * onto its board or held off it. An anonymous note shows no author here either.
 */
export function WritingCard(props: WritingCardProps) {
  const { t } = useDraftsText()
  const headingId = useId()
  const api = useMemo(
    () => new ModerationApi(props.workshop, props.session.id, props.token),
    [props.workshop, props.session.id, props.token],
  )
  const { queue, refresh } = useQueue(api, props.mode)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = (move: () => Promise<unknown>) => {
    setBusy(true)
    move()
      .then(
        () => setError(null),
        (failure: unknown) => setError(draftRefusal(failure, t)),
      )
      .finally(() => {
        setBusy(false)
        refresh()
      })
  }
  const titles = new Map(props.session.boards.map((board) => [board.id, board.title]))
  const pending = queue?.pending ?? 0
  const showQueue = props.mode === WritingMode.moderated || (queue?.held ?? 0) > 0

  return (
    <div className="console-card drafts-console" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('console.heading')}</h3>
      <fieldset className="drafts-modes" disabled={busy}>
        <legend className="drafts-label">{t('console.mode')}</legend>
        {Object.values(WritingMode).map((mode) => (
          <label key={mode} className="drafts-mode-option" data-checked={props.mode === mode}>
            <input
              type="radio"
              name={`${headingId}-mode`}
              value={mode}
              checked={props.mode === mode}
              onChange={() => act(() => api.setMode(mode))}
            />
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {props.mode === WritingMode.private && (
        <div className="drafts-reveal">
          <button
            type="button"
            className="console-button drafts-primary"
            disabled={busy || pending === 0}
            onClick={() => act(() => api.reveal())}
          >
            {t('console.reveal', { count: pending })}
          </button>
          <p className="console-muted">{t('console.revealHint')}</p>
        </div>
      )}
      {showQueue && queue && (
        <Queue
          queue={queue}
          titles={titles}
          busy={busy}
          release={(draft) => act(() => api.release(draft.id))}
          hold={(draft) => act(() => api.hold(draft.id))}
          releaseAll={() => act(() => api.releaseAll())}
        />
      )}
      {error && (
        <p className="console-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

function Queue(props: {
  queue: DraftQueue
  titles: ReadonlyMap<string, string>
  busy: boolean
  release: (draft: QueuedDraft) => void
  hold: (draft: QueuedDraft) => void
  releaseAll: () => void
}) {
  const { t } = useDraftsText()
  const headingId = useId()
  const { queue } = props
  const waiting = queue.drafts.filter((draft) => draft.status === 'pending').length
  return (
    <section className="drafts-queue" aria-labelledby={headingId}>
      <div className="drafts-queue-head">
        <h4 id={headingId}>{t('console.queue')}</h4>
        <span className="console-muted">
          {t('console.pendingCount', { count: queue.pending })} ·{' '}
          {t('console.heldCount', { count: queue.held })}
        </span>
        <button
          type="button"
          className="console-button"
          disabled={props.busy || waiting === 0}
          onClick={props.releaseAll}
        >
          {t('console.releaseAll')}
        </button>
      </div>
      {queue.drafts.length === 0 ? (
        <p className="console-muted">{t('console.queueEmpty')}</p>
      ) : (
        <ul className="drafts-list">
          {queue.drafts.map((draft) => (
            <li
              key={draft.id}
              className="drafts-item"
              data-draft-id={draft.id}
              data-status={draft.status}
            >
              <p className="drafts-text" dir="auto">
                {draft.text}
              </p>
              <p className="drafts-meta">
                <span className="drafts-author">{draft.author ?? t('console.anonymous')}</span>
                <span> · {props.titles.get(draft.board) ?? draft.board}</span>
                {draft.status === 'held' && (
                  <span className="drafts-state" data-status="held">
                    {' '}
                    · {t('console.held')}
                  </span>
                )}
              </p>
              <div className="drafts-actions">
                <button
                  type="button"
                  className="console-button drafts-primary"
                  disabled={props.busy}
                  aria-label={t('console.releaseLabel', { text: draft.text })}
                  onClick={() => props.release(draft)}
                >
                  {t('console.release')}
                </button>
                {draft.status === 'pending' && (
                  <button
                    type="button"
                    className="console-button"
                    disabled={props.busy}
                    aria-label={t('console.holdLabel', { text: draft.text })}
                    onClick={() => props.hold(draft)}
                  >
                    {t('console.hold')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The session's queue, asked again every `DRAFTS_POLL_MS` and after each move. */
function useQueue(api: ModerationApi, mode: WritingMode) {
  const [queue, setQueue] = useState<DraftQueue>()
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((count) => count + 1), [])
  useEffect(() => {
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () => {
      api
        .queue()
        .then(
          (next) => current && setQueue(next),
          () => undefined,
        )
        .finally(() => {
          if (current) timer = setTimeout(poll, DRAFTS_POLL_MS)
        })
    }
    poll()
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, mode, tick])
  return { queue, refresh }
}
