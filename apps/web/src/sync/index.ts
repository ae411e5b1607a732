/**
 * Everything a view needs to open a board and know who is using this screen. The board,
 * phone, observer, projector and editor views all go through `useBoardConnection`.
 */
export { useBoardConnection } from './useBoardConnection.js'
export type { BoardConnection } from './useBoardConnection.js'
export { OpenBoard, roomOf, syncUrlOf } from './connection.js'
export type { BoardAddress, ConnectionState } from './connection.js'
export { colourFor, meFrom, readClaims, PERSON_COLOURS } from './me.js'
export type { TokenClaims } from './me.js'
export { ConnectionStatus } from './types.js'
export type { Me } from './types.js'
