/** The views a board can be opened in (`?view=`). */
export const ViewParam = {
  board: 'board',
  projector: 'projector',
  observer: 'observer',
  phone: 'phone',
} as const
export type ViewParam = (typeof ViewParam)[keyof typeof ViewParam]

export type Route =
  | { kind: 'board'; workshop: string; board: string; view?: ViewParam }
  | { kind: 'console'; workshop: string }
  | { kind: 'report'; workshop: string }
  /** The printable toolkit: public at `/toolkit`, with the participant list at `/w/<w>/toolkit`. */
  | { kind: 'toolkit'; workshop?: string }
  | { kind: 'join'; code?: string }
  | { kind: 'rsvp'; code: string }
  | { kind: 'home' }
  | { kind: 'notFound' }

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/
/** A join code as it may be typed into a link: the relay reads it (case, dashes) itself. */
const JOIN_CODE = /^[0-9A-Za-z-]{4,24}$/

/** The facilitator console's place among a workshop's boards: no board may take this id. */
export const CONSOLE_SEGMENT = 'console'
/** The printable consultation report's place among a workshop's boards. */
export const REPORT_SEGMENT = 'report'
/** The printable toolkit's place among a workshop's boards, and its public page. */
export const TOOLKIT_SEGMENT = 'toolkit'

/**
 * Reads the page's route: `/w/<workshopId>/<boardId>` (with `?view=`), the facilitator console
 * `/w/<workshopId>/console`, `/join` (`/join/<code>`) and `/rsvp/<code>`, the home page, or
 * nothing known.
 */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'home' }
  const parts = pathname.split('/').filter(Boolean)
  const [page, code, ...more] = parts
  if (page === 'join' && parts.length === 1) return { kind: 'join' }
  if (page === TOOLKIT_SEGMENT && parts.length === 1) return { kind: 'toolkit' }
  if ((page === 'join' || page === 'rsvp') && code && more.length === 0 && JOIN_CODE.test(code)) {
    return { kind: page, code }
  }
  const [w, workshop, board, ...rest] = parts
  if (
    w !== 'w' ||
    !workshop ||
    !board ||
    rest.length > 0 ||
    !ID.test(workshop) ||
    !ID.test(board)
  ) {
    return { kind: 'notFound' }
  }
  if (board === CONSOLE_SEGMENT) return { kind: 'console', workshop }
  if (board === REPORT_SEGMENT) return { kind: 'report', workshop }
  if (board === TOOLKIT_SEGMENT) return { kind: 'toolkit', workshop }
  const view = new URLSearchParams(search).get('view')
  const known = Object.values(ViewParam).find((value) => value === view)
  return known
    ? { kind: 'board', workshop, board, view: known }
    : { kind: 'board', workshop, board }
}

/** Screens narrower than this get the phone view unless `?view=board` asks for the canvas. */
export const PHONE_MAX_WIDTH = 600

/**
 * Which view to show: the one asked for, else the phone view on a narrow screen, else the
 * read-only observer view for whoever may not write, else the board. An observer asking for
 * the board gets the observer view: the board's editing chrome would only mislead them.
 */
export function chooseView(
  asked: ViewParam | undefined,
  canWrite: boolean,
  screenWidth: number,
): ViewParam {
  if (asked === 'phone' || asked === 'projector' || asked === 'observer') return asked
  if (asked === undefined && screenWidth < PHONE_MAX_WIDTH) return 'phone'
  return canWrite ? 'board' : 'observer'
}

/**
 * Whether this page is a board shown in the phone view, which the phone build serves (see
 * src/main.tsx). The view does not depend on who opens it: a narrow screen or `?view=phone`.
 */
export function opensPhoneView(pathname: string, search: string, screenWidth: number): boolean {
  const route = parseRoute(pathname, search)
  return route.kind === 'board' && chooseView(route.view, true, screenWidth) === 'phone'
}
