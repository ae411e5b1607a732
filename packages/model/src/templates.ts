import { z } from 'zod/mini'
import type { LabelKey } from './labels.js'
import type { NoteCategory, Priority, Size } from './schema.js'

export const FrameKind = {
  riskMatrix: 'riskMatrix',
  actionMatrix: 'actionMatrix',
  noteGrid: 'noteGrid',
  roadmap: 'roadmap',
} as const
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind]
export const frameKindSchema = z.enum(FrameKind)

export const Lane = {
  findings: 'findings',
  needs: 'needs',
  priorityActions: 'priorityActions',
  keyActors: 'keyActors',
  recommendations: 'recommendations',
  priorityLevel: 'priorityLevel',
} as const
export type Lane = (typeof Lane)[keyof typeof Lane]
export const laneSchema = z.enum(Lane)

/** The roadmap's columns: the months, counted from the final workshop, an action starts within. */
export const RoadmapHorizon = {
  months0to3: 'months-0-3',
  months3to6: 'months-3-6',
  months6to12: 'months-6-12',
  months12plus: 'months-12-plus',
} as const
export type RoadmapHorizon = (typeof RoadmapHorizon)[keyof typeof RoadmapHorizon]
export const roadmapHorizonSchema = z.enum(RoadmapHorizon)
/** The horizons in order, earliest first (the roadmap's columns, left to right). */
export const ROADMAP_HORIZONS: readonly RoadmapHorizon[] = Object.values(RoadmapHorizon)

/** The roadmap's rows: the kind of actor that leads an action. */
export const RoadmapLead = {
  publicInstitutions: 'public-institutions',
  civilSociety: 'civil-society',
  youthAndMigrants: 'youth-and-migrants',
  mediaAndAcademia: 'media-and-academia',
  internationalPartners: 'international-partners',
} as const
export type RoadmapLead = (typeof RoadmapLead)[keyof typeof RoadmapLead]
export const roadmapLeadSchema = z.enum(RoadmapLead)
/** The lead actors in order (the roadmap's rows, top to bottom). */
export const ROADMAP_LEADS: readonly RoadmapLead[] = Object.values(RoadmapLead)

/** The horizon a priority suggests: high now, medium next, low later. */
export function horizonForPriority(priority: Priority): RoadmapHorizon {
  if (priority === 'high') return RoadmapHorizon.months0to3
  if (priority === 'medium') return RoadmapHorizon.months3to6
  return RoadmapHorizon.months6to12
}

/** Room kept around a frame's cells for its title and axis labels, in board units. */
export type Padding = { top: number; right: number; bottom: number; left: number }

/** One axis of a matrix: its name (the score's key), label, and one label per level from 1 up. */
export type Axis<Name extends string> = {
  name: Name
  label: LabelKey
  levels: readonly LabelKey[]
}

type MatrixTemplate<Kind extends FrameKind, X extends string, Y extends string> = {
  kind: Kind
  layout: 'matrix'
  title: LabelKey
  /** Levels grow left to right. */
  xAxis: Axis<X>
  /** Levels grow bottom to top, so the most severe corner is top right. */
  yAxis: Axis<Y>
  size: Size
  padding: Padding
}

export type RiskMatrixTemplate = MatrixTemplate<'riskMatrix', 'likelihood', 'impact'>
export type ActionMatrixTemplate = MatrixTemplate<'actionMatrix', 'feasibility', 'urgency'>

export type NoteGridTemplate = {
  kind: 'noteGrid'
  layout: 'lanes'
  title: LabelKey
  /** Lanes are columns, first lane at the left, in every locale: positions are shared. */
  lanes: readonly { lane: Lane; label: LabelKey; category?: NoteCategory }[]
  size: Size
  padding: Padding
}

/** The operational roadmap: columns by time horizon, rows by lead actor. */
export type RoadmapFrameTemplate = {
  kind: 'roadmap'
  layout: 'table'
  title: LabelKey
  /** Columns, earliest horizon at the left, in every locale: positions are shared. */
  columns: readonly { horizon: RoadmapHorizon; label: LabelKey }[]
  /** Rows, top to bottom. */
  rows: readonly { lead: RoadmapLead; label: LabelKey }[]
  size: Size
  padding: Padding
}

