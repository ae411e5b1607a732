/** The parts of the browser the token handling touches, so it can be tried without one. */
export type TokenPlace = {
  location: { pathname: string; search: string; hash: string }
  history: { state: unknown; replaceState: (data: unknown, unused: string, url: string) => void }
  storage: {
    getItem: (key: string) => string | null
    setItem: (key: string, value: string) => void
  }
}

function storageKey(workshop: string, board: string): string {
  return `atelier:token:${workshop}/${board}`
}

/**
 * The token that opens a board. It arrives in the URL fragment (`#token=…`, which no server
 * logs), is kept in this tab's session storage so a reload works, and is removed from the
 * visible URL at once, so it is not shared by copying the address or shown on a projector.
 */
export function takeToken(workshop: string, board: string, place: TokenPlace): string | undefined {
  const fragment = new URLSearchParams(place.location.hash.replace(/^#/, ''))
  const fromLink = fragment.get('token')
  if (fromLink) {
    try {
      place.storage.setItem(storageKey(workshop, board), fromLink)
    } catch {
      // Storage may be refused (private browsing): the token still works until a reload.
    }
    fragment.delete('token')
    const rest = fragment.toString()
    place.history.replaceState(
      place.history.state,
      '',
      `${place.location.pathname}${place.location.search}${rest ? `#${rest}` : ''}`,
    )
    return fromLink
  }
  try {
    return place.storage.getItem(storageKey(workshop, board)) ?? undefined
  } catch {
    return undefined
  }
}
