import { z } from 'zod'
import { Locale } from '@atelier/model'
import { boardTitle, getSessionTemplate, roadmapTitle, sessionIdSchema } from '@atelier/toolkit'
import type { BoardSetup, SessionTemplate } from '@atelier/toolkit'

/** Sub-groups per session: the terms of reference plan 24 participants in 4 groups of 6. */
export const DEFAULT_GROUPS = 4
const MAX_GROUPS = 12

/** What the facilitator asks for when creating a consultation. */
export const consultationInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  sessions: z
    .array(sessionIdSchema)
    .min(1)
    .max(3)
    .refine((ids) => new Set(ids).size === ids.length, 'each session once'),
  groups: z.number().int().min(1).max(MAX_GROUPS).default(DEFAULT_GROUPS),
  locale: z.enum(Locale).default(Locale.fr),
})
export type ConsultationInput = z.input<typeof consultationInputSchema>

const boardSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['subgroup', 'plenary']),
  group: z.number().int().positive().optional(),
  theme: z.string().optional(),
  title: z.string(),
})
export type PlannedBoard = z.infer<typeof boardSchema>

/** The id of the consultation's one workshop-wide roadmap board. */
export const ROADMAP_BOARD_ID = 'roadmap'

const roadmapBoardSchema = z.strictObject({
  id: z.literal(ROADMAP_BOARD_ID),
  kind: z.literal('roadmap'),
  title: z.string(),
})
export type RoadmapBoard = z.infer<typeof roadmapBoardSchema>

/**
 * The consultation as stored and served: no personal data, only its sessions' boards and the
 * workshop-wide roadmap board (absent from consultations stored before it existed: read them
 * with {@link readConsultation}, which adds it).
 */
export const consultationSchema = z.strictObject({
  workshop: z.string(),
  title: z.string(),
  locale: z.enum(Locale),
  groups: z.number().int().positive(),
  createdAt: z.number().int(),
  sessions: z.array(z.strictObject({ id: sessionIdSchema, boards: z.array(boardSchema) })),
  roadmap: roadmapBoardSchema.optional(),
})
export type Consultation = z.infer<typeof consultationSchema>

/** The roadmap board a consultation in `locale` plans. */
export function roadmapBoardOf(locale: Locale): RoadmapBoard {
  return { id: ROADMAP_BOARD_ID, kind: 'roadmap', title: roadmapTitle({ locale }) }
}

/**
 * Reads a stored consultation record; one stored before consultations had a roadmap board
 * gets it, so every reader sees the same shape.
 */
export function readConsultation(record: string): Consultation & { roadmap: RoadmapBoard } {
  const consultation = consultationSchema.parse(JSON.parse(record))
  return { ...consultation, roadmap: consultation.roadmap ?? roadmapBoardOf(consultation.locale) }
}

/**
 * The boards of a consultation: for each session, one board per sub-group (`<session>-g<n>`,
 * given the session's themes in order while they last) and its plenary (`<session>-plenary`).
 */
export function planConsultation(
  workshop: string,
  input: z.output<typeof consultationInputSchema>,
  now: number,
): Consultation & { roadmap: RoadmapBoard } {
  const sessions = input.sessions.map((id) => {
    const template = sessionTemplate(id)
    const boards: PlannedBoard[] = []
    for (let group = 1; group <= input.groups; group++) {
      const theme = template.themes[group - 1]?.id
      const setup: BoardSetup = theme
        ? { kind: 'subgroup', locale: input.locale, theme }
        : { kind: 'subgroup', locale: input.locale, number: group }
      boards.push({
        id: `${id}-g${group}`,
        kind: 'subgroup',
        group,
        ...(theme ? { theme } : {}),
        title: boardTitle(template, setup),
      })
    }
    const plenary = { kind: 'plenary', locale: input.locale } as const
    boards.push({
      id: `${id}-plenary`,
      kind: 'plenary',
      title: boardTitle(template, plenary),
    })
    return { id, boards }
  })
  return {
    workshop,
    title: input.title,
    locale: input.locale,
    groups: input.groups,
    createdAt: now,
    sessions,
    roadmap: roadmapBoardOf(input.locale),
  }
}

/** The setup `prepareBoard` takes for a planned board. */
export function setupOf(board: PlannedBoard, locale: Locale): BoardSetup {
  return {
    kind: board.kind,
    locale,
    title: board.title,
    ...(board.theme ? { theme: board.theme } : {}),
  }
}

export function sessionTemplate(id: string): SessionTemplate {
  const template = getSessionTemplate(id)
  if (!template) throw new Error(`no session template ${id}`)
  return template
}
