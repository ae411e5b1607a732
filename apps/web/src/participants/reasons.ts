import type { ParticipantsKey, ParticipantsText } from './strings.js'

/** The fields a refusal may name, as the form and the import preview label them. */
const FIELDS = [
  'name',
  'displayName',
  'organisation',
  'stakeholder',
  'session',
  'subgroup',
  'contact',
  'gender',
  'ageBand',
  'consent',
  'status',
  'duplicate',
] as const
export type ReasonField = (typeof FIELDS)[number]

/** One reason the relay gave: the field it names (`consent.given` reads as `consent`), and why. */
export type Reason = { field: ReasonField | undefined; message: string }

const MESSAGES: readonly [RegExp, ParticipantsKey][] = [
  [/^is required$/, 'reason.required'],
  [/^must be text$/, 'reason.text'],
  [/^starts with = \+ - @/, 'reason.formula'],
  [/^contains control characters$/, 'reason.control'],
  [/^is neither a valid e-mail/, 'reason.contact'],
  [/is not a session of this consultation/, 'reason.session'],
  [/is not a sub-group of session/, 'reason.subgroup'],
  [/^same name, session and contact as a participant already on the list$/, 'reason.onList'],
  [/^Invalid option/, 'reason.option'],
  [/^Too big/, 'reason.tooLong'],
  [/^Too small/, 'reason.required'],
]

/**
 * The relay's reasons (`field: message`, several joined by `; ` in a 400's message, or one per
 * entry of an import preview's row) read back as fields and messages.
 *
 * @example
 * readReasons('name: is required; contact: is neither a valid e-mail address nor a phone number')
 * // [{ field: 'name', message: 'is required' }, { field: 'contact', message: 'is neither…' }]
 */
export function readReasons(detail: string | readonly string[]): Reason[] {
  const parts = typeof detail === 'string' ? detail.split('; ') : detail
  return parts
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const match = /^([A-Za-z.]+): (.*)$/s.exec(part)
      const field = match?.[1]?.split('.')[0]
      const known = FIELDS.find((name) => name === field)
      return known && match
        ? { field: known, message: match[2]! }
        : { field: undefined, message: part }
    })
}

/** A reason in the interface's language: the field's label and, when known, the message's words. */
export function reasonText(reason: Reason, t: ParticipantsText): string {
  const line = /as line (\d+)$/.exec(reason.message)
  const key = line
    ? 'reason.duplicateLine'
    : MESSAGES.find(([pattern]) => pattern.test(reason.message))?.[1]
  const value = /^"([^"]*)"/.exec(reason.message)?.[1]
  const message = key
    ? t(key, { line: line?.[1], value, interpolation: { escapeValue: false } })
    : reason.message
  if (!reason.field) return message
  const field =
    reason.field === 'duplicate' ? 'reason.duplicate' : (`field.${reason.field}` as const)
  return t('reason.named', { field: t(field), message })
}