export type FrameTemplate =
  RiskMatrixTemplate | ActionMatrixTemplate | NoteGridTemplate | RoadmapFrameTemplate

/** The smallest cell a resize may leave, so every cell can still take a finger and a label. */
export const MIN_CELL = 40

const matrixPadding: Padding = { top: 56, right: 16, bottom: 72, left: 120 }
const fiveLevels = (axis: string) =>
  [1, 2, 3, 4, 5].map((level) => `${axis}.${level}` as LabelKey) as readonly LabelKey[]

/**
 * The frames a board can be built from: the terms of reference's risk and action prioritisation
 * matrices and its note-taking grid ("grille de prise de notes par groupe").
 */
export const frameTemplates: {
  readonly riskMatrix: RiskMatrixTemplate
  readonly actionMatrix: ActionMatrixTemplate
  readonly noteGrid: NoteGridTemplate
  readonly roadmap: RoadmapFrameTemplate
} = {
  riskMatrix: {
    kind: 'riskMatrix',
    layout: 'matrix',
    title: 'frame.riskMatrix',
    xAxis: { name: 'likelihood', label: 'axis.likelihood', levels: fiveLevels('likelihood') },
    yAxis: { name: 'impact', label: 'axis.impact', levels: fiveLevels('impact') },
    size: { w: 1036, h: 828 },
    padding: matrixPadding,
  },
  actionMatrix: {
    kind: 'actionMatrix',
    layout: 'matrix',
    title: 'frame.actionMatrix',
    xAxis: { name: 'feasibility', label: 'axis.feasibility', levels: fiveLevels('feasibility') },
    yAxis: { name: 'urgency', label: 'axis.urgency', levels: fiveLevels('urgency') },
    size: { w: 1036, h: 828 },
    padding: matrixPadding,
  },
  noteGrid: {
    kind: 'noteGrid',
    layout: 'lanes',
    title: 'frame.noteGrid',
    lanes: [
      { lane: 'findings', label: 'lane.findings', category: 'finding' },
      { lane: 'needs', label: 'lane.needs', category: 'need' },
      { lane: 'priorityActions', label: 'lane.priorityActions', category: 'action' },
      { lane: 'keyActors', label: 'lane.keyActors', category: 'actor' },
      { lane: 'recommendations', label: 'lane.recommendations', category: 'recommendation' },
      { lane: 'priorityLevel', label: 'lane.priorityLevel' },
    ],
    size: { w: 1352, h: 1020 },
    padding: { top: 104, right: 16, bottom: 16, left: 16 },
  },
  roadmap: {
    kind: 'roadmap',
    layout: 'table',
    title: 'frame.roadmap',
    columns: ROADMAP_HORIZONS.map((horizon) => ({
      horizon,
      label: `horizon.${horizon}` as LabelKey,
    })),
    rows: ROADMAP_LEADS.map((lead) => ({ lead, label: `lead.${lead}` as LabelKey })),
    size: { w: 1416, h: 1020 },
    padding: { top: 104, right: 16, bottom: 16, left: 200 },
  },
}

/** How many columns and rows of cells a frame of this kind has. */
export function gridShape(kind: FrameKind): { columns: number; rows: number } {
  const template = frameTemplates[kind]
  if (template.layout === 'lanes') return { columns: template.lanes.length, rows: 1 }
  if (template.layout === 'table') {
    return { columns: template.columns.length, rows: template.rows.length }
  }
  return { columns: template.xAxis.levels.length, rows: template.yAxis.levels.length }
}

/** The smallest size a frame of this kind may have. */
export function minFrameSize(kind: FrameKind): Size {
  const { padding } = frameTemplates[kind]
  const { columns, rows } = gridShape(kind)
  return {
    w: padding.left + padding.right + columns * MIN_CELL,
    h: padding.top + padding.bottom + rows * MIN_CELL,
  }
}
