/**
 * What the board, phone and editor views know about the person using this screen. It comes
 * from the token in the URL fragment; the relay enforces the same role on its side.
 */
export interface Me {
  /** The token's `sub`: a pseudonymous id, never a real name or contact. */
  readonly id: string
  readonly name: string
  readonly role: 'facilitator' | 'rapporteur' | 'participant' | 'observer'
  /** A colour for this person's cursor and caret, stable for their id. */
  readonly colour: string
  /** Whether this screen may change the board (the relay decides; the interface mirrors it). */
  readonly canWrite: boolean
}

export const ConnectionStatus = {
  connecting: 'connecting',
  online: 'online',
  offline: 'offline',
} as const
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus]
