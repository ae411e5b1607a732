import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { useTranslation } from 'react-i18next'
import { setupI18n } from '../i18n/index.js'
import { PhoneView } from '../phone/index.js'
import { BoardShell, phoneViewProps } from './BoardShell.js'
import { Message } from './Message.js'
import { parseRoute } from './route.js'
import './app.css'

setupI18n()

/**
 * The phone build's one page: a board in the phone view, in the same shell as the app's board
 * page (token, connection, code of conduct, drafts), with no other view's code.
 */
function PhoneBoardPage() {
  const { t } = useTranslation()
  const route = parseRoute(window.location.pathname, window.location.search)
  if (route.kind !== 'board') return <Message title={t('app.notFound')} />
  return (
    <BoardShell workshop={route.workshop} board={route.board} asked={route.view}>
      {(opened) => <PhoneView {...phoneViewProps(opened)} />}
    </BoardShell>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('Atelier: #root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <PhoneBoardPage />
  </StrictMode>,
)
