/**
 * The report model as `GET /api/workshops/<w>/report.json` sends it: the parts of
 * packages/report/src/model.ts the printable page shows (the web app does not load the
 * report package, which carries the DOCX and XLSX writers).
 */
export type ReportScores =
  | { kind: 'riskMatrix'; likelihood: number; impact: number }
  | { kind: 'actionMatrix'; feasibility: number; urgency: number }
  | { kind: 'noteGrid'; lane: string }

export type ReportNote = {
  id: string
  text: string
  category: string
  tags: string[]
  votes: number
  priority?: string
  scores?: ReportScores
  author?: string
}

export type Verdict = 'agreed' | 'reservations' | 'not-agreed'

export type SessionReport = {
  id: string
  title: string
  subgroups: {
    board: string
    title: string
    categories: { category: string; notes: ReportNote[] }[]
  }[]
  mainFindings: ReportNote[]
  priorities: {
    note: ReportNote
    rank: number
    verdict?: Verdict
    reservation?: string
    from?: string
  }[]
  recommendations: {
    board: string
    boardTitle: string
    title: string
    text: string
    priority: string
    actors: string[]
  }[]
  participation: Partial<Record<Figure, Count>> & {
    /** By stakeholder type of the participant registry: counts only, never a person. */
    stakeholders?: Record<string, Partial<Record<'invited' | 'confirmed' | 'attended', Count>>>
  }
}

/** A count of people, or `fewerThan3` for a group small enough to point at someone. */
export type Count = number | 'fewerThan3'

export const FIGURES = [
  'invited',
  'confirmed',
  'attended',
  'contributors',
  'voters',
  'notes',
  'votes',
  'recommendations',
] as const
export type Figure = (typeof FIGURES)[number]

type Key = { kind: 'tag' | 'text'; value: string }

/**
 * One action of the roadmap board (packages/report's `RoadmapAction`): its horizon and
 * lead-actor row, by id and by title in the report's language, and its action sheet.
 */
export type RoadmapAction = {
  horizonId: string
  horizon: string
  leadId: string
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
  priority?: string
}

export type Report = {
  title: string
  language: 'fr' | 'en' | 'ar'
  authors: boolean
  generatedAt: number
  sessions: SessionReport[]
  crossSector: {
    themes: {
      tag: string
      sessions: { session: string; notes: number; votes: number; level?: string }[]
    }[]
    priorities: {
      key: Key
      entries: { session: string; text: string; verdict?: Verdict; votes: number }[]
    }[]
    disagreements: {
      kind: 'verdict' | 'level'
      key: Key
      for: { session: string; text: string }[]
      against: { session: string; text: string }[]
    }[]
  }
  /** Ordered by horizon, then lead-actor row, then place on the board. */
  roadmap: RoadmapAction[]
}
