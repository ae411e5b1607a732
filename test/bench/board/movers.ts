/**
 * Remote people moving notes: stock y-websocket clients in Node, each dragging one note in a
 * circle as a browser would (its position in presence 25 times a second) and dropping it in
 * the document once a second.
 */
import { getNote, moveNote } from '@atelier/model'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export type Mover = { stop: () => void }

const PRESENCE_MS = 40
const DROP_MS = 1000
const RADIUS = 120

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

/** Connects one remote person and starts moving `noteId`. */
export async function startMover(
  syncUrl: string,
  room: string,
  token: string,
  noteId: string,
  index: number,
): Promise<Mover> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  })
  await until(
    () => provider.synced && getNote(doc, noteId) !== undefined,
    30_000,
    `mover ${index} to sync`,
  )
  const home = getNote(doc, noteId)!
  const colour = ['#e03131', '#1971c2', '#2f9e44', '#9c36b5', '#e8590c'][index % 5]
  provider.awareness.setLocalState({
    user: { id: '', name: '', role: 'participant', colour, color: colour },
    view: 'board',
  })
  const started = performance.now()
  const at = () => {
    const angle = ((performance.now() - started) / 1000) * Math.PI + index
    return {
      x: Math.round(home.x + RADIUS * Math.cos(angle)),
      y: Math.round(home.y + RADIUS * Math.sin(angle)),
    }
  }
  const drag = setInterval(
    () => provider.awareness.setLocalStateField('dragging', { noteId, ...at() }),
    PRESENCE_MS,
  )
  const drop = setInterval(() => moveNote(doc, noteId, at()), DROP_MS + index * 37)
  return {
    stop: () => {
      clearInterval(drag)
      clearInterval(drop)
      provider.destroy()
      doc.destroy()
    },
  }
}
