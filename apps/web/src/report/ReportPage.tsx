import { Suspense, lazy, useCallback, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { label } from '@atelier/model'
import type { LabelKey } from '@atelier/model'
import { getSessionTemplate, localize } from '@atelier/toolkit'
import { Message } from '../app/Message.js'
import { takeToken } from '../app/token.js'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { directionOf } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'
import { readClaims } from '../sync/me.js'
import { useReportText } from './strings.js'
import type { ReportText } from './strings.js'
import { FIGURES } from './types.js'
import type { Report, ReportNote, ReportScores, SessionReport, Verdict } from './types.js'
import './report.css'

// The board pictures draw with the board's Konva canvas: that code loads only here.
const BoardPicture = lazy(() => import('./BoardPicture.js'))

/** Where the report page's token is kept in the tab, beside the boards' own. */
export const REPORT_KEY = 'report'

type Load =
  | { status: 'loading' }
  | { status: 'ready'; report: Report }
  | { status: 'failed'; reason: 'failed' | 'notAllowed' | 'noConsultation' }

/**
 * The printable consultation report at `/w/<workshop>/report#token=<facilitator or observer
 * token>`: the report model from `GET /api/workshops/<w>/report.json`, in the interface's
 * language, laid out for A4 (one session per printed page run, header and footer with the
 * consultation's title). "Print / save as PDF" opens the browser's print dialog.
 */
export default function ReportPage({ workshop }: { workshop: string }) {
  const { t, language } = useReportText()
  const [token] = useState(() =>
    takeToken(workshop, REPORT_KEY, {
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    }),
  )
  const claims = token ? readClaims(token) : undefined
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    if (!token) return
    let live = true
    setLoad({ status: 'loading' })
    fetch(`/api/workshops/${workshop}/report.json?lang=${language}`, {
      headers: { authorization: `Bearer ${token}` },
    })
      .then(async (response) => {
        if (!live) return
        if (response.status === 401 || response.status === 403) {
          setLoad({ status: 'failed', reason: 'notAllowed' })
        } else if (response.status === 404) {
          setLoad({ status: 'failed', reason: 'noConsultation' })
        } else if (!response.ok) {
          setLoad({ status: 'failed', reason: 'failed' })
        } else {
          const report = (await response.json()) as Report
          if (live) setLoad({ status: 'ready', report })
        }
      })
      .catch(() => {
        if (live) setLoad({ status: 'failed', reason: 'failed' })
      })
    return () => {
      live = false
    }
  }, [workshop, token, language, attempt])

  useEffect(() => {
    if (load.status === 'ready') document.title = load.report.title
  }, [load])

  if (!token || !claims) return <Message title={t('report')} body={t('noToken')} />
  if (claims.role !== 'facilitator' && claims.role !== 'observer') {
    return <Message title={t('report')} body={t('notAllowed')} />
  }
  if (load.status === 'loading') return <Message title={t('report')} body={t('loading')} />
  if (load.status === 'failed') {
    return (
      <div className="report-page">
        <p role="alert">{t(load.reason)}</p>
        {load.reason === 'failed' && (
          <button type="button" className="report-button" onClick={retry}>
            {t('retry')}
          </button>
        )}
      </div>
    )
  }
  return <ReportView report={load.report} t={t} language={language} board={{ workshop, token }} />
}

/** A CSS string literal, so a title cannot end the `content:` it is written in. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`
}

/** The printed page: A4, with the consultation's title above and the page number below. */
function PrintFrame({ title }: { title: string }) {
  const css = `@page { size: A4; margin: 20mm 16mm 18mm;
  @top-center { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #555; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }`
  return <style>{css}</style>
}

type BoardAccess = { workshop: string; token: string }

