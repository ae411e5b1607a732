import { Suspense, lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RecommendationsPanel } from '../editor/lazy.js'
import { HistoryButton } from '../history/lazy.js'
import { readClaims } from '../sync/me.js'
import { useBoardConnection } from '../sync/useBoardConnection.js'
import type { BoardAddress } from '../sync/connection.js'
import { ConductGate } from '../conduct/ConductDialog.js'
import { GatherBanner } from '../moderation/GatherBanner.js'
import { BOARD_LOCKED_CLOSE, LockedOut } from '../moderation/LockedOut.js'
import { Message } from './Message.js'
import { OUT_OF_SCOPE_CLOSE, RefusedChange } from './RefusedChange.js'
import { chooseView } from './route.js'
import type { ViewParam } from './route.js'
import { takeToken } from './token.js'
import { DraftsStation } from '../drafts/context.js'

// Each view is its own chunk: a phone never downloads the canvas, a projector never the phone view.
const loadBoardView = () => import('../board/BoardView.js')
const loadPhoneView = () =>
  import('../phone/index.js').then((module) => ({ default: module.PhoneView }))
const BoardView = lazy(loadBoardView)
const PhoneView = lazy(loadPhoneView)

function Loading() {
  const { t } = useTranslation()
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </div>
  )
}

function OpenBoard({ address, asked }: { address: BoardAddress; asked?: ViewParam }) {
  const { t } = useTranslation()
  const connection = useBoardConnection(address)
  // Decided once: turning a laptop's window narrow should not swap the canvas for the phone view.
  const [width] = useState(() => window.innerWidth)
  const view = chooseView(asked, connection.me.canWrite, width)
  // Fetch the view's code while the board syncs, not after (import() runs once per module).
  void (view === 'phone' ? loadPhoneView() : loadBoardView())
  if (connection.refused && !connection.synced) {
    return <Message title={t('app.refused.title')} body={t('app.refused.body')} />
  }
  if (!connection.synced) return <Loading />
  return (
    <Suspense fallback={<Loading />}>
      <DraftsStation address={address} doc={connection.doc} />
      <ConductGate workshop={address.workshop} role={connection.me.role} view={view} />
      <GatherBanner doc={connection.doc} {...address} view={asked} role={connection.me.role} />
      {connection.refused && connection.closeCode === BOARD_LOCKED_CLOSE && (
        <LockedOut onRetry={() => connection.provider.connect()} />
      )}
      {connection.refused && connection.closeCode === OUT_OF_SCOPE_CLOSE && (
        <RefusedChange onReload={connection.discardLocalCopy} />
      )}
      {view === 'phone' ? (
        <PhoneView
          doc={connection.doc}
          awareness={connection.awareness}
          me={connection.me}
          status={connection.status}
          address={address}
        />
      ) : (
        <BoardView
          connection={connection}
          boardId={address.board}
          address={address}
          mode={view}
          aside={<RecommendationsPanel {...connection} />}
          asideTitle={t('aside.recommendations')}
          topActions={
            connection.me.role === 'facilitator' ? (
              <HistoryButton
                {...address}
                doc={connection.doc}
                awareness={connection.awareness}
                me={connection.me}
              />
            ) : undefined
          }
        />
      )}
    </Suspense>
  )
}

/** A board's page: takes the token from the link, opens the board, and shows the view for this screen. */
export function BoardPage({
  workshop,
  board,
  view,
}: {
  workshop: string
  board: string
  view?: ViewParam
}) {
  const { t } = useTranslation()
  const [token] = useState(() =>
    takeToken(workshop, board, {
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    }),
  )
  if (!token || !readClaims(token))
    return <Message title={t('app.noToken.title')} body={t('app.noToken.body')} />
  return <OpenBoard address={{ workshop, board, token }} asked={view} />
}
