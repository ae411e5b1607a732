import type { Locale, Phase } from '@atelier/model'
import type { SessionTemplate } from '@atelier/toolkit'

/** The current phase as the session bar shows it, in one language. */
export type PhaseView = {
  id: string
  title: string
  /** Its place in the agenda, from 1, and the agenda's length (unknown without the template). */
  number: number
  total: number | undefined
  questions: { id: string; text: string }[]
}

/**
 * The phase the board's controls name, read from the session's template in `locale`. Without
 * the template (still loading, or a session this build does not know) the phase id stands in
 * for its title, and there are no questions.
 */
export function phaseView(
  phase: Phase,
  template: SessionTemplate | undefined,
  locale: Locale,
): PhaseView {
  const planned = template?.agenda.find((candidate) => candidate.id === phase.id)
  return {
    id: phase.id,
    title: planned?.title[locale] ?? phase.id,
    number: (planned ? template!.agenda.indexOf(planned) : phase.index) + 1,
    total: template?.agenda.length,
    questions: (planned?.questions ?? []).map((question) => ({
      id: question.id,
      text: question.text[locale],
    })),
  }
}
