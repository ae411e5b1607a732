import * as Y from 'yjs'
import { addNote, addRecommendation, castVote, placeNoteInCell, validateNote } from '@atelier/model'
import type { NoteCategory, Priority } from '@atelier/model'
import { getSessionTemplate, prepareBoard } from '@atelier/toolkit'
import type { SessionId } from '@atelier/toolkit'
import type { ReportInput } from '../src/index.js'

/** A consultation of three sessions with known notes, votes, verdicts and recommendations. */

type NoteSpec = {
  text: string
  category: NoteCategory
  votes?: number
  tags?: string[]
  author?: string
  risk?: { likelihood: number; impact: number }
  action?: { urgency: number; feasibility: number }
}

type PrioritySpec = {
  text: string
  votes: number
  tags?: string[]
  verdict: 'agreed' | 'reservations' | 'not-agreed'
  priority?: Priority
  reservation?: string
}

type RecommendationSpec = { title: string; text: string; priority: Priority; actors: string[] }

type SessionSpec = {
  id: SessionId
  groups: Array<{ notes: NoteSpec[]; recommendations: RecommendationSpec[] }>
  priorities: PrioritySpec[]
}

/** Every author's display name the fixture writes: an observer's report must hold none. */
export const AUTHOR_NAMES = ['Amina Berrada', 'Youssef Alaoui', 'Fatou Diallo'] as const
const [AMINA, YOUSSEF, FATOU] = AUTHOR_NAMES

export const SESSIONS: readonly SessionSpec[] = [
  {
    id: 'governance',
    groups: [
      {
        notes: [
          {
            text: 'Pas de cadre régional sur l’IA',
            category: 'finding',
            votes: 4,
            author: AMINA,
            tags: ['coordination'],
          },
          { text: 'Les institutions se coordonnent peu', category: 'finding', votes: 1 },
          { text: 'Un référent numérique par institution', category: 'need', author: YOUSSEF },
          {
            text: 'Désinformation électorale',
            category: 'risk',
            risk: { likelihood: 4, impact: 5 },
            votes: 2,
          },
          {
            text: 'Charte régionale d’éthique de l’IA',
            category: 'action',
            action: { urgency: 5, feasibility: 3 },
          },
          { text: 'Conseil Régional', category: 'actor' },
        ],
        recommendations: [
          {
            title: 'Créer un comité régional de gouvernance numérique',
            text: 'Réunir AREF, Conseil Régional et CRDH chaque trimestre.',
            priority: 'high',
            actors: ['Conseil Régional', 'CRDH'],
          },
        ],
      },
      {
        notes: [
          { text: 'Aucune donnée partagée entre institutions', category: 'finding', votes: 2 },
        ],
        recommendations: [
          {
            title: 'Publier un guide d’éthique de l’IA',
            text: 'Un guide court pour les administrations.',
            priority: 'medium',
            actors: ['AREF TTAH'],
          },
        ],
      },
    ],
    priorities: [
      {
        text: 'Former les enseignants à l’EMI',
        votes: 5,
        tags: ['education'],
        verdict: 'agreed',
        priority: 'high',
      },
      {
        text: 'Cellule régionale de veille',
        votes: 3,
        tags: ['coordination', 'signalement'],
        verdict: 'reservations',
        reservation: 'Budget à préciser',
        priority: 'high',
      },
      { text: 'Label numérique pour les communes', votes: 1, verdict: 'not-agreed' },
    ],
  },
  {
    id: 'operational-response',
    groups: [
      {
        notes: [
          {
            text: 'Les signalements restent sans suite',
            category: 'finding',
            votes: 3,
            author: FATOU,
            tags: ['signalement'],
          },
          { text: 'Formation des éducateurs', category: 'need', tags: ['coordination'] },
        ],
        recommendations: [
          {
            title: 'Mettre en place un circuit de signalement unique',
            text: 'Un numéro et un formulaire communs.',
            priority: 'high',
            actors: ['ES Maroc', '100% Maman'],
          },
        ],
      },
      {
        notes: [{ text: 'Les parents manquent de repères', category: 'finding' }],
        recommendations: [],
      },
    ],
    priorities: [
      {
        text: 'Former les enseignants a l’EMI.',
        votes: 4,
        tags: ['education'],
        verdict: 'not-agreed',
      },
      {
        text: 'Circuit de signalement unique',
        votes: 2,
        tags: ['signalement', 'coordination'],
        verdict: 'agreed',
        priority: 'low',
      },
    ],
  },
  {
    id: 'inclusion-resilience',
    groups: [
      {
        notes: [
          {
            text: 'Les récits migratoires en ligne sont hostiles',
            category: 'finding',
            votes: 2,
            author: AMINA,
          },
          {
            text: 'Espaces sûrs pour les jeunes migrants',
            category: 'need',
            tags: ['coordination'],
          },
        ],
        recommendations: [
          {
            title: 'Former des jeunes ambassadeurs du numérique',
            text: 'Des pairs formés dans chaque quartier.',
            priority: 'high',
            actors: ['Jeunes leaders', 'Associations de migrants'],
          },
        ],
      },
      { notes: [], recommendations: [] },
    ],
    priorities: [
      {
        text: 'Ambassadeurs numériques dans les quartiers',
        votes: 6,
        tags: ['coordination'],
        verdict: 'agreed',
        priority: 'high',
      },
    ],
  },
]

