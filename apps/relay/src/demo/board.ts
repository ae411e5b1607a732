import * as Y from 'yjs'
import {
  addFrame,
  addNote,
  initBoard,
  placeNoteInCell,
  type FrameCell,
  type NoteCategory,
} from '@atelier/model'

interface DemoNote {
  readonly text: string
  readonly category: NoteCategory
  readonly cell: FrameCell
  readonly anonymous?: boolean
  readonly tags?: string[]
}

const AUTHOR = { id: 'demo-facilitator', name: 'Facilitation' }

/** What sub-group 1 of the governance session had written when the demo opens. */
const RISKS: DemoNote[] = [
  {
    text: 'Désinformation en période électorale sur les réseaux sociaux',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 5 },
    tags: ['désinformation'],
  },
  {
    text: 'Récits migratoires haineux visant les migrants subsahariens à Tanger',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 4 },
    anonymous: true,
    tags: ['discours haineux', 'migration'],
  },
  {
    text: "Hameçonnage des comptes d'institutions publiques",
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 3, impact: 4 },
    tags: ['cybercriminalité'],
  },
  {
    text: 'Décisions automatisées par IA sans cadre éthique ni recours',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 2, impact: 4 },
    tags: ['IA'],
  },
]

const ACTIONS: DemoNote[] = [
  {
    text: 'Cellule régionale de coordination des signalements',
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 5, feasibility: 4 },
  },
  {
    text: "Modules d'éducation aux médias (EMI) dans les établissements de l'AREF",
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 4, feasibility: 5 },
  },
  {
    text: "Charte régionale d'éthique de l'IA dans le service public",
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 3, feasibility: 2 },
  },
]

const GRID: DemoNote[] = [
  {
    text: 'Peu de coordination entre institutions sur les incidents numériques',
    category: 'finding',
    cell: { kind: 'noteGrid', lane: 'findings' },
  },
  {
    text: 'Former les agents publics à la vérification des faits',
    category: 'need',
    cell: { kind: 'noteGrid', lane: 'needs' },
  },
  {
    text: 'Conseil Régional, AREF TTAH, CRDH',
    category: 'actor',
    cell: { kind: 'noteGrid', lane: 'keyActors' },
  },
]

/**
 * The demo board: a governance sub-group's space with the risk matrix, the action matrix and
 * the note-taking grid of the terms of reference, and the first notes the group placed on them.
 * Returns the whole board as one Yjs update, ready to be stored.
 */
export function demoBoardUpdate(title: string): Uint8Array {
  const doc = new Y.Doc()
  initBoard(doc, { kind: 'subgroup', title, locale: 'fr' })
  const risk = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
  const action = addFrame(doc, 'actionMatrix', { x: 1136, y: 0 })
  const grid = addFrame(doc, 'noteGrid', { x: 0, y: 928 })
  const frameOf = { riskMatrix: risk, actionMatrix: action, noteGrid: grid } as const
  for (const note of [...RISKS, ...ACTIONS, ...GRID]) {
    const id = addNote(doc, {
      text: note.text,
      category: note.category,
      x: 0,
      y: 0,
      tags: note.tags ?? [],
      ...(note.anonymous ? { anonymous: true } : { author: AUTHOR }),
    })
    placeNoteInCell(doc, id, frameOf[note.cell.kind as keyof typeof frameOf], note.cell)
  }
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}
