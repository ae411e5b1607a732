/** The views the console opens a board in. */
export type BoardLinkView = 'board' | 'projector' | 'observer'

/**
 * The link that opens a board of the workshop as the facilitator, in one view. The token rides
 * in the fragment, which no server logs, and the page removes it from the address at once.
 *
 * @example boardLink('tanger', 'governance-g1', token, 'projector') // "/w/tanger/governance-g1?view=projector#token=…"
 */
export function boardLink(
  workshop: string,
  board: string,
  token: string,
  view: BoardLinkView,
): string {
  const path = `/w/${encodeURIComponent(workshop)}/${encodeURIComponent(board)}`
  const query = view === 'board' ? '' : `?view=${view}`
  return `${path}${query}#token=${encodeURIComponent(token)}`
}
