import { useCallback, useEffect, useMemo } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { PresencePublisher } from '../presence/publisher.js'
import type { Peer, SharedViewport } from '../presence/state.js'
import { useFollow } from '../presence/useFollow.js'
import type { FollowTarget } from '../presence/useFollow.js'
import type { Me } from '../sync/types.js'
import type { BoardMode } from './BoardView.js'
import { fitRect, MAX_SCALE, visibleRect } from './viewport.js'
import type { ScreenSize, Viewport } from './viewport.js'

function sharedViewportOf(viewport: Viewport, size: ScreenSize): SharedViewport {
  const view = visibleRect(viewport, size)
  const round = (value: number) => Math.round(value * 100) / 100
  return {
    x: round(view.x),
    y: round(view.y),
    scale: Math.round(viewport.scale * 1000) / 1000,
    width: size.width,
    height: size.height,
  }
}

type Options = {
  awareness: Awareness
  peers: readonly Peer[]
  mode: BoardMode
  me: Me
  viewport: Viewport
  size: ScreenSize
  setViewport: (viewport: Viewport) => void
}

/**
 * What this screen tells the others (its view, what part of the board it shows, whom it
 * follows) and follow mode: the projector and observers follow the facilitator from the start;
 * anyone can follow a person, and a facilitator's summons brings every screen but projectors.
 */
export function useBoardPresence({
  awareness,
  peers,
  mode,
  me,
  viewport,
  size,
  setViewport,
}: Options) {
  const publisher = useMemo(() => new PresencePublisher(awareness), [awareness])
  const show = useCallback(
    (shared: SharedViewport) => {
      const rect = {
        x: shared.x,
        y: shared.y,
        w: shared.width / shared.scale,
        h: shared.height / shared.scale,
      }
      if (size.width > 0) setViewport(fitRect(rect, size, 0, MAX_SCALE))
    },
    [size, setViewport],
  )
  const initial: FollowTarget = mode === 'board' ? undefined : { kind: 'facilitator' }
  const follow = useFollow({ peers, initial, answersSummons: mode !== 'projector', show })

  useEffect(() => () => publisher.destroy(), [publisher])
  useEffect(() => {
    publisher.setNow({ view: mode === 'board' && !me.canWrite ? 'observer' : mode })
  }, [publisher, mode, me.canWrite])
  useEffect(() => {
    if (mode !== 'projector' && size.width > 0)
      publisher.set({ viewport: sharedViewportOf(viewport, size) })
  }, [publisher, mode, viewport, size])
  useEffect(
    () => publisher.set({ following: follow.followed?.id }),
    [publisher, follow.followed?.id],
  )

  const { setTarget } = follow
  /** The person moved the view themselves: they stop following (a projector never does). */
  const stopFollowing = useCallback(() => {
    if (mode !== 'projector') setTarget(undefined)
  }, [mode, setTarget])

  return { publisher, follow, stopFollowing }
}
