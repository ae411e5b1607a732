import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { readPeer } from './state.js'
import type { Peer } from './state.js'

function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = []
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return
    const peer = readPeer(clientId, state)
    if (peer) peers.push(peer)
  })
  return peers.sort((a, b) => a.clientId - b.clientId)
}

/**
 * The other screens on this board, read again at most once per animation frame however many
 * awareness messages arrive (ten people dragging send hundreds a second).
 */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>(() => readPeers(awareness))
  useEffect(() => {
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      frame = 0
      timer = undefined
      setPeers(readPeers(awareness))
    }
    const onChange = () => {
      if (timer !== undefined) return
      frame = requestAnimationFrame(read)
      // A hidden tab gets no animation frames; its note list must still say who moves what.
      timer = setTimeout(read, 100)
    }
    awareness.on('change', onChange)
    onChange()
    return () => {
      awareness.off('change', onChange)
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [awareness])
  return peers
}
