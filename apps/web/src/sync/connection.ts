import { IndexeddbPersistence } from 'y-indexeddb'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ConnectionStatus } from './types.js'
import type { Me } from './types.js'

/** Which board to open, and the token that opens it. */
export type BoardAddress = { workshop: string; board: string; token: string }

/** What changes over a connection's life; a new object on every change. */
export type ConnectionState = {
  status: ConnectionStatus
  /** The board has loaded, from the relay or from this device's cache. */
  synced: boolean
  /** The relay closed the connection for good (bad or expired token, deleted board). */
  refused: boolean
  /** The relay's close code when it refused (4423: a change to a locked board). */
  closeCode?: number | undefined
}

/** The y-websocket room of a board, as the relay names it. */
export function roomOf(address: Pick<BoardAddress, 'workshop' | 'board'>): string {
  return `${address.workshop}/${address.board}`
}

/** The y-websocket server URL of the relay that served this page. */
export function syncUrlOf(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`
}

/**
 * One open board on this device: its document, cached in IndexedDB so it keeps working without
 * a network, and kept in sync with the relay by the stock y-websocket provider.
 */
export class OpenBoard {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly awareness: Awareness
  private readonly cache: IndexeddbPersistence
  private readonly listeners = new Set<() => void>()
  private state: ConnectionState = {
    status: ConnectionStatus.connecting,
    synced: false,
    refused: false,
  }
  private everConnected = false

  constructor(
    address: BoardAddress,
    readonly me: Me,
  ) {
    this.cache = new IndexeddbPersistence(`atelier:${roomOf(address)}`, this.doc)
    this.provider = new WebsocketProvider(syncUrlOf(window.location), roomOf(address), this.doc, {
      params: { token: address.token },
      // Tabs of one browser would otherwise pass updates to each other without the relay,
      // letting a read-only tab write through a writer's tab.
      disableBc: true,
      maxBackoffTime: 5000,
    })
    this.awareness = this.provider.awareness
    this.awareness.setLocalStateField('user', {
      id: me.id,
      name: me.name,
      role: me.role,
      colour: me.colour,
      color: me.colour,
    })
    this.provider.on('status', this.onStatus)
    this.provider.on('sync', this.onSync)
    this.provider.on('closed', this.onClosed)
    void this.cache.whenSynced.then(() => this.update({ synced: true }))
    window.addEventListener('offline', this.onOffline)
    window.addEventListener('online', this.onOnline)
  }

  /** Subscribes to state changes (for `useSyncExternalStore`); returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly snapshot = (): ConnectionState => this.state

  /**
   * Forgets this device's copy of the board, then loads the page again from the relay. The way
   * out when the relay refused a change (4403): the refused change stays in the copy and would be
   * sent again, and refused again, on every reconnection.
   */
  async discardLocalCopy(): Promise<void> {
    this.provider.disconnect()
    await this.cache.clearData()
    window.location.reload()
  }

  /** Closes the connection and the cache; the document is destroyed. */
  destroy(): void {
    window.removeEventListener('offline', this.onOffline)
    window.removeEventListener('online', this.onOnline)
    this.provider.off('status', this.onStatus)
    this.provider.off('sync', this.onSync)
    this.provider.off('closed', this.onClosed)
    this.provider.destroy()
    void this.cache.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  private update(change: Partial<ConnectionState>): void {
    const next = { ...this.state, ...change }
    if (
      next.status === this.state.status &&
      next.synced === this.state.synced &&
      next.refused === this.state.refused &&
      next.closeCode === this.state.closeCode
    ) {
      return
    }
    this.state = next
    for (const listener of this.listeners) listener()
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') {
      this.everConnected = true
      this.update({ status: ConnectionStatus.online, refused: false, closeCode: undefined })
    } else {
      // Reconnection attempts after a loss are still "offline" to the person in the room.
      const lost = this.everConnected || !navigator.onLine
      this.update({ status: lost ? ConnectionStatus.offline : ConnectionStatus.connecting })
    }
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.update({ synced: true })
  }

  private readonly onClosed = (event: { code: number }): void => {
    this.update({ status: ConnectionStatus.offline, refused: true, closeCode: event.code })
  }

  // A socket on a dead network can take a minute to notice; the browser knows at once.
  private readonly onOffline = (): void => {
    this.provider.disconnect()
    this.update({ status: ConnectionStatus.offline })
  }

  private readonly onOnline = (): void => {
    this.provider.connect()
  }
}
