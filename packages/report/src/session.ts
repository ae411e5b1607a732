import {
  NoteCategory,
  getBoardMeta,
  listNotes,
  listVotes,
  placementsOf,
  rankForValidation,
  readRecommendations,
  readValidation,
  voteCounts,
} from '@atelier/model'
import type { Locale, Note, Placement } from '@atelier/model'
import { localize } from '@atelier/toolkit'
import type { BoardDoc, SessionTemplate } from '@atelier/toolkit'
import type {
  ParticipationFigures,
  ParticipationInput,
  ReportNote,
  ReportPriority,
  ReportRecommendation,
  ReportScores,
  SessionReport,
  SubgroupSynthesis,
} from './model.js'

/** The order categories appear in a sub-group's synthesis: the note-taking grid's order. */
export const CATEGORY_ORDER: readonly NoteCategory[] = [
  NoteCategory.finding,
  NoteCategory.need,
  NoteCategory.action,
  NoteCategory.actor,
  NoteCategory.risk,
  NoteCategory.recommendation,
]

/** How many findings the "main findings" of a session keep. */
export const MAIN_FINDINGS = 10

export type SessionBoard = {
  id: string
  kind: 'subgroup' | 'plenary'
  title?: string
  theme?: string
  doc: BoardDoc
}

type Reading = { language: Locale; authors: boolean }

function scoresOf(placement: Placement | undefined): ReportScores | undefined {
  const cell = placement?.cell
  if (!cell) return undefined
  if (cell.kind === 'riskMatrix') return { ...cell }
  if (cell.kind === 'actionMatrix') return { ...cell }
  if (cell.kind === 'roadmap') return undefined
  return { kind: 'noteGrid', lane: cell.lane }
}

/** The notes the room can see on one board, in creation order, with votes and scores. */
function boardNotes(board: SessionBoard, reading: Reading): ReportNote[] {
  const counts = voteCounts(board.doc)
  const placements = placementsOf(board.doc)
  return listNotes(board.doc)
    .filter((note) => !note.hidden && note.text.trim() !== '')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((note) => reportNote(board.id, note, counts[note.id] ?? 0, placements[note.id], reading))
}

function reportNote(
  board: string,
  note: Note,
  votes: number,
  placement: Placement | undefined,
  reading: Reading,
): ReportNote {
  const entry: ReportNote = {
    id: note.id,
    board,
    text: note.text.trim(),
    category: note.category,
    tags: note.tags,
    votes,
  }
  if (note.priority) entry.priority = note.priority
  const scores = scoresOf(placement)
  if (scores) entry.scores = scores
  if (reading.authors && note.author) entry.author = note.author.name
  return entry
}

function titleOf(board: SessionBoard): string {
  return board.title ?? getBoardMeta(board.doc).title ?? board.id
}

function byVotes(a: ReportNote, b: ReportNote): number {
  return b.votes - a.votes
}

/** The plenary's notes in the order the room voted them, each with the room's verdict. */
function prioritiesOf(
  plenary: SessionBoard,
  titles: Map<string, string>,
  reading: Reading,
): ReportPriority[] {
  const placements = placementsOf(plenary.doc)
  return rankForValidation(plenary.doc)
    .filter((candidate) => candidate.note.text.trim() !== '')
    .map((candidate) => {
      const { note } = candidate
      const entry: ReportPriority = {
        note: reportNote(plenary.id, note, candidate.votes, placements[note.id], reading),
        rank: candidate.rank,
      }
      const validation = readValidation(plenary.doc, note.id)
      if (validation) {
        entry.verdict = validation.verdict
        if (validation.reservation) entry.reservation = validation.reservation
      }
      const from = note.origin && titles.get(note.origin.board)
      if (from) entry.from = from
      return entry
    })
}

function recommendationsOf(board: SessionBoard): ReportRecommendation[] {
  return readRecommendations(board.doc)
    .filter((item) => item.title.trim() !== '' || item.text.trim() !== '')
    .map((item) => ({
      board: board.id,
      boardTitle: titleOf(board),
      title: item.title.trim(),
      text: item.text.trim(),
      priority: item.priority,
      actors: item.actors,
    }))
}

function figuresOf(
  boards: readonly SessionBoard[],
  given: ParticipationInput | undefined,
  recommendations: number,
): ParticipationFigures {
  const writers = new Set<string>()
  const voters = new Set<string>()
  let notes = 0
  let votes = 0
  for (const board of boards) {
    for (const note of listNotes(board.doc)) {
      if (note.hidden) continue
      notes += 1
      if (note.author) writers.add(note.author.id)
    }
    for (const vote of listVotes(board.doc)) {
      votes += 1
      voters.add(vote.voter)
    }
  }
  return {
    ...given,
    contributors: writers.size,
    voters: voters.size,
    notes,
    votes,
    recommendations,
  }
}

/**
 * One session of the report: each sub-group's notes by category, the session's most voted
 * findings, the plenary's priorities as the room ranked and validated them, the rapporteurs'
 * recommendations (sub-groups first, then the plenary), and the participation counts.
 */
export function sessionReport(
  template: SessionTemplate,
  boards: readonly SessionBoard[],
  participation: ParticipationInput | undefined,
  reading: Reading,
): SessionReport {
  const subgroups = boards.filter((board) => board.kind === 'subgroup')
  const plenaries = boards.filter((board) => board.kind === 'plenary')
  const titles = new Map(boards.map((board) => [board.id, titleOf(board)]))
  const notesOf = new Map(boards.map((board) => [board.id, boardNotes(board, reading)]))
  const syntheses: SubgroupSynthesis[] = subgroups.map((board) => {
    const notes = notesOf.get(board.id) ?? []
    const theme = template.themes.find((entry) => entry.id === board.theme)
    return {
      board: board.id,
      title: titleOf(board),
      ...(theme ? { theme: localize(theme.title, reading.language) } : {}),
      categories: CATEGORY_ORDER.map((category) => ({
        category,
        notes: notes.filter((note) => note.category === category),
      })).filter((group) => group.notes.length > 0),
    }
  })
  const findings = [...notesOf.values()]
    .flat()
    .filter((note) => note.category === NoteCategory.finding)
  const recommendations = [...subgroups, ...plenaries].flatMap(recommendationsOf)
  return {
    id: template.id,
    title: localize(template.title, reading.language),
    subgroups: syntheses,
    mainFindings: [...findings].sort(byVotes).slice(0, MAIN_FINDINGS),
    priorities: plenaries.flatMap((plenary) => prioritiesOf(plenary, titles, reading)),
    recommendations,
    participation: figuresOf(boards, participation, recommendations.length),
  }
}
