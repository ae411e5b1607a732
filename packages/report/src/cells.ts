import { label } from '@atelier/model'
import type { Locale, NoteCategory, Priority, Verdict } from '@atelier/model'
import type { SessionId } from '@atelier/toolkit'
import { getSessionTemplate, localize } from '@atelier/toolkit'
import type { Disagreement, ParticipationFigures, ReportScores } from './model.js'
import { say } from './strings.js'
import type { StringKey } from './strings.js'

/** What every renderer prints in a cell, so Markdown, DOCX and XLSX say the same thing. */
export function categoryText(category: NoteCategory, language: Locale): string {
  return label(`category.${category}`, language)
}

export function priorityText(priority: Priority | undefined, language: Locale): string {
  return priority ? label(`priority.${priority}`, language) : ''
}

export function verdictText(verdict: Verdict | undefined, language: Locale): string {
  return verdict ? say(`verdict.${verdict}`, language) : say('notDecided', language)
}

/** "Probabilité 3 · Impact 4", "Urgence 2 · Faisabilité 5", or the grid lane's name. */
export function scoresText(scores: ReportScores | undefined, language: Locale): string {
  if (!scores) return ''
  if (scores.kind === 'riskMatrix') {
    return `${label('axis.likelihood', language)} ${scores.likelihood} · ${label('axis.impact', language)} ${scores.impact}`
  }
  if (scores.kind === 'actionMatrix') {
    return `${label('axis.urgency', language)} ${scores.urgency} · ${label('axis.feasibility', language)} ${scores.feasibility}`
  }
  return label(`lane.${scores.lane}`, language)
}

export function sessionName(id: SessionId, language: Locale): string {
  const template = getSessionTemplate(id)
  return template ? localize(template.title, language) : id
}

/** The colon between a label and its value: spaced before in French, as French typesetting wants. */
export function colon(language: Locale): string {
  return language === 'fr' ? ' : ' : ': '
}

export function keyText(key: Disagreement['key']): string {
  return key.kind === 'tag' ? `#${key.value}` : `“${key.value}”`
}

/** The participation figures a session has, in a fixed order, each with its label. */
export function figureRows(
  figures: ParticipationFigures,
  language: Locale,
): Array<[string, number]> {
  const order = [
    'invited',
    'confirmed',
    'attended',
    'contributors',
    'voters',
    'notes',
    'votes',
    'recommendations',
  ] as const
  const rows: Array<[string, number]> = []
  for (const name of order) {
    const value = figures[name]
    if (value !== undefined) rows.push([say(`figure.${name}` as StringKey, language), value])
  }
  return rows
}

export function dateText(at: number, language: Locale): string {
  const tag = language === 'ar' ? 'ar-MA' : language === 'en' ? 'en-GB' : 'fr-FR'
  return new Date(at).toLocaleDateString(tag, { year: 'numeric', month: 'long', day: 'numeric' })
}
