import { useEffect, useId, useRef, useState } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import type { ImportPreview, ParticipantsApi } from './api.js'
import { readReasons, reasonText } from './reasons.js'
import { useParticipantsText } from './strings.js'

export type ImportPanelProps = {
  api: ParticipantsApi
  /** The good rows were imported: how many. */
  imported: (count: number) => void
  close: () => void
}

/**
 * Imports a guest list in two steps: the file goes to the relay, which answers what it would
 * import and every bad row with its line and reasons; nothing is stored until "Import N
 * participants" is pressed.
 */
export function ImportPanel({ api, imported, close }: ImportPanelProps) {
  const { t } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const [preview, setPreview] = useState<ImportPreview>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const picker = useRef<HTMLInputElement>(null)
  const result = useRef<HTMLHeadingElement>(null)
  useEffect(() => picker.current?.focus(), [])
  useEffect(() => {
    if (preview) result.current?.focus()
  }, [preview])

  const choose = (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    setPreview(undefined)
    setFailure(undefined)
    api
      .preview(file)
      .then(setPreview, setFailure)
      .finally(() => setBusy(false))
  }
  const confirm = () => {
    if (!preview) return
    setBusy(true)
    api.confirm(preview.importId).then(imported, (error: unknown) => {
      setFailure(error)
      setBusy(false)
    })
  }

  return (
    <section className="console-card participants-import" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('import.heading')}</h3>
      <p className="console-muted">{t('import.intro')}</p>
      <label className="participants-file" htmlFor={`${id}-file`}>
        {t('import.file')}
      </label>
      <input
        id={`${id}-file`}
        ref={picker}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(event) => choose(event.target.files?.[0])}
      />
      {busy && !preview && (
        <p className="console-muted" role="status">
          {t('import.reading')}
        </p>
      )}
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {t('import.failed', { reason: failureText(failure, consoleText.t) })}
        </p>
      )}
      {preview && (
        <div className="participants-preview" data-valid={preview.valid}>
          <h4 ref={result} tabIndex={-1}>
            {t('import.summary', { total: preview.rows })}
          </h4>
          <p className="participants-good">{t('import.good', { total: preview.valid })}</p>
          {preview.errors.length > 0 && (
            <>
              <p className="participants-bad">
                {t('import.bad', { total: preview.errors.length })}
              </p>
              <ul className="participants-errors" aria-label={t('import.badList')}>
                {preview.errors.map((error) => (
                  <li key={error.line} data-line={error.line}>
                    <strong>{t('import.line', { line: error.line })}</strong>{' '}
                    {readReasons(error.reasons)
                      .map((reason) => reasonText(reason, t))
                      .join(' · ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.unknownColumns.length > 0 && (
            <p className="console-muted">
              {t('import.unknownColumns', { columns: preview.unknownColumns.join(', ') })}
            </p>
          )}
          <p className="console-muted">{t('import.nothingYet')}</p>
        </div>
      )}
      <div className="participants-actions">
        {preview && preview.valid > 0 && (
          <button type="button" className="console-primary" disabled={busy} onClick={confirm}>
            {t('import.confirm', { count: preview.valid })}
          </button>
        )}
        <button
          type="button"
          className="console-button"
          disabled={busy && !!preview}
          onClick={close}
        >
          {t('cancel')}
        </button>
      </div>
    </section>
  )
}
