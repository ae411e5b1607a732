import * as Y from 'yjs'
import {
  addDependency,
  addNote,
  getFrame,
  placeNoteInCell,
  updateActionSheet,
} from '@atelier/model'
import type { ActionSheetPatch, RoadmapHorizon, RoadmapLead } from '@atelier/model'
import { ROADMAP_FRAME_ID, prepareRoadmapBoard } from '@atelier/toolkit'

/** One action of the fixture's roadmap board: its cell, its sheet, what it depends on. */
export type RoadmapSpec = {
  text: string
  horizon: RoadmapHorizon
  lead: RoadmapLead
  sheet: Required<ActionSheetPatch>
  /** Texts of the actions it depends on. */
  dependsOn?: string[]
}

const sheet = (
  responsible: string,
  partners: string[],
  coordination: string,
  risks: string,
  mitigation: string,
  sustainability: string,
  inclusion: string,
): Required<ActionSheetPatch> => ({
  responsible,
  partners,
  coordination,
  risks,
  mitigation,
  sustainability,
  inclusion,
})

/** The roadmap's actions in the order the report must print them: horizon, row, position. */
export const ROADMAP: readonly RoadmapSpec[] = [
  {
    text: 'Créer un comité régional de gouvernance numérique',
    horizon: 'months-0-3',
    lead: 'public-institutions',
    sheet: sheet(
      'Conseil Régional',
      ['CRDH', 'AREF TTAH'],
      'Comité trimestriel présidé par la Région',
      'Rotation des agents',
      'Deux référents par institution',
      'Ligne budgétaire régionale',
      'Deux sièges réservés aux jeunes et aux migrants',
    ),
  },
  {
    text: 'Publier une charte régionale d’éthique de l’IA',
    horizon: 'months-0-3',
    lead: 'public-institutions',
    sheet: sheet(
      'AREF TTAH',
      ['Universités'],
      'Groupe de rédaction mensuel',
      'Texte trop général',
      'Cas concrets en annexe',
      'Révision annuelle',
      'Consultation des conseils de jeunes',
    ),
    dependsOn: ['Créer un comité régional de gouvernance numérique'],
  },
  {
    text: 'Former des jeunes ambassadeurs du numérique',
    horizon: 'months-0-3',
    lead: 'youth-and-migrants',
    sheet: sheet(
      'Associations de migrants',
      ['OIM', 'Jeunes leaders'],
      'Réunion mensuelle des ambassadeurs',
      'Départ des jeunes formés',
      'Promotions successives',
      'Réseau porté par les associations',
      'Les jeunes migrants forment leurs pairs',
    ),
  },
  {
    text: 'Cartographier les services de signalement',
    horizon: 'months-3-6',
    lead: 'civil-society',
    sheet: sheet(
      'Réseau associatif de Tanger',
      ['CRDH'],
      'Plateforme partagée',
      'Données vite obsolètes',
      'Mise à jour semestrielle',
      'Hébergement par la Région',
      'Fiches en arabe, français et langues des migrants',
    ),
    dependsOn: ['Créer un comité régional de gouvernance numérique'],
  },
  {
    text: 'Observatoire universitaire de la désinformation',
    horizon: 'months-6-12',
    lead: 'media-and-academia',
    sheet: sheet(
      'Université Abdelmalek Essaâdi',
      ['Médias locaux', 'UNESCO'],
      'Conseil scientifique semestriel',
      'Financement incertain',
      'Cofinancement par les partenaires',
      'Intégration au laboratoire',
      'Étudiants migrants associés aux enquêtes',
    ),
    dependsOn: ['Cartographier les services de signalement'],
  },
  {
    text: 'Programme régional de résilience numérique',
    horizon: 'months-12-plus',
    lead: 'international-partners',
    sheet: sheet(
      'OIM',
      ['UNESCO', 'ONUDC', 'Conseil Régional'],
      'Comité de pilotage annuel',
      'Dépendance aux bailleurs',
      'Reprise progressive par la Région',
      'Inscription au plan régional de développement',
      'Quota de projets portés par des jeunes',
    ),
    dependsOn: ['Observatoire universitaire de la désinformation'],
  },
]

/**
 * The consultation's roadmap board, prepared by the toolkit and filled through packages/model:
 * the actions written in reverse order (the report orders them by place, not by creation), each
 * moved into its cell, with its sheet and dependencies, plus one hidden note the report skips.
 */
export function buildRoadmap(): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = 99
  prepareRoadmapBoard(doc, { locale: 'fr' })
  const frame = getFrame(doc, ROADMAP_FRAME_ID)!
  const ids = new Map<string, string>()
  // Cells last to first; within one cell in order, as a later note takes the next slot.
  const cellOf = (spec: RoadmapSpec) => `${spec.horizon}/${spec.lead}`
  const cells = [...new Set(ROADMAP.map(cellOf))].reverse()
  const order = cells.flatMap((cell) => ROADMAP.filter((spec) => cellOf(spec) === cell))
  for (const spec of order) {
    const id = addNote(doc, {
      text: spec.text,
      category: 'action',
      x: frame.x,
      y: frame.y,
      createdAt: 1_760_000_000_000 + ids.size,
      author: { id: 'p-fac', name: 'Nadia' },
    })
    placeNoteInCell(doc, id, frame.id, { kind: 'roadmap', horizon: spec.horizon, lead: spec.lead })
    updateActionSheet(doc, id, spec.sheet)
    ids.set(spec.text, id)
  }
  for (const spec of ROADMAP) {
    for (const text of spec.dependsOn ?? []) addDependency(doc, ids.get(spec.text)!, ids.get(text)!)
  }
  const hidden = addNote(doc, {
    text: 'Action retirée par la modération',
    category: 'action',
    x: 0,
    y: 0,
    hidden: true,
  })
  placeNoteInCell(doc, hidden, frame.id, {
    kind: 'roadmap',
    horizon: 'months-0-3',
    lead: 'civil-society',
  })
  return doc
}
