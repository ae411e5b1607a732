import { z } from 'zod'
import { Locale, idSchema } from '@atelier/model'
import type {
  Lane,
  NoteCategory,
  Priority,
  RoadmapHorizon,
  RoadmapLead,
  Verdict,
} from '@atelier/model'
import { sessionIdSchema } from '@atelier/toolkit'
import type { BoardDoc, SessionId } from '@atelier/toolkit'

/** A group smaller than this is never shown as a number, as the participant balance does. */
export const FEWER_THAN_3 = 'fewerThan3'
const countSchema = z.union([z.number().int().nonnegative(), z.literal(FEWER_THAN_3)])
/** A count of people, or `fewerThan3` for a group small enough to point at someone. */
export type PeopleCount = z.infer<typeof countSchema>

const statusCountsSchema = z.strictObject({
  invited: countSchema.optional(),
  confirmed: countSchema.optional(),
  attended: countSchema.optional(),
})
export type StatusCounts = z.infer<typeof statusCountsSchema>

/**
 * Aggregated participation figures of one session: counts only, never a person. `stakeholders`
 * breaks them down by stakeholder type of the participant registry (`youth`, `civil-society`…).
 */
export const participationSchema = statusCountsSchema.extend({
  stakeholders: z.record(z.string().regex(/^[a-z][a-z-]{0,39}$/), statusCountsSchema).optional(),
})
export type ParticipationInput = z.infer<typeof participationSchema>

const boardInputSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['subgroup', 'plenary']),
  /** The board's title as planned; the document's own title when left out. */
  title: z.string().trim().min(1).optional(),
  /** The sub-group's theme id, one of the session template's themes. */
  theme: z.string().optional(),
  doc: z.custom<BoardDoc>(
    (value) => typeof value === 'object' && value !== null,
    'a board document',
  ),
})
export type ReportBoardInput = z.input<typeof boardInputSchema>

/** What the report is made from: the consultation, its boards, and optional counts. */
export const reportInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  sessions: z
    .array(
      z.strictObject({
        id: sessionIdSchema,
        boards: z.array(boardInputSchema),
        participation: participationSchema.optional(),
      }),
    )
    .max(3),
  /** Milliseconds since 1970; the report prints its date. */
  generatedAt: z.number().finite().nonnegative().optional(),
  /** The workshop-wide roadmap board, when the consultation has one. */
  roadmap: z
    .strictObject({
      doc: z.custom<BoardDoc>(
        (value) => typeof value === 'object' && value !== null,
        'a board document',
      ),
    })
    .optional(),
})
export type ReportInput = z.input<typeof reportInputSchema>

/** How the report is written: in which language, and whether note authors are named. */
export const reportOptionsSchema = z.strictObject({
  language: z.enum(Locale).default(Locale.fr),
  /** False for an observer: no author name anywhere in the report. */
  authors: z.boolean().default(true),
})
export type ReportOptions = z.input<typeof reportOptionsSchema>

/** A note's place on a matrix or in the grid, as the board derives it from its position. */
export type ReportScores =
  | { kind: 'riskMatrix'; likelihood: number; impact: number }
  | { kind: 'actionMatrix'; feasibility: number; urgency: number }
  | { kind: 'noteGrid'; lane: Lane }

export type ReportNote = {
  id: string
  board: string
  text: string
  category: NoteCategory
  tags: string[]
  votes: number
  priority?: Priority
  scores?: ReportScores
  /** The display name of its author; absent when anonymous or when authors are left out. */
  author?: string
}

export type CategoryNotes = { category: NoteCategory; notes: ReportNote[] }

export type SubgroupSynthesis = {
  board: string
  title: string
  theme?: string
  categories: CategoryNotes[]
}

export type ReportPriority = {
  note: ReportNote
  rank: number
  verdict?: Verdict
  reservation?: string
  /** The sub-group board the priority was promoted from, by title. */
  from?: string
}

export type ReportRecommendation = {
  board: string
  boardTitle: string
  title: string
  text: string
  priority: Priority
  actors: string[]
}

export type ParticipationFigures = ParticipationInput & {
  contributors: number
  voters: number
  notes: number
  votes: number
  recommendations: number
}

export type SessionReport = {
  id: SessionId
  title: string
  subgroups: SubgroupSynthesis[]
  mainFindings: ReportNote[]
  priorities: ReportPriority[]
  recommendations: ReportRecommendation[]
  participation: ParticipationFigures
}

/** A theme (tag) and how it stands in each session where it appears. */
export type ThemeAcross = {
  tag: string
  sessions: { session: SessionId; notes: number; votes: number; level?: Priority }[]
}

/** Priorities of several sessions that share a tag or the same wording. */
export type RecurringPriority = {
  key: { kind: 'tag' | 'text'; value: string }
  entries: {
    session: SessionId
    text: string
    verdict?: Verdict
    priority?: Priority
    votes: number
  }[]
}

export const DisagreementKind = { verdict: 'verdict', level: 'level' } as const
export type DisagreementKind = (typeof DisagreementKind)[keyof typeof DisagreementKind]

export type Disagreement = {
  kind: DisagreementKind
  key: RecurringPriority['key']
  /** Where it was agreed (or high), and where not (or low). */
  for: { session: SessionId; text: string }[]
  against: { session: SessionId; text: string }[]
}

export type CrossSector = {
  themes: ThemeAcross[]
  priorities: RecurringPriority[]
  disagreements: Disagreement[]
}

/**
 * One action of the roadmap board, in the report's language: its horizon and lead-actor row
 * (from its place in the roadmap frame), its text, and every field of its action sheet.
 */
export type RoadmapAction = {
  /** The horizon's id (`months-0-3`…) and its title. */
  horizonId: RoadmapHorizon
  horizon: string
  /** The lead-actor row's id (`civil-society`…) and its title. */
  leadId: RoadmapLead
  lead: string
  action: string
  responsible: string
  partners: string[]
  coordination: string
  /** The texts of the actions this one depends on. */
  dependencies: string[]
  risks: string
  mitigation: string
  sustainability: string
  /** How young people and migrants take part. */
  inclusion: string
  priority?: Priority
}

export type Report = {
  title: string
  language: Locale
  /** Whether notes carry their author's display name (false in an observer's report). */
  authors: boolean
  generatedAt: number
  sessions: SessionReport[]
  crossSector: CrossSector
  roadmap: RoadmapAction[]
}
