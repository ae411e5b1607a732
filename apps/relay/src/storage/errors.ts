/** What a failed storage call rejects with; the relay maps each code to its refusal. */
export const StorageErrorCode = {
  /** The write or read failed (database locked past the retries, disk full, closed store…). */
  STORAGE: 'ATELIER_ERR_STORAGE',
  /** The board was deleted: it takes no more updates and is never served again. */
  BOARD_DELETED: 'ATELIER_ERR_BOARD_DELETED',
} as const

export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode]

export class StorageError extends Error {
  readonly code: StorageErrorCode

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageError'
    this.code = code
  }
}
