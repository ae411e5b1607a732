import { useEffect, useId, useRef, useState } from 'react'
import { HistoryError } from './api.js'
import type { BoardVersion, HistoryApi } from './api.js'
import { failureText } from './failure.js'
import { RestoreIcon } from './icons.js'
import type { HistoryText } from './strings.js'
import './restore.css'

type Props = {
  api: HistoryApi
  version: BoardVersion
  title: string
  time: string
  t: HistoryText
  onRestored: (backup: BoardVersion | undefined) => void
  onCancel: () => void
}

/**
 * Asks before a restore, which changes everyone's board at once. Cancel has the focus, so an
 * Enter pressed by habit changes nothing. The relay keeps the state it replaces as a version.
 */
export function RestoreDialog({ api, version, title, time, t, onRestored, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const bodyId = useId()
  const [restoring, setRestoring] = useState(false)
  const [failure, setFailure] = useState<{ error?: HistoryError }>()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    cancel.current?.focus()
    return () => element?.close()
  }, [])

  const restore = async () => {
    setRestoring(true)
    setFailure(undefined)
    try {
      onRestored(await api.restore(version.id))
    } catch (error) {
      setFailure({ error: error instanceof HistoryError ? error : undefined })
      setRestoring(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="history-confirm"
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault()
        if (!restoring) onCancel()
      }}
    >
      <div className="history-confirm-icon" aria-hidden="true">
        <RestoreIcon />
      </div>
      <h3 id={headingId}>{t('confirm.heading')}</h3>
      <p id={bodyId}>{t('confirm.body', { title, time })}</p>
      {failure && (
        <p className="history-field-error" role="alert">
          {failureText(failure.error, t)}
        </p>
      )}
      <div className="history-confirm-actions">
        <button
          ref={cancel}
          type="button"
          className="history-ghost"
          disabled={restoring}
          onClick={onCancel}
        >
          {t('confirm.cancel')}
        </button>
        <button
          type="button"
          className="history-primary history-danger"
          disabled={restoring}
          onClick={() => void restore()}
        >
          {restoring ? t('confirm.restoring') : t('confirm.restore')}
        </button>
      </div>
    </dialog>
  )
}