function ReportView({
  report,
  t,
  language,
  board,
}: {
  report: Report
  t: ReportText
  language: Language
  board: BoardAccess
}) {
  const l = (key: string) => label(key as LabelKey, language)
  const dateTag = language === 'ar' ? 'ar-MA' : language === 'en' ? 'en-GB' : 'fr-FR'
  const date = new Date(report.generatedAt).toLocaleDateString(dateTag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  })
  const sessionTitle = (session: SessionReport, index: number) =>
    t('session', { number: index + 1, title: session.title })
  return (
    <div className="report-page" dir={directionOf(language)} lang={language}>
      <PrintFrame title={report.title} />
      <div className="report-chrome">
        <button type="button" className="report-button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <LanguageSwitcher />
      </div>
      <header className="report-cover">
        <p className="report-kind">{t('report')}</p>
        <h1 dir="auto">{report.title}</h1>
        <p className="report-muted">{t('generated', { date })}</p>
      </header>
      <nav className="report-contents" aria-labelledby="report-contents">
        <h2 id="report-contents">{t('contents')}</h2>
        <ol>
          {report.sessions.map((session, index) => (
            <li key={session.id}>
              <a href={`#session-${session.id}`}>{sessionTitle(session, index)}</a>
            </li>
          ))}
          <li>
            <a href="#cross-sector">{t('crossSector')}</a>
          </li>
        </ol>
      </nav>
      {report.sessions.map((session, index) => (
        <SessionSection
          key={session.id}
          session={session}
          heading={sessionTitle(session, index)}
          authors={report.authors}
          t={t}
          l={l}
          picture={
            <Suspense fallback={null}>
              <BoardPicture
                {...board}
                board={`${session.id}-plenary`}
                locale={language}
                alt={t('plenaryBoard')}
              />
            </Suspense>
          }
        />
      ))}
      <CrossSection report={report} t={t} language={language} l={l} />
    </div>
  )
}

type Label = (key: string) => string

function scoresText(scores: ReportScores | undefined, l: Label): string {
  if (!scores) return ''
  if (scores.kind === 'riskMatrix') {
    return `${l('axis.likelihood')} ${scores.likelihood} · ${l('axis.impact')} ${scores.impact}`
  }
  if (scores.kind === 'actionMatrix') {
    return `${l('axis.urgency')} ${scores.urgency} · ${l('axis.feasibility')} ${scores.feasibility}`
  }
  return l(`lane.${scores.lane}`)
}

function verdictText(verdict: Verdict | undefined, t: ReportText): string {
  return verdict ? t(`verdict.${verdict}`) : t('notDecided')
}

function None({ t }: { t: ReportText }) {
  return <p className="report-muted">{t('none')}</p>
}

