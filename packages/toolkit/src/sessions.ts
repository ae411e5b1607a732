import type { Phase, Question, RiskSheetId, RiskSheetTemplate } from './schema.js'
import type { SessionTemplate } from './session-schema.js'
import { riskSheets } from './risk-sheets.js'
import { governance } from './sessions/governance.js'
import { inclusionResilience } from './sessions/inclusion-resilience.js'
import { operationalResponse } from './sessions/operational-response.js'

/** The three sectoral consultations of the terms of reference, in their order (Session 1, 2, 3). */
export const sessionTemplates: readonly SessionTemplate[] = [
  governance,
  operationalResponse,
  inclusionResilience,
]

/**
 * The session template with this id, or undefined when there is none.
 *
 * @example getSessionTemplate('governance')?.agenda
 */
export function getSessionTemplate(id: string): SessionTemplate | undefined {
  return sessionTemplates.find((session) => session.id === id)
}

/** The risk sheet with this id, or undefined when there is none. */
export function getRiskSheet(id: RiskSheetId | string): RiskSheetTemplate | undefined {
  return riskSheets.find((sheet) => sheet.id === id)
}

/** How long a session's agenda lasts, breaks included, in minutes. */
export function agendaMinutes(session: Pick<SessionTemplate, 'agenda'>): number {
  return session.agenda.reduce((total, phase) => total + phase.minutes, 0)
}

/** When each phase starts and ends, in minutes from the session's start, in agenda order. */
export function agendaSchedule(
  session: Pick<SessionTemplate, 'agenda'>,
): { phase: Phase; startMinute: number; endMinute: number }[] {
  let startMinute = 0
  return session.agenda.map((phase) => {
    const slot = { phase, startMinute, endMinute: startMinute + phase.minutes }
    startMinute = slot.endMinute
    return slot
  })
}

/** The discussion guide: the questions of each phase that has some, in agenda order. */
export function discussionGuide(
  session: Pick<SessionTemplate, 'agenda'>,
): { phase: Phase; questions: Question[] }[] {
  return session.agenda
    .filter((phase) => phase.questions.length > 0)
    .map((phase) => ({ phase, questions: phase.questions }))
}
