import { label } from '@atelier/model'
import type { Locale, NoteCategory, Priority, Verdict } from '@atelier/model'
import type { SessionId } from '@atelier/toolkit'
import { getSessionTemplate, localize } from '@atelier/toolkit'
import { FEWER_THAN_3 } from './model.js'
import type { Disagreement, ParticipationFigures, PeopleCount, ReportScores } from './model.js'
import { say } from './strings.js'
import type { StringKey } from './strings.js'
import { TOOLKIT_STRINGS, sayToolkit } from './toolkit-document-strings.js'
import type { ToolkitStringKey } from './toolkit-document-strings.js'

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

/** A count of people as printed: the number, or "fewer than 3" for a small group. */
export function countText(count: PeopleCount | undefined, language: Locale): string | number {
  if (count === undefined) return ''
  return count === FEWER_THAN_3 ? say('fewerThan3', language) : count
}

/**
 * The session's people by stakeholder type: the type's name, then how many were invited,
 * confirmed and present. Empty when the report was given no breakdown.
 */
export function stakeholderRows(
  figures: ParticipationFigures,
  language: Locale,
): Array<[string, string | number, string | number, string | number]> {
  return Object.entries(figures.stakeholders ?? {}).map(([type, counts]) => {
    const key = `stakeholder.${type}`
    const name =
      key in TOOLKIT_STRINGS[language] ? sayToolkit(key as ToolkitStringKey, language) : type
    return [
      name,
      countText(counts.invited, language),
      countText(counts.confirmed, language),
      countText(counts.attended, language),
    ]
  })
}

/** The header of the stakeholder table: the type, then the three figures. */
export function stakeholderHeader(language: Locale): string[] {
  return [
    sayToolkit('stakeholder', language),
    say('figure.invited', language),
    say('figure.confirmed', language),
    say('figure.attended', language),
  ]
}

/** The participation figures a session has, in a fixed order, each with its label. */
export function figureRows(
  figures: ParticipationFigures,
  language: Locale,
): Array<[string, string | number]> {
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
  const rows: Array<[string, string | number]> = []
  for (const name of order) {
    const value = figures[name]
    if (value !== undefined) {
      rows.push([say(`figure.${name}` as StringKey, language), countText(value, language)])
    }
  }
  return rows
}

export function dateText(at: number, language: Locale): string {
  const tag = language === 'ar' ? 'ar-MA' : language === 'en' ? 'en-GB' : 'fr-FR'
  return new Date(at).toLocaleDateString(tag, { year: 'numeric', month: 'long', day: 'numeric' })
}
