import type { Point } from '@atelier/model'
import type { Me } from '../sync/types.js'

/** Which view a screen shows; projectors and observers are listed apart from the people at work. */
export const ScreenView = {
  board: 'board',
  projector: 'projector',
  observer: 'observer',
  phone: 'phone',
} as const
export type ScreenView = (typeof ScreenView)[keyof typeof ScreenView]

/** What a screen shows of the board: the board point at its top-left corner, zoom and size. */
export type SharedViewport = { x: number; y: number; scale: number; width: number; height: number }

/** A drag in progress: where the dragged note's corner is now, and the notes moving with it. */
export type SharedDrag = { noteId: string; x: number; y: number; with?: string[] }

/**
 * One screen's awareness state, shared by every view (board, phone, editor). The relay replaces
 * `user.id`, `user.name` and `user.role` with the token's, so they can be trusted; the rest is
 * what that screen chose to say. `color` repeats `colour` for y-prosemirror's cursors.
 */
export type PresenceState = {
  user: { id: string; name: string; role: Me['role']; colour: string; color: string }
  view?: ScreenView
  /** The pointer, in board coordinates. */
  cursor?: Point
  viewport?: SharedViewport
  dragging?: SharedDrag
  /** The id of the person this screen follows. */
  following?: string
  /** Set by a facilitator to a new time to bring every screen to their view. */
  summon?: number
}

/** Another screen on the board, as read (defensively) from its awareness state. */
export type Peer = {
  clientId: number
  id: string
  name: string
  role: Me['role']
  colour: string
  view: ScreenView
  cursor?: Point
  viewport?: SharedViewport
  dragging?: SharedDrag
  following?: string
  summon?: number
}

const ROLES: readonly string[] = ['facilitator', 'rapporteur', 'participant', 'observer']
const VIEWS: readonly string[] = Object.values(ScreenView)

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function readPoint(value: unknown): Point | undefined {
  const point = record(value)
  return point && isFiniteNumber(point.x) && isFiniteNumber(point.y)
    ? { x: point.x, y: point.y }
    : undefined
}

function readViewport(value: unknown): SharedViewport | undefined {
  const view = record(value)
  if (!view) return undefined
  const { x, y, scale, width, height } = view
  if (![x, y, scale, width, height].every(isFiniteNumber)) return undefined
  if ((scale as number) <= 0 || (width as number) <= 0 || (height as number) <= 0) return undefined
  return { x, y, scale, width, height } as SharedViewport
}

function readDrag(value: unknown): SharedDrag | undefined {
  const drag = record(value)
  const at = readPoint(drag)
  if (!drag || !at || typeof drag.noteId !== 'string') return undefined
  const result: SharedDrag = { noteId: drag.noteId, ...at }
  if (Array.isArray(drag.with)) {
    result.with = drag.with.filter((id): id is string => typeof id === 'string').slice(0, 500)
  }
  return result
}

const COLOUR = /^#[0-9a-f]{6}$/i

/** Reads one awareness state; undefined when it carries no usable identity. */
export function readPeer(clientId: number, state: unknown): Peer | undefined {
  const root = record(state)
  const user = record(root?.user)
  if (!root || !user || typeof user.id !== 'string' || typeof user.name !== 'string')
    return undefined
  if (typeof user.role !== 'string' || !ROLES.includes(user.role)) return undefined
  const colour =
    typeof user.colour === 'string' && COLOUR.test(user.colour) ? user.colour : '#5c636a'
  const view = typeof root.view === 'string' && VIEWS.includes(root.view) ? root.view : 'board'
  const peer: Peer = {
    clientId,
    id: user.id,
    name: user.name.slice(0, 120),
    role: user.role as Me['role'],
    colour,
    view: view as ScreenView,
  }
  const cursor = readPoint(root.cursor)
  if (cursor) peer.cursor = cursor
  const viewport = readViewport(root.viewport)
  if (viewport) peer.viewport = viewport
  const dragging = readDrag(root.dragging)
  if (dragging) peer.dragging = dragging
  if (typeof root.following === 'string') peer.following = root.following
  if (isFiniteNumber(root.summon)) peer.summon = root.summon
  return peer
}

/** The people a screen lists, grouped by role in this order. */
export const ROLE_ORDER: readonly Me['role'][] = [
  'facilitator',
  'rapporteur',
  'participant',
  'observer',
]

/**
 * The person a projector or an observer follows by default: a facilitator working on the board
 * (not another projector), the one who joined first so the choice does not flicker.
 */
export function facilitatorToFollow(peers: readonly Peer[]): Peer | undefined {
  return peers
    .filter((peer) => peer.role === 'facilitator' && peer.view === 'board' && peer.viewport)
    .sort((a, b) => a.clientId - b.clientId)[0]
}
