import { Suspense, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { readClaims } from '../sync/me.js'
import { useBoardConnection } from '../sync/useBoardConnection.js'
import type { BoardConnection } from '../sync/useBoardConnection.js'
import type { BoardAddress } from '../sync/connection.js'
import type { PhoneViewProps } from '../phone/PhoneView.js'
import { ConductGate } from '../conduct/ConductDialog.js'
import { GatherBanner } from '../moderation/GatherBanner.js'
import { BOARD_LOCKED_CLOSE, LockedOut } from '../moderation/LockedOut.js'
import { DraftsStation } from '../drafts/context.js'
import { Message } from './Message.js'
import { OUT_OF_SCOPE_CLOSE, RefusedChange } from './RefusedChange.js'
import { chooseView } from './route.js'
import type { ViewParam } from './route.js'
import { takeToken } from './token.js'

/** A board, open and synced, and the view it shows on this screen. */
export type OpenedBoard = { connection: BoardConnection; address: BoardAddress; view: ViewParam }

/** The phone view's props for an opened board (both builds show it the same way). */
export function phoneViewProps({ connection, address }: OpenedBoard): PhoneViewProps {
  const { doc, awareness, me, status } = connection
  return { doc, awareness, me, status, address }
}

export type BoardShellProps = {
  workshop: string
  board: string
  /** The view the link asks for (`?view=`). */
  asked?: ViewParam
  /** Called at once with the view this screen will show, to fetch its code while the board syncs. */
  prefetch?: (view: ViewParam) => void
  /** The view itself, once the board is synced. */
  children: (board: OpenedBoard) => ReactNode
}

export function Loading() {
  const { t } = useTranslation()
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </div>
  )
}

/**
 * What every view of a board shares, with no view's code in it (the phone build and the app
 * both use it): the token from the link, the board's connection, the messages for a refused or
 * locked board, the code of conduct, the gather banner and the private drafts' station.
 */
export function BoardShell(props: BoardShellProps) {
  const { t } = useTranslation()
  const [token] = useState(() =>
    takeToken(props.workshop, props.board, {
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    }),
  )
  if (!token || !readClaims(token))
    return <Message title={t('app.noToken.title')} body={t('app.noToken.body')} />
  return <OpenBoard {...props} address={{ workshop: props.workshop, board: props.board, token }} />
}

function OpenBoard(props: BoardShellProps & { address: BoardAddress }) {
  const { t } = useTranslation()
  const { address, asked } = props
  const connection = useBoardConnection(address)
  // Decided once: turning a laptop's window narrow should not swap the canvas for the phone view.
  const [width] = useState(() => window.innerWidth)
  const view = chooseView(asked, connection.me.canWrite, width)
  props.prefetch?.(view)
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
      {props.children({ connection, address, view })}
    </Suspense>
  )
}
