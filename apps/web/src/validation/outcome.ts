import { label } from '@atelier/model'
import type { Note, NoteOrigin, Verdict } from '@atelier/model'
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

/** The session whose plenary a board is (`governance-plenary` → `governance`), else undefined. */
export function plenarySession(board: string): string | undefined {
  return /^(.+)-plenary$/.exec(board)?.[1]
}

/**
 * Where a copied note came from, as its badge and the accessible list say it: a sub-group by
 * its number ("G2", promoted to a plenary), or a session's plenary ("S1" once the session's
 * `number` is known, pulled onto the roadmap).
 */
export function originWords(
  origin: NoteOrigin,
  t: ValidationText,
  number?: number,
): { badge: string; sentence: string } {
  if (plenarySession(origin.board)) {
    return number === undefined
      ? { badge: t('origin.plenary'), sentence: t('list.fromPlenary') }
      : {
          badge: t('origin.plenaryBadge', { number }),
          sentence: t('list.fromSessionPlenary', { number }),
        }
  }
  const group = originGroup(origin.board)
  return { badge: t('origin.badge', { group }), sentence: t('list.origin', { group }) }
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
  if (note.origin) parts.push(originWords(note.origin, t).sentence)
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
