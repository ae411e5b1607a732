import type { Gather } from '@atelier/model'

/** Seconds people see the call to the plenary before their screen moves there. */
export const GATHER_COUNTDOWN_S = 5

/** Where a screen was before the call to the plenary, to go back when the facilitator disperses. */
export type GatheredFrom = { board: string; view?: string }

/** The board this screen must move to: the gathering's, unless it shows that board already. */
export function gatherTarget(gather: Gather | undefined, board: string): string | undefined {
  return gather && gather.board !== board ? gather.board : undefined
}

/**
 * A board's address with the token in the fragment (read once by the page, never logged).
 *
 * @example boardLink('tanger', 'governance-plenary', 'eyJ…', 'phone') // '/w/tanger/governance-plenary?view=phone#token=eyJ…'
 */
export function boardLink(workshop: string, board: string, token: string, view?: string): string {
  const search = view ? `?view=${encodeURIComponent(view)}` : ''
  return `/w/${workshop}/${board}${search}#token=${encodeURIComponent(token)}`
}

/** The part of session storage the way back uses. */
export type GatherStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const keyOf = (workshop: string) => `atelier:gathered-from:${workshop}`

/** Remembers, in this tab, the board a screen left for the plenary. */
export function rememberOrigin(storage: GatherStorage, workshop: string, from: GatheredFrom): void {
  try {
    storage.setItem(keyOf(workshop), JSON.stringify(from))
  } catch {
    // Storage may be refused (private browsing): the person goes back by their own link.
  }
}

/** The board this tab left for the plenary, if it did. */
export function originOf(storage: GatherStorage, workshop: string): GatheredFrom | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(workshop)) ?? 'null')
    if (value === null || typeof value !== 'object') return undefined
    const { board, view } = value as Record<string, unknown>
    if (typeof board !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(board)) return undefined
    return typeof view === 'string' ? { board, view } : { board }
  } catch {
    return undefined
  }
}

/** Forgets the way back (the person went back). */
export function forgetOrigin(storage: GatherStorage, workshop: string): void {
  try {
    storage.removeItem(keyOf(workshop))
  } catch {
    // Nothing to forget where storage is refused.
  }
}
