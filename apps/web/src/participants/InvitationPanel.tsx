import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { failureText } from '../facilitator/failure.js'
import { useFacilitatorText } from '../facilitator/strings.js'
import type { Participant } from './api.js'
import { InvitationLanguage } from './invitation-api.js'
import type { Invitation, InvitationApi } from './invitation-api.js'
import { useInvitationText } from './invitation-strings.js'
import './invitations.css'
import { useParticipantsText } from './strings.js'

type State =
  | { kind: 'making' }
  | { kind: 'ready'; invitation: Invitation }
  | { kind: 'revoked' }
  | { kind: 'failed'; error: unknown }

/**
 * A participant's invitation: made when there is none, then its personal link and RSVP link,
 * its QR code (fetched with the token and shown from memory), its text in French, Arabic or
 * English to paste into a message, the participant's status, and revoking its code. No personal
 * data goes into an address: the routes name the participant by pseudonymous id only.
 */
export function InvitationPanel({
  api,
  participant,
  close,
}: {
  api: InvitationApi
  participant: Participant
  close: () => void
}) {
  const { t, language } = useInvitationText()
  const participantsText = useParticipantsText()
  const consoleText = useFacilitatorText()
  const heading = useId()
  const [state, setState] = useState<State>({ kind: 'making' })
  const [attempt, setAttempt] = useState(0)
  const [asking, setAsking] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let current = true
    setState({ kind: 'making' })
    api.invite(participant.id).then(
      (invitation) => current && setState({ kind: 'ready', invitation }),
      (error: unknown) => current && setState({ kind: 'failed', error }),
    )
    return () => {
      current = false
    }
  }, [api, participant.id, attempt])
  useEffect(() => headingRef.current?.focus(), [])

  const revoke = (code: string) => {
    api.revoke(code).then(
      () => {
        setAsking(false)
        setState({ kind: 'revoked' })
      },
      (error: unknown) => setState({ kind: 'failed', error }),
    )
  }
  const name = participant.displayName ?? participant.name
  const expires = (at: number) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(at))

  return (
    <section
      className="console-card invitation-panel"
      aria-labelledby={heading}
      data-participant={participant.id}
    >
      <div className="invitation-panel-head">
        <h3 id={heading} ref={headingRef} tabIndex={-1} dir="auto">
          {t('panel.heading', { name })}
        </h3>
        <button type="button" className="console-button" onClick={close}>
          {t('panel.close')}
        </button>
      </div>
      <p className="invitation-status">
        {t('panel.status', {
          status: participantsText.t(`status.${participant.status}`),
        })}
      </p>
      {state.kind === 'making' && <p className="console-muted">{t('panel.making')}</p>}
      {state.kind === 'failed' && (
        <p className="console-error" role="alert">
          {t('panel.failed', { reason: failureText(state.error, consoleText.t) })}{' '}
          <button type="button" className="console-button" onClick={() => setAttempt((n) => n + 1)}>
            {consoleText.t('retry')}
          </button>
        </p>
      )}
      {state.kind === 'revoked' && (
        <div className="invitation-revoked">
          <p role="status">{t('panel.revoked')}</p>
          <button
            type="button"
            className="console-primary"
            onClick={() => setAttempt((n) => n + 1)}
          >
            {t('panel.renew')}
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <p className="console-muted">
            <span dir="ltr">{t('panel.code', { code: state.invitation.code })}</span> ·{' '}
            {t('panel.expires', { date: expires(state.invitation.expiresAt) })}
          </p>
          <div className="invitation-grid">
            <div className="console-stack">
              <CopyField label={t('panel.link')} value={state.invitation.link} kind="link" />
              <CopyField
                label={t('panel.rsvpLink')}
                value={state.invitation.rsvpLink}
                kind="rsvp"
              />
              <InvitationTextBox api={api} participant={participant.id} />
            </div>
            <QrCode
              api={api}
              participant={participant.id}
              code={state.invitation.code}
              name={name}
            />
          </div>
          <div className="participants-actions invitation-revoke">
            {asking ? (
              <span role="group" aria-label={t('panel.revoke')} className="participants-confirm">
                <span>{t('panel.revokeAsk')}</span>
                <button
                  type="button"
                  className="console-button participants-danger"
                  onClick={() => revoke(state.invitation.code)}
                >
                  {t('panel.revokeConfirm')}
                </button>
                <button type="button" className="console-button" onClick={() => setAsking(false)}>
                  {participantsText.t('cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="console-button participants-danger"
                onClick={() => setAsking(true)}
              >
                {t('panel.revoke')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  )
}

/** Copies `text`: the Clipboard API, else the selected field and the older copy command. */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement) {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!field) return false
    field.focus()
    field.select()
    return document.execCommand('copy')
  }
}

function useCopy() {
  const [copied, setCopied] = useState<boolean>()
  const copy = useCallback((text: string, field?: HTMLInputElement | HTMLTextAreaElement) => {
    copyText(text, field).then(setCopied, () => setCopied(false))
  }, [])
  const reset = useCallback(() => setCopied(undefined), [])
  return { copied, copy, reset }
}

function CopyResult({ copied }: { copied: boolean | undefined }) {
  const { t } = useInvitationText()
  if (copied === undefined) return null
  return (
    <span className={copied ? 'invitation-copied' : 'console-error'} role="status">
      {copied ? t('panel.copied') : t('panel.copyFailed')}
    </span>
  )
}

function CopyField({ label, value, kind }: { label: string; value: string; kind: string }) {
  const { t } = useInvitationText()
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const { copied, copy } = useCopy()
  return (
    <div className="invitation-copy" data-copy={kind}>
      <label htmlFor={id}>{label}</label>
      <div className="invitation-copy-row">
        <input
          id={id}
          ref={field}
          type="text"
          dir="ltr"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="console-button"
          aria-label={t('panel.copyLabel', { what: label })}
          onClick={() => copy(value, field.current ?? undefined)}
        >
          {t('panel.copy')}
        </button>
      </div>
      <CopyResult copied={copied} />
    </div>
  )
}

/** The invitation's text in the chosen language, read-only, with a Copy button. */
function InvitationTextBox({ api, participant }: { api: InvitationApi; participant: string }) {
  const { t, language } = useInvitationText()
  const consoleText = useFacilitatorText()
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const [lang, setLang] = useState<InvitationLanguage>(language)
  const [text, setText] = useState<string>()
  const [failure, setFailure] = useState<unknown>()
  const { copied, copy, reset } = useCopy()

  useEffect(() => {
    let current = true
    setText(undefined)
    setFailure(undefined)
    reset()
    api.text(participant, lang).then(
      (answer) => current && setText(answer),
      (error: unknown) => current && setFailure(error),
    )
    return () => {
      current = false
    }
  }, [api, participant, lang, reset])

  return (
    <div className="invitation-text">
      <div className="invitation-text-head">
        <label htmlFor={id}>{t('panel.text')}</label>
        <label className="invitation-language">
          <span>{t('panel.language')}</span>
          <select
            value={lang}
            onChange={(event) => setLang(event.target.value as InvitationLanguage)}
          >
            {InvitationLanguage.map((each) => (
              <option key={each} value={each} lang={each}>
                {t(`language.${each}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={12}
        lang={lang}
        dir={lang === 'ar' ? 'rtl' : 'ltr'}
        value={text ?? t('panel.textLoading')}
        aria-busy={text === undefined}
      />
      <div className="participants-actions">
        <button
          type="button"
          className="console-button"
          disabled={text === undefined}
          onClick={() => text !== undefined && copy(text, field.current ?? undefined)}
        >
          {t('panel.copyText')}
        </button>
        <CopyResult copied={copied} />
      </div>
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
    </div>
  )
}

/** The QR code of the personal link, from an object URL of the SVG the relay gives the token. */
function QrCode({
  api,
  participant,
  code,
  name,
}: {
  api: InvitationApi
  participant: string
  code: string
  name: string
}) {
  const { t } = useInvitationText()
  const consoleText = useFacilitatorText()
  const [source, setSource] = useState<string>()
  const [failure, setFailure] = useState<unknown>()

  useEffect(() => {
    let current = true
    let url: string | undefined
    api.qr(participant, 'svg').then(
      (blob) => {
        if (!current) return
        url = URL.createObjectURL(blob)
        setSource(url)
      },
      (error: unknown) => current && setFailure(error),
    )
    return () => {
      current = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [api, participant, code])

  const download = () => {
    setFailure(undefined)
    api.qr(participant, 'png').then((blob) => {
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = `invitation-${code}.png`
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    }, setFailure)
  }

  return (
    <figure className="invitation-qr">
      {source ? (
        <img src={source} alt={t('panel.qrAlt', { name })} width={220} height={220} />
      ) : (
        <p className="console-muted">{t('panel.qrLoading')}</p>
      )}
      <figcaption>{t('panel.qr')}</figcaption>
      <button type="button" className="console-button" onClick={download}>
        {t('panel.downloadPng')}
      </button>
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
    </figure>
  )
}
