import type { BoardKey } from '../storage/types.js'

/** Workshop and board ids: lower-case, so one room has exactly one spelling and one storage key. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

/** The board a sync URL names, or null when either id is malformed. */
export function parseBoardKey(workshop: unknown, board: unknown): BoardKey | null {
  if (typeof workshop !== 'string' || typeof board !== 'string') return null
  if (!ID_PATTERN.test(workshop) || !ID_PATTERN.test(board)) return null
  return { workshop, board }
}

/** `<workshop>/<board>`: the room name of the y-websocket protocol and the key of maps in memory. */
export function roomName(key: BoardKey): string {
  return `${key.workshop}/${key.board}`
}
