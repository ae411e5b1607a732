/**
 * A sub-group's board as the terms of reference describe it, for browser tests, screenshots
 * and the demo: the risk and action matrices and the note-taking grid, with notes placed in
 * their cells. Written through packages/model only.
 */
import { addFrame, addNote, initBoard, placeNoteInCell } from '@atelier/model'
import type { FrameCell, NoteCategory, RiskSheet } from '@atelier/model'
import type * as Y from 'yjs'

type Seed = {
  text: string
  category: NoteCategory
  author?: string
  cell: FrameCell
  risk?: Partial<RiskSheet>
}

const RISKS: Seed[] = [
  {
    text: 'Désinformation sur les réseaux sociaux ciblant les migrants',
    category: 'risk',
    author: 'Youssef',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 5 },
    risk: {
      description: 'Rumeurs et fausses informations sur les procédures de régularisation.',
      groupsAffected: 'Migrants subsahariens, jeunes en transit',
      channels: 'WhatsApp, Facebook, TikTok',
      drivers: 'Faible accès aux sources officielles, barrière de la langue',
      existingCapacities: 'Associations de terrain, cellule de veille de l’OIM',
      gaps: 'Aucun mécanisme de vérification en darija',
    },
  },
  {
    text: 'Discours haineux en ligne envers les jeunes migrants',
    category: 'risk',
    author: 'Amina',
    cell: { kind: 'riskMatrix', likelihood: 4, impact: 4 },
  },
  {
    text: 'Arnaques à l’emploi diffusées sur WhatsApp',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 5, impact: 3 },
  },
  {
    text: 'Usurpation d’identité numérique',
    category: 'risk',
    author: 'Karim',
    cell: { kind: 'riskMatrix', likelihood: 3, impact: 4 },
  },
  {
    text: 'Deepfakes et contenus générés par IA',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 2, impact: 4 },
  },
  {
    text: 'Fuite de données personnelles des associations',
    category: 'risk',
    author: 'Amina',
    cell: { kind: 'riskMatrix', likelihood: 2, impact: 3 },
  },
  {
    text: 'Cyberharcèlement des jeunes femmes',
    category: 'risk',
    cell: { kind: 'riskMatrix', likelihood: 3, impact: 3 },
  },
]

const ACTIONS: Seed[] = [
  {
    text: 'Former les relais associatifs à la vérification des faits',
    category: 'action',
    author: 'Salma',
    cell: { kind: 'actionMatrix', urgency: 5, feasibility: 4 },
  },
  {
    text: 'Créer un point de signalement local',
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 4, feasibility: 3 },
  },
  {
    text: 'Campagne de sensibilisation en darija et en amazigh',
    category: 'action',
    author: 'Youssef',
    cell: { kind: 'actionMatrix', urgency: 4, feasibility: 5 },
  },
  {
    text: 'Cartographier les acteurs de la résilience numérique',
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 3, feasibility: 5 },
  },
  {
    text: 'Protocole de protection des données pour les ONG',
    category: 'action',
    cell: { kind: 'actionMatrix', urgency: 3, feasibility: 2 },
  },
]

const GRID: Seed[] = [
  {
    text: 'Faible connaissance des mécanismes de signalement',
    category: 'finding',
    cell: { kind: 'noteGrid', lane: 'findings' },
  },
  {
    text: 'Les jeunes s’informent d’abord par les réseaux sociaux',
    category: 'finding',
    cell: { kind: 'noteGrid', lane: 'findings' },
  },
  {
    text: 'Contenus accessibles en arabe, français et darija',
    category: 'need',
    cell: { kind: 'noteGrid', lane: 'needs' },
  },
  {
    text: 'Ateliers mensuels dans les maisons de jeunes',
    category: 'action',
    cell: { kind: 'noteGrid', lane: 'priorityActions' },
  },
  {
    text: 'Associations de migrants de Tanger',
    category: 'actor',
    cell: { kind: 'noteGrid', lane: 'keyActors' },
  },
  {
    text: 'Institutionnaliser un comité régional de veille',
    category: 'recommendation',
    cell: { kind: 'noteGrid', lane: 'recommendations' },
  },
]

/** The frames' ids on a seeded board. */
export const SEEDED_FRAMES = { risks: 'risks', actions: 'actions', grid: 'grid' } as const

/** Gives a board its meta and its three frames, with no notes. */
export function seedFrames(doc: Y.Doc, title = 'Gouvernance — sous-groupe 1'): void {
  initBoard(doc, { kind: 'subgroup', title, locale: 'fr' })
  addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { id: SEEDED_FRAMES.risks })
  addFrame(doc, 'actionMatrix', { x: 1136, y: 0 }, { id: SEEDED_FRAMES.actions })
  addFrame(doc, 'noteGrid', { x: 0, y: 928 }, { id: SEEDED_FRAMES.grid })
}

/** Fills a board like a sub-group's after an hour of work. */
export function seedWorkshopBoard(doc: Y.Doc): void {
  seedFrames(doc)
  const frameOf = {
    riskMatrix: SEEDED_FRAMES.risks,
    actionMatrix: SEEDED_FRAMES.actions,
    noteGrid: SEEDED_FRAMES.grid,
  }
  let clock = Date.UTC(2026, 5, 16, 9, 0)
  for (const seed of [...RISKS, ...ACTIONS, ...GRID]) {
    clock += 60_000
    const author = seed.author
      ? { id: `p-${seed.author.toLowerCase()}`, name: seed.author }
      : undefined
    const id = addNote(doc, {
      text: seed.text,
      category: seed.category,
      x: 3000,
      y: 3000,
      author,
      createdAt: clock,
      risk: seed.risk,
    })
    placeNoteInCell(doc, id, frameOf[seed.cell.kind as keyof typeof frameOf], seed.cell)
  }
}

/** The link that opens a board in a view, the token in the fragment. */
export function boardLink(
  httpUrl: string,
  workshop: string,
  board: string,
  token: string,
  view?: string,
): string {
  return `${httpUrl}/w/${workshop}/${board}${view ? `?view=${view}` : ''}#token=${token}`
}
