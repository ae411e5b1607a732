import { Suspense, lazy, useCallback, useEffect, useState } from 'react'
import { label } from '@atelier/model'
import type { LabelKey } from '@atelier/model'
import { Message } from '../app/Message.js'
import { takeToken } from '../app/token.js'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js'
import { directionOf } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'
import { readClaims } from '../sync/me.js'
import { CrossSection } from './CrossSection.js'
import { RoadmapSection } from './RoadmapSection.js'
import { SessionSection } from './SessionSection.js'
import { useReportText } from './strings.js'
import type { ReportText } from './strings.js'
import type { Report, SessionReport } from './types.js'
import '../printable/printable.css'
import './report.css'

// The board pictures draw with the board's Konva canvas: that code loads only here.
const BoardPicture = lazy(() => import('./BoardPicture.js'))

/**
 * The consultation's one workshop-wide roadmap board (the relay's `ROADMAP_BOARD_ID`). The
 * report model names no board, and an observer may not read the consultation that lists it.
 */
const ROADMAP_BOARD = 'roadmap'

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

  // `data-report-failed` tells the relay's PDF printer (report.pdf) that nothing will print.
  if (!token || !claims) {
    return (
      <div data-report-failed="noToken">
        <Message title={t('report')} body={t('noToken')} />
      </div>
    )
  }
  if (claims.role !== 'facilitator' && claims.role !== 'observer') {
    return (
      <div data-report-failed="notAllowed">
        <Message title={t('report')} body={t('notAllowed')} />
      </div>
    )
  }
  if (load.status === 'loading') return <Message title={t('report')} body={t('loading')} />
  if (load.status === 'failed') {
    return (
      <div className="report-page printable" data-report-failed={load.reason}>
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

/**
 * The printed page: A4, with the consultation's title above and the page number below; the
 * roadmap's pages (`page: roadmap` in report.css) turned landscape. The named page comes after
 * the plain one: Chromium lets the later of the two set the size.
 */
function PrintFrame({ title }: { title: string }) {
  const css = `@page { size: A4; margin: 20mm 16mm 18mm;
  @top-center { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #555; }
  @bottom-center { content: counter(page) " / " counter(pages); direction: ltr; font: 9pt system-ui, sans-serif; color: #555; } }
@page roadmap { size: A4 landscape; }`
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
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set())
  const onSettled = useCallback(
    (drawn: string) => setSettled((done) => (done.has(drawn) ? done : new Set(done).add(drawn))),
    [],
  )
  // Every board picture drawn: what the relay's PDF printer waits for (report.pdf).
  const pictures = [
    ...report.sessions.map((session) => `${session.id}-plenary`),
    ...(report.roadmap.length > 0 ? [ROADMAP_BOARD] : []),
  ]
  const ready = pictures.every((picture) => settled.has(picture))
  return (
    <div
      className="report-page printable"
      dir={directionOf(language)}
      lang={language}
      data-ready={ready ? 'true' : 'false'}
    >
      <PrintFrame title={report.title} />
      {/* The print and language chrome is the page's banner; the report itself its main part. */}
      <header className="report-chrome printable-chrome">
        <button type="button" className="report-button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <LanguageSwitcher />
      </header>
      <main className="report-main">
        <header className="report-cover">
          <p className="report-kind">{t('report')}</p>
          <h1 dir="auto">{report.title}</h1>
          <p className="printable-muted">{t('generated', { date })}</p>
        </header>
        <nav className="report-contents printable-contents" aria-labelledby="report-contents">
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
            <li>
              <a href="#roadmap">{t('roadmap')}</a>
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
                  onSettled={onSettled}
                />
              </Suspense>
            }
          />
        ))}
        <CrossSection report={report} t={t} language={language} l={l} />
        <RoadmapSection
          actions={report.roadmap}
          t={t}
          picture={
            <Suspense fallback={null}>
              <BoardPicture
                {...board}
                board={ROADMAP_BOARD}
                locale={language}
                alt={t('roadmapBoard')}
                onSettled={onSettled}
              />
            </Suspense>
          }
        />
      </main>
    </div>
  )
}
