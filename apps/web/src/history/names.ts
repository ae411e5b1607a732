import { listNotes } from '@atelier/model'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { readPeer } from '../presence/state.js'
import type { KnownNames } from './versions.js'

/**
 * The display names this screen can put on pseudonymous ids: the people present on the board
 * (their names are the relay's token claims) and the authors of its signed notes. The history
 * API gives a version's author as a `sub` only; an id nobody here knows stays an id.
 */
export function knownNames(doc: Y.Doc, awareness: Awareness): KnownNames {
  const names = new Map<string, string>()
  for (const note of listNotes(doc)) {
    if (note.author) names.set(note.author.id, note.author.name)
  }
  // Presence last: a person's current token name wins over what an older note says.
  awareness.getStates().forEach((state, clientId) => {
    const peer = readPeer(clientId, state)
    if (peer) names.set(peer.id, peer.name)
  })
  return names
}
