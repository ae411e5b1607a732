import { useState } from 'react'
import { Message } from '../app/Message.js'
import { takeToken } from '../app/token.js'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { ConsolePart, ConsoleParts, ParticipantsSection } from '../participants/lazy.js'
import { readClaims } from '../sync/me.js'
import { CreateConsultation } from './CreateConsultation.js'
import { failureText } from './failure.js'
import { useConsultation, useConsultationApi, usePresence } from './hooks.js'
import { ReportExports } from './ReportExports.js'
import { RoadmapCard } from '../roadmap/RoadmapCard.js'
import { SessionConsole } from './SessionConsole.js'
import { ConsultationFileCard } from '../venue/ConsultationFileCard.js'
import { VenueCard } from '../venue/VenueCard.js'
import { UpstreamCard } from '../upstream/UpstreamCard.js'
import { useFacilitatorText } from './strings.js'
import './console.css'

/** Where the console's token is kept in the tab, beside the boards' own. */
export const CONSOLE_KEY = 'console'

/**
 * The facilitator console at `/w/<workshop>/console#token=<facilitator token>`: creates the
 * workshop's consultation, then runs each session (phases, countdown, lock, voting) and shows
 * every board with who is on it. The relay checks the token on every call; the page only reads
 * it to greet the wrong role with a clear message.
 */
export default function ConsolePage({ workshop }: { workshop: string }) {
  const { t } = useFacilitatorText()
  const [token] = useState(() =>
    takeToken(workshop, CONSOLE_KEY, {
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    }),
  )
  const claims = token ? readClaims(token) : undefined
  if (!token || !claims) return <Message title={t('title')} body={t('noToken')} />
  if (claims.role !== 'facilitator')
    return <Message title={t('title')} body={t('notFacilitator')} />
  return <Console workshop={workshop} token={token} />
}

function Console({ workshop, token }: { workshop: string; token: string }) {
  const { t } = useFacilitatorText()
  const api = useConsultationApi(workshop, token)
  const { state, reload, created } = useConsultation(api)
  const { presence, error: presenceError } = usePresence(api, state.status === 'ready')
  const [part, setPart] = useState<ConsolePart>(ConsolePart.sessions)
  return (
    <div className="console-page">
      <header className="console-header">
        <span className="brand-mark" aria-hidden="true" />
        <div className="console-heading">
          <h1>{t('title')}</h1>
          {state.status === 'ready' && (
            <p className="console-muted" dir="auto">
              {state.consultation.title}
            </p>
          )}
        </div>
        {state.status === 'ready' && <ConsoleParts part={part} choose={setPart} />}
        <LanguageSwitcher />
      </header>
      <main className="console-main">
        {state.status === 'loading' && (
          <p className="console-muted" role="status">
            {t('loading')}
          </p>
        )}
        {state.status === 'failed' && (
          <div className="console-card" role="alert">
            <p className="console-error">{failureText(state.error, t)}</p>
            <button type="button" className="console-button" onClick={reload}>
              {t('retry')}
            </button>
          </div>
        )}
        {state.status === 'none' && <CreateConsultation api={api} onCreated={created} />}
        {state.status === 'ready' && part === ConsolePart.participants && (
          <ParticipantsSection
            workshop={workshop}
            token={token}
            consultation={state.consultation}
          />
        )}
        {state.status === 'ready' && part === ConsolePart.sessions && (
          <UpstreamCard workshop={workshop} token={token} consultation={state.consultation} />
        )}
        {state.status === 'ready' && part === ConsolePart.sessions && (
          <ReportExports workshop={workshop} token={token} />
        )}
        {state.status === 'ready' &&
          part === ConsolePart.sessions &&
          state.consultation.roadmap && (
            <RoadmapCard
              api={api}
              workshop={workshop}
              token={token}
              board={state.consultation.roadmap}
              presence={presence}
              presenceError={presenceError}
            />
          )}
        {state.status === 'ready' &&
          part === ConsolePart.sessions &&
          state.consultation.sessions.map((session) => (
            <SessionConsole
              key={session.id}
              api={api}
              workshop={workshop}
              token={token}
              session={session}
              presence={presence}
              presenceError={presenceError}
            />
          ))}
        {state.status === 'ready' && part === ConsolePart.sessions && (
          <VenueCard workshop={workshop} token={token} />
        )}
        {(state.status === 'none' ||
          (state.status === 'ready' && part === ConsolePart.sessions)) && (
          <ConsultationFileCard workshop={workshop} token={token} onCreated={reload} />
        )}
      </main>
    </div>
  )
}
