import { en } from 'zod/locales'
import { z } from 'zod/mini'

/**
 * Gives zod's issues their English messages ("Too big: expected string to have <=200
 * characters"), unless an app chose a locale already. `zod` sets this English locale by itself;
 * `zod/mini`, which the model uses to keep a phone's download small, sets none, and every issue
 * would then read "Invalid input". The model's refusals reach people (the web app shows their
 * messages), so they keep zod's words. Called below, when this module loads.
 */
export function ensureEnglishMessages(): void {
  if (!z.config().localeError) z.config(en())
}
ensureEnglishMessages()

/** Why an operation on a board refused to change it. */
export const ModelErrorCode = {
  INVALID_INPUT: 'ATELIER_ERR_INVALID_INPUT',
  NOTE_NOT_FOUND: 'ATELIER_ERR_NOTE_NOT_FOUND',
  FRAME_NOT_FOUND: 'ATELIER_ERR_FRAME_NOT_FOUND',
  ID_TAKEN: 'ATELIER_ERR_ID_TAKEN',
  NOTE_HIDDEN: 'ATELIER_ERR_NOTE_HIDDEN',
  ALREADY_VOTED: 'ATELIER_ERR_ALREADY_VOTED',
  VOTE_BUDGET_EXCEEDED: 'ATELIER_ERR_VOTE_BUDGET_EXCEEDED',
  CELL_MISMATCH: 'ATELIER_ERR_CELL_MISMATCH',
  SCHEMA_TOO_NEW: 'ATELIER_ERR_SCHEMA_TOO_NEW',
  DEPENDENCY_CYCLE: 'ATELIER_ERR_DEPENDENCY_CYCLE',
} as const

export type ModelErrorCode = (typeof ModelErrorCode)[keyof typeof ModelErrorCode]

/** One thing wrong with an input: where (a path into it) and what. */
export type InputIssue = { path: string; message: string }

/**
 * Thrown by every board operation that refuses its input. When it is thrown the document is
 * unchanged: operations validate before they open their transaction.
 */
export class AtelierModelError extends Error {
  readonly code: ModelErrorCode
  readonly issues: readonly InputIssue[]

  constructor(code: ModelErrorCode, message: string, issues: readonly InputIssue[] = []) {
    super(message)
    this.name = 'AtelierModelError'
    this.code = code
    this.issues = issues
  }
}

/** Whether `error` is an {@link AtelierModelError}, optionally with the given code. */
export function isModelError(error: unknown, code?: ModelErrorCode): error is AtelierModelError {
  return error instanceof AtelierModelError && (code === undefined || error.code === code)
}

/** Parses `value` with `schema`, or throws `ATELIER_ERR_INVALID_INPUT` naming what was wrong. */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const first = issues[0]
  const detail = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid'
  throw new AtelierModelError(ModelErrorCode.INVALID_INPUT, `Invalid ${what}: ${detail}`, issues)
}
