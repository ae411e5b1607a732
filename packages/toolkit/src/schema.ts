import { z } from 'zod'
import { FrameKind, idSchema, pointSchema } from '@atelier/model'
import { localizedSchema } from './localized.js'

export const SessionId = {
  governance: 'governance',
  operationalResponse: 'operational-response',
  inclusionResilience: 'inclusion-resilience',
} as const
export type SessionId = (typeof SessionId)[keyof typeof SessionId]
export const sessionIdSchema = z.enum(SessionId)

/** What a phase of the agenda asks of the room; the facilitator console and the timer read it. */
export const PhaseKind = {
  intro: 'intro',
  /** The accessible restitution of the UNESCO report's findings. */
  presentation: 'presentation',
  /** Private writing: notes stay hidden until the facilitator reveals them. */
  brainstorm: 'brainstorm',
  discussion: 'discussion',
  scenario: 'scenario',
  voting: 'voting',
  validation: 'validation',
  plenary: 'plenary',
  break: 'break',
  closing: 'closing',
} as const
export type PhaseKind = (typeof PhaseKind)[keyof typeof PhaseKind]
export const phaseKindSchema = z.enum(PhaseKind)

/** Where a phase happens: on each sub-group's board, or all together on the plenary board. */
export const Room = { subgroup: 'subgroup', plenary: 'plenary' } as const
export type Room = (typeof Room)[keyof typeof Room]
export const roomSchema = z.enum(Room)

/** The five digital risks of the terms of reference, one analysis sheet each. */
export const RiskSheetId = {
  cybercrime: 'cybercrime',
  disinformation: 'disinformation',
  hateSpeech: 'hate-speech',
  migrationNarratives: 'migration-narratives',
  aiMisuse: 'ai-misuse',
} as const
export type RiskSheetId = (typeof RiskSheetId)[keyof typeof RiskSheetId]
export const riskSheetIdSchema = z.enum(RiskSheetId)

const frameKindSchema = z.enum(FrameKind)
const minutesSchema = z.number().int().positive().max(240)

/** A question of a discussion guide or of a scenario. */
export const questionSchema = z.strictObject({ id: idSchema, text: localizedSchema })
export type Question = z.infer<typeof questionSchema>

/** One timed step of a session's agenda, with the questions the facilitator asks during it. */
export const phaseSchema = z.strictObject({
  id: idSchema,
  kind: phaseKindSchema,
  minutes: minutesSchema,
  room: roomSchema,
  title: localizedSchema,
  /** What the phase is for, as the facilitator explains it to the room. */
  purpose: localizedSchema,
  /** Frames of the board the phase works on (kinds present in the room's layout). */
  frames: z.array(frameKindSchema),
  /** The discussion guide's questions for this phase, asked in this order. */
  questions: z.array(questionSchema),
  /** In a voting phase, how many votes each participant has (packages/model `castVote`'s budget). */
  votes: z.number().int().positive().optional(),
})
export type Phase = z.infer<typeof phaseSchema>

/** One frame a board starts with: a frame template of packages/model, placed at `at`. */
export const layoutFrameSchema = z.strictObject({
  id: idSchema,
  kind: frameKindSchema,
  at: pointSchema,
})
export type LayoutFrame = z.infer<typeof layoutFrameSchema>

/** The frames each kind of board of a session starts with. */
export const boardLayoutSchema = z.strictObject({
  subgroup: z.array(layoutFrameSchema).min(1),
  plenary: z.array(layoutFrameSchema).min(1),
})
export type BoardLayout = z.infer<typeof boardLayoutSchema>

/** A sub-group's theme: one of the session's themes in the terms of reference. */
export const themeSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /** The question the sub-group keeps in mind all day. */
  question: localizedSchema,
  /** The id of the scenario the sub-group plays in the serious-game phase. */
  scenario: idSchema,
})
export type Theme = z.infer<typeof themeSchema>

/** A session's angle on one of the five risk sheets. */
export const sessionRiskSchema = z.strictObject({
  sheet: riskSheetIdSchema,
  focus: localizedSchema,
})
export type SessionRisk = z.infer<typeof sessionRiskSchema>

/** A new fact the facilitator reveals `atMinute` minutes into a scenario round. */
export const injectSchema = z.strictObject({
  id: idSchema,
  atMinute: z.number().int().nonnegative(),
  title: localizedSchema,
  text: localizedSchema,
})
export type Inject = z.infer<typeof injectSchema>

/** A serious-game scenario: a situation, timed injects that reveal how it unfolds, questions. */
export const scenarioSchema = z
  .strictObject({
    id: idSchema,
    title: localizedSchema,
    risks: z.array(riskSheetIdSchema).min(1),
    minutes: minutesSchema,
    situation: localizedSchema,
    /** Who the sub-group plays. */
    role: localizedSchema,
    injects: z.array(injectSchema).min(3),
    /** What each sub-group answers, after the last inject. */
    questions: z.array(questionSchema).min(2),
  })
  .superRefine((scenario, ctx) => {
    scenario.injects.forEach((inject, index) => {
      const previous = scenario.injects[index - 1]
      if (previous && inject.atMinute <= previous.atMinute) {
        ctx.addIssue({
          code: 'custom',
          path: ['injects', index, 'atMinute'],
          message: 'injects come in order, each later than the one before',
        })
      }
      if (inject.atMinute >= scenario.minutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['injects', index, 'atMinute'],
          message: `an inject must come before the round ends (${scenario.minutes} minutes)`,
        })
      }
    })
  })
export type Scenario = z.infer<typeof scenarioSchema>

/**
 * A digital-risk analysis sheet ("fiche d'analyse des risques numériques"): what the risk is,
 * local examples, and one guiding question per field of the risk sheet a note carries in
 * packages/model (`RISK_FIELDS`).
 */
export const riskSheetSchema = z.strictObject({
  id: riskSheetIdSchema,
  title: localizedSchema,
  summary: localizedSchema,
  /** Situations seen in the Tanger-Tétouan-Al Hoceima region, to start the conversation. */
  examples: z.array(localizedSchema).min(2),
  prompts: z.strictObject({
    description: localizedSchema,
    groupsAffected: localizedSchema,
    channels: localizedSchema,
    drivers: localizedSchema,
    existingCapacities: localizedSchema,
    gaps: localizedSchema,
  }),
})
export type RiskSheetTemplate = z.infer<typeof riskSheetSchema>
