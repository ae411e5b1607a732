import { label } from '@atelier/model'
import type { Note, Verdict } from '@atelier/model'
import type { Language } from '../i18n/language.js'
import { validationTextIn } from './strings.js'
import type { ValidationText } from './strings.js'

/**
 * The sub-group a board belongs to, as the room says it: `governance-g2` is group "2". A board
 * outside the consultation's naming keeps its id.
 */
export function originGroup(board: string): string {
  return /-g(\d+)$/.exec(board)?.[1] ?? board
}

/** Colours of each verdict's chip: readable on a note and on a projector. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, { ink: string; fill: string }>> = {
  agreed: { ink: '#ffffff', fill: '#2b8a3e' },
  reservations: { ink: '#ffffff', fill: '#d9480f' },
  'not-agreed': { ink: '#ffffff', fill: '#495057' },
}

/** A verdict's mark, so that the chip does not speak by colour alone. */
export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = {
  agreed: '✓',
  reservations: '!',
  'not-agreed': '✕',
}

/** The short text of a decided note's chip: its verdict's mark and its priority level. */
export function outcomeChip(note: Note, t: ValidationText, language: Language): string {
  const verdict = note.validation?.verdict
  if (!verdict) return ''
  const level = note.priority ? label(`priority.${note.priority}`, language) : t('priority.none')
  return `${VERDICT_MARKS[verdict]} ${level}`
}

/**
 * What the accessible list adds to a note's sentence on a plenary: where it came from, the
 * room's verdict with its priority level, and the reservation written with it.
 */
export function describeOutcome(note: Note, language: Language): string[] {
  const t = validationTextIn(language)
  const parts: string[] = []
  if (note.origin) parts.push(t('list.origin', { group: originGroup(note.origin.board) }))
  const validation = note.validation
  if (validation) {
    const level = note.priority
      ? t('priority.level', { level: label(`priority.${note.priority}`, language) })
      : t('priority.none')
    parts.push(`${t('list.verdict', { verdict: t(`verdict.${validation.verdict}`) })}, ${level}`)
    if (validation.reservation) {
      parts.push(t('list.reservation', { text: validation.reservation }))
    }
  }
  return parts
}
