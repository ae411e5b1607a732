import type { Awareness } from 'y-protocols/awareness'

/**
 * The awareness field that holds a writer's text caret and selection (`{ anchor, head }`,
 * Yjs relative positions). y-prosemirror reads and writes `cursor`, but on a board `cursor` is
 * the pointer on the canvas (`{ x, y }`): each would overwrite the other, and y-prosemirror
 * throws on a pointer. So the editor sees its own field under the name it expects.
 */
export const CARET_FIELD = 'textCaret'

type State = Record<string, unknown>
type Listener = (
  change: { added: number[]; updated: number[]; removed: number[] },
  origin: unknown,
) => void

/** The part of an Awareness that y-prosemirror's cursor plugin and CollaborationCaret use. */
export type CaretAwareness = {
  readonly states: Map<number, State>
  getStates(): Map<number, State>
  getLocalState(): State | null
  setLocalStateField(field: string, value: unknown): void
  on(event: 'change' | 'update', listener: Listener): void
  off(event: 'change' | 'update', listener: Listener): void
}

function record(value: unknown): State | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as State)
    : undefined
}

// y-prosemirror turns `anchor` and `head` into relative positions and throws on anything else.
function caretOf(state: State): State | null {
  const caret = record(state[CARET_FIELD])
  return caret && record(caret.anchor) && record(caret.head) ? caret : null
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** A state as the editor sees it: the caret under `cursor`, a copy of `user` it may change. */
function editorView(state: State): State {
  const user = record(state.user) ?? {}
  const colour =
    typeof user.color === 'string' && HEX_COLOUR.test(user.color) ? user.color : '#6b7280'
  const name = typeof user.name === 'string' ? user.name : ''
  return { ...state, user: { ...user, name, color: colour }, cursor: caretOf(state) }
}

function signature(state: State | undefined): string {
  if (!state) return ''
  const user = record(state.user)
  return JSON.stringify([caretOf(state), user?.name, user?.color])
}

/**
 * Wraps the board's awareness for the editor's caret plugins: `cursor` maps to
 * {@link CARET_FIELD}, writing `user` merges into the board's `user` (keeping `id`, `role`,
 * `colour`), and listeners hear only of changes to someone's caret, name or colour, not of
 * every pointer move on the canvas.
 */
export function caretAwareness(awareness: Awareness): CaretAwareness {
  const wrapped = new Map<Listener, () => void>()
  const states = () => {
    const view = new Map<number, State>()
    awareness.getStates().forEach((state, clientId) => view.set(clientId, editorView(state)))
    return view
  }
  return {
    get states() {
      return states()
    },
    getStates: states,
    getLocalState() {
      const local = awareness.getLocalState()
      return local ? editorView(local) : null
    },
    setLocalStateField(field, value) {
      if (field === 'cursor') awareness.setLocalStateField(CARET_FIELD, value)
      else if (field === 'user') {
        const user = record(awareness.getLocalState()?.user) ?? {}
        awareness.setLocalStateField('user', { ...user, ...record(value) })
      } else awareness.setLocalStateField(field, value)
    },
    on(event, listener) {
      const seen = new Map<number, string>()
      awareness.getStates().forEach((state, clientId) => seen.set(clientId, signature(state)))
      const relay: Listener = (change, origin) => {
        const clients = [...change.added, ...change.updated, ...change.removed]
        let relevant = false
        for (const clientId of clients) {
          const now = signature(awareness.getStates().get(clientId))
          if (seen.get(clientId) !== now) relevant = true
          if (now === '') seen.delete(clientId)
          else seen.set(clientId, now)
        }
        if (relevant) listener(change, origin)
      }
      awareness.on(event, relay)
      wrapped.set(listener, () => awareness.off(event, relay))
    },
    off(_event, listener) {
      wrapped.get(listener)?.()
      wrapped.delete(listener)
    },
  }
}
