import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import type { AuditEntry, ParticipantsApi } from './api.js'
import type { Loaded } from './hooks.js'
import { readReasons, reasonText } from './reasons.js'
import { useParticipantsText } from './strings.js'
import type { ParticipantsKey } from './strings.js'

const AUDIT_SHOWN = 30

/** `YYYY-MM-DD` of an epoch in UTC, the day the relay keeps data through. */
function dayOf(epoch: number): string {
  return new Date(epoch).toISOString().slice(0, 10)
}

export type DataProtectionProps = {
  api: ParticipantsApi
  retention: Loaded<number | null>
  audit: Loaded<AuditEntry[]>
  /** Something changed: reload what shows the registry. */
  changed: (notice: string) => void
}

/**
 * Data protection of the consultation: how long personal data is kept, deleting all of it behind
 * a typed confirmation, and the audit log of who viewed, exported or changed it.
 */
export function DataProtection({ api, retention, audit, changed }: DataProtectionProps) {
  const { t } = useParticipantsText()
  const heading = useId()
  return (
    <section className="console-card participants-protection" aria-labelledby={heading}>
      <h3 id={heading}>{t('protection.heading')}</h3>
      <p className="console-muted">{t('protection.intro')}</p>
      <div className="participants-protection-grid">
        <div className="console-stack">
          <Retention api={api} retention={retention} changed={changed} />
          <DeleteAll api={api} changed={changed} />
        </div>
        <AuditLog audit={audit} />
      </div>
    </section>
  )
}

function Retention({
  api,
  retention,
  changed,
}: Pick<DataProtectionProps, 'api' | 'retention' | 'changed'>) {
  const { t, language } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const current = retention.status === 'ready' ? retention.value : null
  const [day, setDay] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  useEffect(() => setDay(current === null ? '' : dayOf(current)), [current])

  const save = (until: string | null) => {
    setBusy(true)
    setFailure(undefined)
    api
      .setRetention(until)
      .then(
        (saved) =>
          changed(
            saved === null
              ? t('retention.cleared')
              : t('retention.saved', { date: formatDay(saved, language) }),
          ),
        (error: unknown) => {
          const detail = error instanceof Error && 'detail' in error ? error.detail : undefined
          const status = error instanceof Error && 'status' in error ? error.status : undefined
          setFailure(
            status === 400 && typeof detail === 'string'
              ? readReasons(detail)
                  .map((reason) => reasonText(reason, t))
                  .join(' · ')
              : failureText(error, consoleText.t),
          )
        },
      )
      .finally(() => setBusy(false))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save(day === '' ? null : day)
  }

  return (
    <form className="participants-retention" onSubmit={submit}>
      <h4>{t('retention.heading')}</h4>
      <p className="console-muted" data-retention={current ?? ''}>
        {current === null
          ? t('retention.none')
          : t('retention.current', { date: formatDay(current, language) })}
      </p>
      <label htmlFor={`${id}-day`}>{t('retention.label')}</label>
      <div className="participants-actions">
        <input
          id={`${id}-day`}
          type="date"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          aria-invalid={failure !== undefined || undefined}
          aria-describedby={failure ? `${id}-error` : `${id}-hint`}
        />
        <button type="submit" className="console-button" disabled={busy}>
          {t('retention.save')}
        </button>
        {current !== null && (
          <button
            type="button"
            className="console-button"
            disabled={busy}
            onClick={() => save(null)}
          >
            {t('retention.clear')}
          </button>
        )}
      </div>
      <span id={`${id}-hint`} className="console-muted">
        {t('retention.hint')}
      </span>
      {failure && (
        <p id={`${id}-error`} className="console-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  )
}

function DeleteAll({ api, changed }: Pick<DataProtectionProps, 'api' | 'changed'>) {
  const { t } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const [asking, setAsking] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const field = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const word = t('deleteAll.word')
  useEffect(() => {
    if (asking) field.current?.focus()
  }, [asking])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typed.trim() !== word) return
    setBusy(true)
    setFailure(undefined)
    api.deleteAll().then(
      (deleted) => {
        setBusy(false)
        setAsking(false)
        setTyped('')
        changed(t('deleteAll.done', { total: deleted }))
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }
  const cancel = () => {
    setAsking(false)
    setTyped('')
    setTimeout(() => opener.current?.focus())
  }

  if (!asking) {
    return (
      <div className="participants-delete-all">
        <h4>{t('deleteAll.heading')}</h4>
        <p className="console-muted">{t('deleteAll.intro')}</p>
        <button
          ref={opener}
          type="button"
          className="console-button participants-danger"
          onClick={() => setAsking(true)}
        >
          {t('deleteAll.button')}
        </button>
      </div>
    )
  }
  return (
    <form className="participants-delete-all participants-asking" onSubmit={submit}>
      <h4>{t('deleteAll.heading')}</h4>
      <p role="alert">{t('deleteAll.warning')}</p>
      <label htmlFor={`${id}-word`}>{t('deleteAll.type', { word })}</label>
      <input
        id={`${id}-word`}
        ref={field}
        type="text"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="participants-actions">
        <button
          type="submit"
          className="console-primary participants-danger-primary"
          disabled={busy || typed.trim() !== word}
        >
          {busy ? t('deleteAll.deleting') : t('deleteAll.confirm')}
        </button>
        <button type="button" className="console-button" onClick={cancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
    </form>
  )
}

function AuditLog({ audit }: { audit: Loaded<AuditEntry[]> }) {
  const { t, language } = useParticipantsText()
  const consoleText = useFacilitatorText()
  const when = new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : language, {
    dateStyle: 'short',
    timeStyle: 'medium',
  })
  return (
    <div className="participants-audit">
      <h4>{t('audit.heading')}</h4>
      {audit.status === 'failed' && (
        <p className="console-error">{failureText(audit.error, consoleText.t)}</p>
      )}
      {audit.status === 'ready' && audit.value.length === 0 && (
        <p className="console-muted">{t('audit.empty')}</p>
      )}
      {audit.status === 'ready' && audit.value.length > 0 && (
        <div className="participants-table">
          <table>
            <caption className="visually-hidden">{t('audit.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.count')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.value.slice(0, AUDIT_SHOWN).map((entry, index) => (
                <tr key={`${entry.at}-${index}`} data-action={entry.action}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{when.format(entry.at)}</time>
                  </td>
                  <td dir="auto">{entry.actorName}</td>
                  <td>{t(actionKey(entry.action))}</td>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

const ACTIONS = [
  'viewed',
  'exported',
  'imported',
  'created',
  'edited',
  'deleted',
  'deleted-all',
  'retention-set',
  'retention-expired',
] as const

/** The words of an audit action; an action this page does not know reads as "other". */
export function actionKey(action: string): ParticipantsKey {
  return (ACTIONS as readonly string[]).includes(action)
    ? (`audit.action.${action}` as ParticipantsKey)
    : 'audit.action.other'
}

function formatDay(epoch: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : language, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(epoch)
}