function board(clientId: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientId
  return doc
}

function vote(doc: Y.Doc, noteId: string, count: number): void {
  for (let voter = 1; voter <= count; voter++) castVote(doc, `voter-${voter}`, noteId)
}

let createdAt = 1_750_000_000_000

function writeNote(doc: Y.Doc, spec: NoteSpec, index: number): void {
  const id = addNote(doc, {
    text: spec.text,
    category: spec.category,
    x: 3000 + index * 160,
    y: 3000,
    createdAt: createdAt++,
    ...(spec.author ? { author: { id: `p-${spec.author.length}`, name: spec.author } } : {}),
    ...(spec.tags ? { tags: spec.tags } : {}),
  })
  if (spec.risk) placeNoteInCell(doc, id, 'risks', { kind: 'riskMatrix', ...spec.risk })
  if (spec.action) placeNoteInCell(doc, id, 'actions', { kind: 'actionMatrix', ...spec.action })
  vote(doc, id, spec.votes ?? 0)
}

/** The three sessions' boards, built and filled through packages/model, as the report takes them. */
export function buildConsultation(): ReportInput {
  let client = 1
  return {
    title: 'Consultations sectorielles Tanger 2026',
    generatedAt: Date.UTC(2026, 8, 30),
    sessions: SESSIONS.map((spec) => {
      const template = getSessionTemplate(spec.id)!
      const boards = spec.groups.map((group, index) => {
        const doc = board(client++)
        const theme = template.themes[index]!.id
        prepareBoard(doc, template, { kind: 'subgroup', locale: 'fr', theme })
        group.notes.forEach((note, at) => writeNote(doc, note, at))
        for (const item of group.recommendations) addRecommendation(doc, item)
        return { id: `${spec.id}-g${index + 1}`, kind: 'subgroup' as const, theme, doc }
      })
      const plenary = board(client++)
      prepareBoard(plenary, template, { kind: 'plenary', locale: 'fr' })
      const ids = spec.priorities.map((item, at) => {
        const id = addNote(plenary, {
          text: item.text,
          category: 'action',
          x: 3000 + at * 160,
          y: 3000,
          createdAt: createdAt++,
          origin: { board: `${spec.id}-g1`, note: 'n1-0' },
          ...(item.tags ? { tags: item.tags } : {}),
        })
        vote(plenary, id, item.votes)
        return id
      })
      spec.priorities.forEach((item, at) => {
        const id = ids[at]!
        if (item.verdict === 'not-agreed') validateNote(plenary, id, { verdict: 'not-agreed' })
        else if (item.verdict === 'reservations')
          validateNote(plenary, id, {
            verdict: 'reservations',
            reservation: item.reservation!,
            ...(item.priority ? { priority: item.priority } : {}),
          })
        else
          validateNote(plenary, id, {
            verdict: 'agreed',
            ...(item.priority ? { priority: item.priority } : {}),
          })
      })
      return {
        id: spec.id,
        boards: [...boards, { id: `${spec.id}-plenary`, kind: 'plenary' as const, doc: plenary }],
        participation: { invited: 24, attended: 21 },
      }
    }),
  }
}
