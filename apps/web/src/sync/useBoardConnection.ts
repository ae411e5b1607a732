import { useEffect, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { OpenBoard, roomOf } from './connection.js'
import type { BoardAddress } from './connection.js'
import { meFrom, readClaims } from './me.js'
import type { ConnectionStatus, Me } from './types.js'

/** What a board view gets: the shared document, presence, and the connection's state. */
export type BoardConnection = {
  doc: Y.Doc
  awareness: Awareness
  provider: WebsocketProvider
  status: ConnectionStatus
  synced: boolean
  refused: boolean
  /** The relay's close code when it refused this connection. */
  closeCode?: number | undefined
  /** Drops this device's copy of the board and reloads it from the relay. */
  discardLocalCopy: () => Promise<void>
  me: Me
}

type Entry = { board: OpenBoard; users: number; closing?: ReturnType<typeof setTimeout> }
const open = new Map<string, Entry>()

/** How long a board nobody uses stays open, so a remount (StrictMode, a view switch) reuses it. */
const LINGER_MS = 1000

function keyOf(address: BoardAddress): string {
  return `${roomOf(address)}#${address.token}`
}

function scheduleClose(key: string, entry: Entry): void {
  clearTimeout(entry.closing)
  entry.closing = setTimeout(() => {
    if (entry.users > 0) return
    open.delete(key)
    entry.board.destroy()
  }, LINGER_MS)
}

function entryFor(address: BoardAddress): Entry {
  const key = keyOf(address)
  let entry = open.get(key)
  if (!entry) {
    const claims = readClaims(address.token)
    if (!claims) throw new Error('Atelier: this link does not carry a valid token')
    entry = { board: new OpenBoard(address, meFrom(claims, address.board)), users: 0 }
    open.set(key, entry)
    // Opened by a render that never mounted: close it unless someone starts using it.
    scheduleClose(key, entry)
  }
  return entry
}

/**
 * Opens a board for this screen: one Y.Doc synced with the relay through y-websocket
 * (`room = workshop/board`, the token as a URL parameter) and cached in IndexedDB
 * (`atelier:<workshop>/<board>`), so it keeps working offline and merges on reconnect.
 * Every component that asks for the same board and token shares one document.
 * Throws when the token cannot be read; the relay verifies it, the interface only reads it.
 */
export function useBoardConnection(address: BoardAddress): BoardConnection {
  const { board } = entryFor(address)
  useEffect(() => {
    const key = keyOf(address)
    const current = entryFor(address)
    current.users += 1
    clearTimeout(current.closing)
    return () => {
      current.users -= 1
      if (current.users === 0) scheduleClose(key, current)
    }
    // The address's parts decide the entry; the object itself may be new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address.workshop, address.board, address.token])
  const state = useSyncExternalStore(board.subscribe, board.snapshot)
  return {
    doc: board.doc,
    awareness: board.awareness,
    provider: board.provider,
    status: state.status,
    synced: state.synced,
    refused: state.refused,
    closeCode: state.closeCode,
    me: board.me,
    discardLocalCopy: () => board.discardLocalCopy(),
  }
}
