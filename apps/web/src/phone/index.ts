/**
 * The phone view: the participant's list-first way into a board. The shell loads this module
 * lazily (it must never pull in the canvas code) and mounts `PhoneView` with the synced board.
 */
export { PhoneView } from './PhoneView.js'
export type { PhoneViewProps } from './PhoneView.js'
export { PHONE_NS, phoneStrings, addPhoneStrings } from './strings.js'
