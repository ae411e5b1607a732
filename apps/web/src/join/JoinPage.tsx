import { useEffect, useState, type FormEvent } from 'react'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import {
  JoinFailure,
  boardLinkOf,
  previewJoin,
  redeemJoin,
  type JoinPass,
  type JoinPreview,
} from './api.js'
import { useJoinText, type JoinKey } from './strings.js'
import './join.css'

const MAX_NAME = 60

function failureOf(error: unknown): JoinKey {
  return error instanceof JoinFailure ? error.key : 'error.unexpected'
}

/** Opens the board a pass leads to: a new page load, so the board page takes the token. */
function open(pass: JoinPass): void {
  window.location.assign(boardLinkOf(pass))
}

/**
 * `/join/<code>`: exchanges a join code for a token and opens the board. A personal code (an
 * invitation) opens the invitee's sub-group board at once and checks them in; a room code (shown
 * by the projector) first asks for a display name, the only thing a walk-in gives. `/join`
 * alone asks for the code, as typed from the projector.
 */
export default function JoinPage({ code }: { code?: string }) {
  return code ? <Joining code={code} /> : <CodeEntry />
}

function CodeEntry() {
  const { t } = useJoinText()
  const [typed, setTyped] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    const code = typed.replace(/[\s-]/g, '')
    if (code) window.location.assign(`/join/${encodeURIComponent(code)}`)
  }
  return (
    <main className="message-page">
      <div className="message-card join-card">
        <span className="brand-mark large" aria-hidden="true" />
        <h1>{t('join.title')}</h1>
        <form className="join-form" onSubmit={submit}>
          <label htmlFor="join-code">{t('enter.code')}</label>
          <input
            id="join-code"
            className="join-code"
            value={typed}
            maxLength={24}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="primary">
            {t('enter.submit')}
          </button>
        </form>
        <LanguageSwitcher />
      </div>
    </main>
  )
}

function Joining({ code }: { code: string }) {
  const { t } = useJoinText()
  const [preview, setPreview] = useState<JoinPreview>()
  const [failure, setFailure] = useState<JoinKey>()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let cancelled = false
    async function start() {
      const found = await previewJoin(code)
      if (cancelled) return
      setPreview(found)
      if (found.kind === 'personal') open(await redeemJoin(code))
    }
    start().catch((error: unknown) => {
      if (!cancelled) setFailure(failureOf(error))
    })
    return () => {
      cancelled = true
    }
  }, [code])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const displayName = name.trim()
    if (displayName.length === 0 || displayName.length > MAX_NAME) {
      setFailure('join.nameRequired')
      return
    }
    setBusy(true)
    setFailure(undefined)
    try {
      open(await redeemJoin(code, displayName))
    } catch (error) {
      setFailure(failureOf(error))
      setBusy(false)
    }
  }

  const asksName = preview?.kind === 'room'
  return (
    <main className="message-page">
      <div className="message-card join-card">
        <span className="brand-mark large" aria-hidden="true" />
        <h1>{t('join.title')}</h1>
        {preview && <p className="join-lead">{preview.consultation}</p>}
        {!failure && !asksName && <p role="status">{preview ? t('join.opening') : t('loading')}</p>}
        {asksName && (
          <form className="join-form" onSubmit={(event) => void submit(event)}>
            {preview.board && <p>{t('join.group', { board: preview.board.title })}</p>}
            <label htmlFor="join-name">{t('join.name')}</label>
            <input
              id="join-name"
              value={name}
              maxLength={MAX_NAME}
              autoComplete="nickname"
              autoFocus
              aria-describedby="join-name-hint"
              onChange={(event) => setName(event.target.value)}
            />
            <p id="join-name-hint" className="hint">
              {t('join.nameHint')}
            </p>
            <button type="submit" className="primary" disabled={busy}>
              {t('join.submit')}
            </button>
          </form>
        )}
        {failure && (
          <p role="alert" className="join-error">
            {t(failure)}
          </p>
        )}
        <LanguageSwitcher />
      </div>
    </main>
  )
}
