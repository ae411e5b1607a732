import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { directionOf } from '../i18n/index.js'
import { useControl } from '../session/hooks.js'
import {
  GATHER_COUNTDOWN_S,
  boardLink,
  forgetOrigin,
  gatherTarget,
  originOf,
  rememberOrigin,
} from './gather.js'
import { useModerationText } from './strings.js'
import './moderation.css'

export type GatherBannerProps = {
  doc: Y.Doc
  workshop: string
  board: string
  token: string
  /** The view asked for in the address, kept on the way there and back. */
  view?: string | undefined
  /** A facilitator stays where they are: they may be watching a group, or calling the room. */
  role: string
}

/**
 * The facilitator's call to the plenary on a board's screen: a banner, a short countdown, then
 * the plenary with the same token (the relay lets a token read boards outside its list). On
 * the plenary, once the facilitator disperses, a way back to the board this tab came from.
 */
export function GatherBanner({ doc, workshop, board, token, view, role }: GatherBannerProps) {
  const { gather } = useControl(doc)
  const target = role === 'facilitator' ? undefined : gatherTarget(gather, board)
  if (target) {
    return (
      <Countdown
        key={`${target}@${gather?.at}`}
        go={() => {
          rememberOrigin(window.sessionStorage, workshop, view ? { board, view } : { board })
          window.location.assign(boardLink(workshop, target, token, view))
        }}
      />
    )
  }
  if (gather) return null
  const origin = originOf(window.sessionStorage, workshop)
  if (!origin || origin.board === board) return null
  return (
    <WayBack
      back={() => {
        forgetOrigin(window.sessionStorage, workshop)
        window.location.assign(boardLink(workshop, origin.board, token, origin.view))
      }}
    />
  )
}

function Countdown({ go }: { go: () => void }) {
  const { t, language } = useModerationText()
  const [left, setLeft] = useState(GATHER_COUNTDOWN_S)
  // The page re-renders with presence many times a second: that must not restart the second.
  const latestGo = useRef(go)
  latestGo.current = go
  useEffect(() => {
    if (left <= 0) {
      latestGo.current()
      return
    }
    const tick = setTimeout(() => setLeft(left - 1), 1000)
    return () => clearTimeout(tick)
  }, [left])
  return (
    <div
      className="moderation-banner gather-banner"
      role="alert"
      dir={directionOf(language)}
      lang={language}
      data-testid="gather-banner"
    >
      <strong>{t('gather.title')}</strong>
      <span>{t('gather.countdown', { count: left })}</span>
      <button type="button" onClick={go}>
        {t('gather.go')}
      </button>
    </div>
  )
}

function WayBack({ back }: { back: () => void }) {
  const { t, language } = useModerationText()
  return (
    <div
      className="moderation-banner disperse-banner"
      role="status"
      dir={directionOf(language)}
      lang={language}
      data-testid="disperse-banner"
    >
      <strong>{t('disperse.title')}</strong>
      <span>{t('disperse.body')}</span>
      <button type="button" onClick={back}>
        {t('disperse.back')}
      </button>
    </div>
  )
}
