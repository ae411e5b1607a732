/**
 * A value read from a Yjs document, for `useSyncExternalStore`: read once per change, the same
 * object between changes so React does not render for nothing.
 *
 * Subscribing forgets the value read before it. React reads a snapshot while rendering and
 * subscribes later, in an effect; an update that arrives between the two (the board's first
 * sync, often) fires no listener, and a value kept from the render would hide it for good.
 * React reads the snapshot again right after subscribing, and so sees the update.
 */
export type DocStore<T> = {
  subscribe: (changed: () => void) => () => void
  snapshot: () => T
}

/** `observe` registers a listener for the changes that matter and returns how to remove it. */
export function docStore<T>(
  observe: (listener: () => void) => () => void,
  read: () => T,
): DocStore<T> {
  let current: { value: T } | undefined
  return {
    subscribe(changed) {
      const stop = observe(() => {
        current = undefined
        changed()
      })
      current = undefined
      return stop
    },
    snapshot() {
      current ??= { value: read() }
      return current.value
    },
  }
}
