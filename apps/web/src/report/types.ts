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
  participation: Partial<Record<Figure, number>>
}

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
}
