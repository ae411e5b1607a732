import { z } from 'zod'
import { frameTemplates } from '@atelier/model'
import type { Rect } from '@atelier/model'
import { localizedSchema } from './localized.js'
import {
  PhaseKind,
  boardLayoutSchema,
  phaseSchema,
  scenarioSchema,
  sessionIdSchema,
  sessionRiskSchema,
  themeSchema,
} from './schema.js'
import type { LayoutFrame } from './schema.js'

/**
 * One of the three sectoral consultations: who comes, the sub-groups' themes, the timed agenda
 * and its discussion guide, the boards' starting frames, the risk sheets and the scenarios.
 */
export const sessionTemplateSchema = z
  .strictObject({
    id: sessionIdSchema,
    /** Its number in the terms of reference (Session 1, 2, 3). */
    number: z.number().int().positive(),
    title: localizedSchema,
    /** Who is invited, as the terms of reference name them. */
    audience: localizedSchema,
    summary: localizedSchema,
    participants: z.number().int().positive(),
    /** One sub-group per theme; the participants share themselves among them. */
    themes: z.array(themeSchema).min(2),
    agenda: z.array(phaseSchema).min(1),
    layout: boardLayoutSchema,
    riskSheets: z.array(sessionRiskSchema).min(1),
    scenarios: z.array(scenarioSchema).min(2),
  })
  .superRefine((session, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    for (const duplicate of duplicates(sessionIds(session))) {
      issue([], `the id ${duplicate} is used twice in session ${session.id}`)
    }
    const roundLength = Math.max(
      0,
      ...session.agenda.filter((p) => p.kind === PhaseKind.scenario).map((p) => p.minutes),
    )
    session.scenarios.forEach((scenario, index) => {
      if (scenario.minutes > roundLength) {
        issue(['scenarios', index, 'minutes'], `longer than the scenario phase (${roundLength})`)
      }
    })
    const scenarioIds = new Set(session.scenarios.map((scenario) => scenario.id))
    session.themes.forEach((theme, index) => {
      if (!scenarioIds.has(theme.scenario)) {
        issue(['themes', index, 'scenario'], `no scenario ${theme.scenario} in the session`)
      }
    })
    session.agenda.forEach((phase, index) => {
      if ((phase.kind === PhaseKind.voting) !== (phase.votes !== undefined)) {
        issue(['agenda', index, 'votes'], 'a voting phase, and only a voting phase, has votes')
      }
      const kinds = new Set(session.layout[phase.room].map((frame) => frame.kind))
      for (const kind of phase.frames) {
        if (!kinds.has(kind)) issue(['agenda', index, 'frames'], `no ${kind} on the ${phase.room}`)
      }
    })
    for (const room of ['subgroup', 'plenary'] as const) {
      const frames = session.layout[room]
      for (const duplicate of duplicates(frames.map((frame) => frame.id))) {
        issue(['layout', room], `the frame id ${duplicate} is used twice`)
      }
      frames.forEach((frame, index) => {
        if (frames.slice(0, index).some((other) => overlap(box(frame), box(other)))) {
          issue(['layout', room, index], `frame ${frame.id} overlaps another frame`)
        }
      })
    }
  })
export type SessionTemplate = z.infer<typeof sessionTemplateSchema>

/** Every id a session names, which must be unique within it. */
export function sessionIds(session: {
  themes: readonly { id: string }[]
  agenda: readonly { id: string; questions: readonly { id: string }[] }[]
  scenarios: readonly {
    id: string
    injects: readonly { id: string }[]
    questions: readonly { id: string }[]
  }[]
}): string[] {
  return [
    ...session.themes.map((theme) => theme.id),
    ...session.agenda.flatMap((phase) => [phase.id, ...phase.questions.map((q) => q.id)]),
    ...session.scenarios.flatMap((scenario) => [
      scenario.id,
      ...scenario.injects.map((inject) => inject.id),
      ...scenario.questions.map((q) => q.id),
    ]),
  ]
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

/** The box a layout frame takes on the board, at its template's size. */
export function box(frame: LayoutFrame): Rect {
  return { ...frame.at, ...frameTemplates[frame.kind].size }
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}