function NotesTable({
  notes,
  authors,
  t,
  l,
}: {
  notes: ReportNote[]
  authors: boolean
  t: ReportText
  l: Label
}) {
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th>{t('text')}</th>
          <th>{t('scores')}</th>
          <th>{t('votes')}</th>
          <th>{t('tags')}</th>
          {authors && <th>{t('author')}</th>}
        </tr>
      </thead>
      <tbody>
        {notes.map((note) => (
          <tr key={note.id}>
            <td dir="auto">{note.text}</td>
            <td>{scoresText(note.scores, l)}</td>
            <td className="report-number">{note.votes}</td>
            <td dir="auto">{note.tags.map((tag) => `#${tag}`).join(' ')}</td>
            {authors && <td dir="auto">{note.author ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function SessionSection({
  session,
  heading,
  authors,
  t,
  l,
  picture,
}: {
  session: SessionReport
  heading: string
  authors: boolean
  t: ReportText
  l: Label
  /** The session's plenary board as the room saw it. */
  picture: ReactNode
}) {
  return (
    <section className="report-session" id={`session-${session.id}`} data-session={session.id}>
      <h2>{heading}</h2>
      <section data-part="synthesis">
        <h3>{t('synthesis')}</h3>
        {session.subgroups.map((group) => (
          <div key={group.board} className="report-subgroup" data-board={group.board}>
            <h4 dir="auto">{group.title}</h4>
            {group.categories.length === 0 && <None t={t} />}
            {group.categories.map(({ category, notes }) => (
              <div key={category}>
                <h5>{l(`category.${category}`)}</h5>
                <NotesTable notes={notes} authors={authors} t={t} l={l} />
              </div>
            ))}
          </div>
        ))}
      </section>
      <section data-part="findings">
        <h3>{t('mainFindings')}</h3>
        {session.mainFindings.length === 0 ? (
          <None t={t} />
        ) : (
          <ol>
            {session.mainFindings.map((note) => (
              <li key={note.id}>
                <span dir="auto">{note.text}</span>{' '}
                <span className="report-muted">({t('votesCount', { count: note.votes })})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section data-part="priorities">
        <h3>{t('priorities')}</h3>
        <figure className="report-figure">
          {picture}
          <figcaption>{t('plenaryBoard')}</figcaption>
        </figure>
        {session.priorities.length === 0 ? (
          <None t={t} />
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('rank')}</th>
                <th>{t('text')}</th>
                <th>{t('votes')}</th>
                <th>{t('verdict')}</th>
                <th>{t('level')}</th>
                <th>{t('reservation')}</th>
                <th>{t('from')}</th>
              </tr>
            </thead>
            <tbody>
              {session.priorities.map((item) => (
                <tr key={item.note.id} data-verdict={item.verdict ?? 'none'}>
                  <td className="report-number">{item.rank}</td>
                  <td dir="auto">{item.note.text}</td>
                  <td className="report-number">{item.note.votes}</td>
                  <td>{verdictText(item.verdict, t)}</td>
                  <td>{item.note.priority ? l(`priority.${item.note.priority}`) : ''}</td>
                  <td dir="auto">{item.reservation ?? ''}</td>
                  <td dir="auto">{item.from ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section data-part="recommendations">
        <h3>{t('recommendations')}</h3>
        {session.recommendations.length === 0 && <None t={t} />}
        {session.recommendations.map((item, index) => (
          <article key={`${item.board}-${index}`} className="report-recommendation">
            <h4 dir="auto">
              {item.title} <span className="report-badge">{l(`priority.${item.priority}`)}</span>
            </h4>
            <p className="report-muted" dir="auto">
              {item.boardTitle}
            </p>
            {item.text && <p dir="auto">{item.text}</p>}
            {item.actors.length > 0 && (
              <p dir="auto">
                <strong>{t('actors')}</strong> {item.actors.join(', ')}
              </p>
            )}
          </article>
        ))}
      </section>
      <section data-part="participation">
        <h3>{t('participation')}</h3>
        <table className="report-table report-figures">
          <thead>
            <tr>
              <th>{t('figure')}</th>
              <th>{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.filter((name) => session.participation[name] !== undefined).map((name) => (
              <tr key={name}>
                <td>{t(`figure.${name}`)}</td>
                <td className="report-number">{session.participation[name]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}

function CrossSection({
  report,
  t,
  language,
  l,
}: {
  report: Report
  t: ReportText
  language: Language
  l: Label
}) {
  const name = (id: string) => {
    const template = getSessionTemplate(id)
    return template ? localize(template.title, language) : id
  }
  const keyText = (key: { kind: 'tag' | 'text'; value: string }) =>
    key.kind === 'tag' ? `#${key.value}` : `“${key.value}”`
  const { themes, priorities, disagreements } = report.crossSector
  const recurring = themes.filter((theme) => theme.sessions.length >= 2)
  return (
    <section className="report-session" id="cross-sector" data-part="cross-sector">
      <h2>{t('crossSector')}</h2>
      <h3>{t('recurringThemes')}</h3>
      {recurring.length === 0 ? (
        <None t={t} />
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('tags')}</th>
              <th>{t('sessions')}</th>
              <th>{t('votes')}</th>
              <th>{t('level')}</th>
            </tr>
          </thead>
          <tbody>
            {recurring.map((theme) => (
              <tr key={theme.tag}>
                <td dir="auto">#{theme.tag}</td>
                <td>{theme.sessions.map((entry) => name(entry.session)).join(', ')}</td>
                <td className="report-number">
                  {theme.sessions.reduce((sum, entry) => sum + entry.votes, 0)}
                </td>
                <td>
                  {theme.sessions
                    .map(
                      (entry) =>
                        `${name(entry.session)} : ${entry.level ? l(`priority.${entry.level}`) : '—'}`,
                    )
                    .join(' ; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('recurringPriorities')}</h3>
      {priorities.length === 0 ? (
        <None t={t} />
      ) : (
        <ul>
          {priorities.map((group) => (
            <li key={`${group.key.kind}:${group.key.value}`}>
              <span dir="auto">{keyText(group.key)}</span>
              <ul>
                {group.entries.map((entry, index) => (
                  <li key={index} dir="auto">
                    {name(entry.session)} — {entry.text} ({verdictText(entry.verdict, t)})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('disagreements')}</h3>
      {disagreements.length === 0 ? (
        <None t={t} />
      ) : (
        <ul>
          {disagreements.map((item, index) => (
            <li key={index}>
              <strong dir="auto">{keyText(item.key)}</strong> — {t(`disagreement.${item.kind}`)}
              <ul>
                {[...item.for, ...item.against].map((entry, at) => (
                  <li key={at} dir="auto">
                    {name(entry.session)} — {entry.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
