import { useEffect, useState } from 'react'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { JoinFailure, answerRsvp, formatDate, loadRsvp, type RsvpView } from './api.js'
import { useJoinText, type JoinKey } from './strings.js'
import './join.css'

type Answer = 'confirmed' | 'declined'

function failureOf(error: unknown): JoinKey {
  return error instanceof JoinFailure ? error.key : 'error.unexpected'
}

/**
 * The page behind an invitation's link, `/rsvp/<code>`: the session, its date and place, the
 * invitee's display name, and two buttons to confirm or decline. No account, no password: the
 * code in the link is the key, and the page shows nothing of the person but their display name.
 */
export default function RsvpPage({ code }: { code: string }) {
  const { t, language } = useJoinText()
  const [view, setView] = useState<RsvpView>()
  const [failure, setFailure] = useState<JoinKey>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    loadRsvp(code).then(setView, (error: unknown) => setFailure(failureOf(error)))
  }, [code])

  async function answer(choice: Answer) {
    setBusy(true)
    setFailure(undefined)
    try {
      setView(await answerRsvp(code, choice))
    } catch (error) {
      setFailure(failureOf(error))
    } finally {
      setBusy(false)
    }
  }

  const status = view?.status
  return (
    <main className="message-page">
      <div className="message-card join-card">
        <span className="brand-mark large" aria-hidden="true" />
        <h1>{t('rsvp.title')}</h1>
        {!view && !failure && <p role="status">{t('loading')}</p>}
        {view && (
          <>
            <p className="join-lead">
              {t('rsvp.hello', { name: view.displayName })}{' '}
              {t('rsvp.invited', { consultation: view.consultation })}
            </p>
            <dl className="join-facts">
              <dt>{t('rsvp.session')}</dt>
              <dd>{view.session.title[language]}</dd>
              <dt>{t('rsvp.date')}</dt>
              <dd>{view.date ? formatDate(view.date, language) : t('rsvp.unknown')}</dd>
              <dt>{t('rsvp.place')}</dt>
              <dd>{view.place ?? t('rsvp.unknown')}</dd>
            </dl>
            {status === 'attended' ? (
              <p role="status">{t('rsvp.attended')}</p>
            ) : (
              <>
                <h2>{t('rsvp.question')}</h2>
                <div className="join-actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    aria-pressed={status === 'confirmed'}
                    onClick={() => void answer('confirmed')}
                  >
                    {t('rsvp.confirm')}
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    aria-pressed={status === 'declined'}
                    onClick={() => void answer('declined')}
                  >
                    {t('rsvp.decline')}
                  </button>
                </div>
                <div role="status" className="join-result">
                  {status === 'confirmed' && <p>{t('rsvp.confirmed')}</p>}
                  {status === 'declined' && <p>{t('rsvp.declined')}</p>}
                  {(status === 'confirmed' || status === 'declined') && (
                    <p className="hint">{t('rsvp.change')}</p>
                  )}
                </div>
              </>
            )}
          </>
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
