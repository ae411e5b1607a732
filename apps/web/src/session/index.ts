/**
 * What every screen shows of the session (phase, guiding questions, countdown on the relay's
 * clock, lock, voting round), read from the board's controls.
 */
export { SessionBar } from './SessionBar.js'
export type { SessionBarProps, SessionBarVariant } from './SessionBar.js'
export { Countdown } from './Countdown.js'
export { useControl, useCountdown, useRelayClock, useSessionTemplate } from './hooks.js'
export { formatCountdown, parseCountdown, readCountdown } from './countdown.js'
export { phaseView } from './phase.js'
export type { PhaseView } from './phase.js'
