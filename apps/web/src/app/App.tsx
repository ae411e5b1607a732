import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { setupI18n } from '../i18n/index.js'
import { BoardPage } from './BoardPage.js'
import { Message } from './Message.js'
import { parseRoute } from './route.js'
import './app.css'

setupI18n()

// The console is the facilitator's alone: no participant's phone downloads it.
const ConsolePage = lazy(() => import('../facilitator/ConsolePage.js'))
// The printable report is read by the facilitator and observers only, in its own chunk.
const ReportPage = lazy(() => import('../report/ReportPage.js'))
// The printable toolkit is public: its own chunk too.
const ToolkitPage = lazy(() => import('../toolkit/ToolkitPage.js'))
// The invitation pages are an invitee's first visit: they load apart from the boards.
const JoinPage = lazy(() => import('../join/JoinPage.js'))
const RsvpPage = lazy(() => import('../join/RsvpPage.js'))

/**
 * The web app: a board page at `/w/<workshop>/<board>`, the facilitator console at
 * `/w/<workshop>/console`, a welcome page, or "not found".
 */
export function App() {
  const { t } = useTranslation()
  const route = parseRoute(window.location.pathname, window.location.search)
  switch (route.kind) {
    case 'board':
      return <BoardPage workshop={route.workshop} board={route.board} view={route.view} />
    case 'console':
      return (
        <Suspense fallback={<Message title={t('app.loading')} />}>
          <ConsolePage workshop={route.workshop} />
        </Suspense>
      )
    case 'report':
      return (
        <Suspense fallback={<Message title={t('app.loading')} />}>
          <ReportPage workshop={route.workshop} />
        </Suspense>
      )
    case 'toolkit':
      return (
        <Suspense fallback={<Message title={t('app.loading')} />}>
          <ToolkitPage workshop={route.workshop} />
        </Suspense>
      )
    case 'join':
      return (
        <Suspense fallback={<Message title={t('app.loading')} />}>
          <JoinPage code={route.code} />
        </Suspense>
      )
    case 'rsvp':
      return (
        <Suspense fallback={<Message title={t('app.loading')} />}>
          <RsvpPage code={route.code} />
        </Suspense>
      )
    case 'home':
      return <Message title={t('app.home.title')} body={t('app.home.body')} />
    case 'notFound':
      return <Message title={t('app.notFound')} />
  }
}
