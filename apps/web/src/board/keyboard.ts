/** What a key press on a selected note (or on the board) asks for. */
export type KeyCommand =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'edit' }
  | { kind: 'delete' }
  | { kind: 'deselect' }
  | { kind: 'selectAll' }
  | { kind: 'newNote' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'zoomIn' }
  | { kind: 'zoomOut' }
  | { kind: 'fitAll' }

/** The parts of a KeyboardEvent that decide the command. */
export type KeyPress = {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  code?: string
}

/** Board units an arrow key moves a note; with Shift, a bigger step. */
export const ARROW_STEP = 10
export const ARROW_STEP_LARGE = 50

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/** Commands anyone may give: they change the view, never the board. */
function viewCommand(press: KeyPress, command: boolean): KeyCommand | null {
  if (press.key === 'Escape') return { kind: 'deselect' }
  if (command && (press.key === '=' || press.key === '+')) return { kind: 'zoomIn' }
  if (command && press.key === '-') return { kind: 'zoomOut' }
  if (press.shiftKey && press.key === '!') return { kind: 'fitAll' }
  if (!command && press.shiftKey && (press.key === '1' || press.code === 'Digit1')) {
    return { kind: 'fitAll' }
  }
  return null
}

/**
 * The command a key press gives on the board. `hasSelection` says whether notes are selected;
 * `canWrite` whether this screen may change the board: without it only view commands remain,
 * so an observer's keyboard can never move, edit or delete anything.
 */
export function keyCommand(
  press: KeyPress,
  hasSelection: boolean,
  canWrite: boolean,
): KeyCommand | null {
  const command = Boolean(press.ctrlKey || press.metaKey)
  const view = viewCommand(press, command)
  if (view || !canWrite || press.altKey) return view
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  if (command && key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' }
  if (command && key === 'y') return { kind: 'redo' }
  if (command && key === 'a') return { kind: 'selectAll' }
  if (command) return null
  if (key === 'n' && !press.shiftKey) return { kind: 'newNote' }
  if (!hasSelection) return null
  const arrow = ARROWS[press.key]
  if (arrow) {
    const step = press.shiftKey ? ARROW_STEP_LARGE : ARROW_STEP
    return { kind: 'move', dx: arrow[0] * step, dy: arrow[1] * step }
  }
  if (press.key === 'Enter' || press.key === 'F2') return { kind: 'edit' }
  if (press.key === 'Delete' || press.key === 'Backspace') return { kind: 'delete' }
  return null
}

/**
 * What a key press asks of the list of notes, the keyboard's way onto the canvas. The list is
 * one stop in the Tab order (its current note), so that Tab goes on to that note's panel and
 * Shift+Tab comes back to it. Up and Down go from note to note, Home and End to the ends;
 * arrows move a note only once Space has picked it up, and Space, Enter or Escape put it down
 * (the drag and drop pattern of the ARIA Authoring Practices). Anything else is a board command.
 */
export type ListCommand =
  | { kind: 'go'; to: 'previous' | 'next' | 'first' | 'last' }
  | { kind: 'pickUp' }
  | { kind: 'putDown' }
  | { kind: 'none' }
  | { kind: 'board' }

const GO: Readonly<Record<string, 'previous' | 'next' | 'first' | 'last'>> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
}

export function listCommand(press: KeyPress, pickedUp: boolean, canWrite: boolean): ListCommand {
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey
  if (pickedUp) {
    if (plain && (press.key === ' ' || press.key === 'Enter' || press.key === 'Escape')) {
      return { kind: 'putDown' }
    }
    return { kind: 'board' }
  }
  const go = plain ? GO[press.key] : undefined
  if (go) return { kind: 'go', to: go }
  if (canWrite && plain && press.key === ' ') return { kind: 'pickUp' }
  // The other arrows would move the note: not before it is picked up.
  if (ARROWS[press.key]) return { kind: 'none' }
  return { kind: 'board' }
}
