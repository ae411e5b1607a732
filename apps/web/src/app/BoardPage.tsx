import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { RecommendationsPanel } from '../editor/lazy.js'
import { HistoryButton } from '../history/lazy.js'
import { BoardShell, phoneViewProps } from './BoardShell.js'
import type { ViewParam } from './route.js'

// Each view is its own chunk: a phone never downloads the canvas, a projector never the phone
// view. (A phone's board page normally runs the phone build instead: see src/main.tsx.)
const loadBoardView = () => import('../board/BoardView.js')
const loadPhoneView = () =>
  import('../phone/index.js').then((module) => ({ default: module.PhoneView }))
const BoardView = lazy(loadBoardView)
const PhoneView = lazy(loadPhoneView)

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
  return (
    <BoardShell
      workshop={workshop}
      board={board}
      asked={view}
      // Fetch the view's code while the board syncs, not after (import() runs once per module).
      prefetch={(chosen) => void (chosen === 'phone' ? loadPhoneView() : loadBoardView())}
    >
      {(opened) => {
        const { connection, address, view: chosen } = opened
        return chosen === 'phone' ? (
          <PhoneView {...phoneViewProps(opened)} />
        ) : (
          <BoardView
            connection={connection}
            boardId={address.board}
            address={address}
            mode={chosen}
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
        )
      }}
    </BoardShell>
  )
}
