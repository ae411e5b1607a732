import { useEffect, useRef, useState } from 'react'
import { facilitatorToFollow } from './state.js'
import type { Peer, SharedViewport } from './state.js'

/** Whom this screen follows: the facilitator at work (whoever it is), one person, or nobody. */
export type FollowTarget = { kind: 'facilitator' } | { kind: 'person'; id: string } | undefined

/** The peer a target points at now, if they are here and share a view. */
export function followedPeer(peers: readonly Peer[], target: FollowTarget): Peer | undefined {
  if (!target) return undefined
  if (target.kind === 'facilitator') return facilitatorToFollow(peers)
  return peers.find((peer) => peer.id === target.id && peer.view === 'board' && peer.viewport)
}

/**
 * Summons seen so far, by facilitator's screen. A summon already set when this screen first
 * saw its sender is history, not a call: only a later change brings this screen over.
 */
export function newSummon(peers: readonly Peer[], seen: Map<number, number>): Peer | undefined {
  let caller: Peer | undefined
  for (const peer of peers) {
    if (peer.role !== 'facilitator') continue
    const before = seen.get(peer.clientId)
    const now = peer.summon ?? 0
    seen.set(peer.clientId, now)
    if (before !== undefined && now > before) caller = peer
  }
  return caller
}

type Options = {
  peers: readonly Peer[]
  initial: FollowTarget
  /** Whether summons move this screen (the projector always follows anyway). */
  answersSummons: boolean
  /** Shows the followed person's view on this screen. */
  show: (viewport: SharedViewport) => void
}

/**
 * Follow mode: while a target is set, this screen shows what the followed person's screen
 * shows, as it moves. A facilitator's "bring everyone to me" makes every screen follow them.
 */
export function useFollow({ peers, initial, answersSummons, show }: Options) {
  const [target, setTarget] = useState<FollowTarget>(initial)
  const [summonedBy, setSummonedBy] = useState<string>()
  const seen = useRef(new Map<number, number>())
  const followed = followedPeer(peers, target)

  useEffect(() => {
    const caller = newSummon(peers, seen.current)
    if (!caller || !answersSummons) return
    setTarget({ kind: 'person', id: caller.id })
    setSummonedBy(caller.name)
    const timer = setTimeout(() => setSummonedBy(undefined), 4000)
    return () => clearTimeout(timer)
  }, [peers, answersSummons])

  // Shown again when the followed view moves, and when `show` changes (this screen's size).
  const viewport = followed?.viewport
  const key =
    viewport && `${viewport.x},${viewport.y},${viewport.scale},${viewport.width},${viewport.height}`
  useEffect(() => {
    if (viewport) show(viewport)
    // `viewport` is read through its key: a new object with the same numbers is the same view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, show])

  return { target, setTarget, followed, summonedBy }
}
