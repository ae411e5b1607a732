import {
  NOTE_SIZE,
  Verdict,
  addFrame,
  addNote,
  horizonForPriority,
  listFrames,
  listNotes,
  placeNoteInCell,
  RoadmapLead,
} from '@atelier/model'
import type { Note, NoteInput, Priority, RoadmapCell } from '@atelier/model'
import { ROADMAP_FRAME_ID } from '@atelier/toolkit'
import type * as Y from 'yjs'

/** A validated priority of a session's plenary, ready to be pulled onto the roadmap. */
export type PulledAction = Note & { priority: Priority }

/** What one pull did: actions copied now, and actions the roadmap already had. */
export type PullResult = { added: number; already: number }

/**
 * The priority actions of a plenary the room validated (agreed, or agreed with reservations)
 * and gave a priority: the ones the roadmap takes. Hidden notes stay behind.
 */
export function validatedPriorities(plenary: Y.Doc): PulledAction[] {
  return listNotes(plenary).filter(
    (note): note is PulledAction =>
      !note.hidden &&
      note.priority !== undefined &&
      (note.validation?.verdict === Verdict.agreed ||
        note.validation?.verdict === Verdict.reservations),
  )
}

/** Words that name each lead actor, in French, English and Arabic, matched in tags and actor. */
const LEAD_WORDS: readonly (readonly [RoadmapLead, readonly string[]])[] = [
  [RoadmapLead.youthAndMigrants, ['jeune', 'youth', 'young', 'migrant', 'شباب', 'مهاجر']],
  [
    RoadmapLead.internationalPartners,
    ['international', 'oim', 'iom', 'unesco', 'onudc', 'unodc', 'ptf', 'دولي'],
  ],
  [
    RoadmapLead.mediaAndAcademia,
    [
      'média',
      'media',
      'universit',
      'recherche',
      'research',
      'privé',
      'private',
      'entreprise',
      'إعلام',
      'جامع',
    ],
  ],
  [
    RoadmapLead.civilSociety,
    ['association', 'civil', 'osc', 'ong', 'ngo', 'communaut', 'community', 'جمعي', 'مدني'],
  ],
  [
    RoadmapLead.publicInstitutions,
    [
      'institution',
      'conseil',
      'aref',
      'crdh',
      'état',
      'etat',
      'state',
      'commune',
      'collectivit',
      'ministère',
      'public',
      'مؤسس',
      'مجلس',
    ],
  ],
]

/**
 * The row of an action: the lead actor its tags or its responsible actor name (a tag may also
 * be a row's id, `civil-society`), else the first row, public institutions.
 */
export function leadOf(note: Note): RoadmapLead {
  const candidates = [...note.tags, note.action?.responsible ?? ''].map((text) =>
    text.toLocaleLowerCase('fr'),
  )
  for (const text of candidates) {
    const exact = LEAD_WORDS.find(([lead]) => lead === text)
    if (exact) return exact[0]
  }
  for (const text of candidates) {
    const match = LEAD_WORDS.find(([, words]) => words.some((word) => text.includes(word)))
    if (match) return match[0]
  }
  return RoadmapLead.publicInstitutions
}

/** The roadmap frame to fill: the prepared one, else any roadmap frame, else a new one. */
function roadmapFrame(roadmap: Y.Doc, origin: unknown): string {
  const frames = listFrames(roadmap)
  const frame =
    frames.find((entry) => entry.id === ROADMAP_FRAME_ID && entry.kind === 'roadmap') ??
    frames.find((entry) => entry.kind === 'roadmap')
  if (frame) return frame.id
  const right = frames.reduce((edge, entry) => Math.max(edge, entry.x + entry.w + 40), 0)
  const taken = frames.some((entry) => entry.id === ROADMAP_FRAME_ID)
  return addFrame(
    roadmap,
    'roadmap',
    { x: right, y: 0 },
    taken ? {} : { id: ROADMAP_FRAME_ID },
    origin,
  )
}

function copyOf(note: PulledAction, board: string, at: { x: number; y: number }): NoteInput {
  return {
    text: note.text,
    category: note.category,
    x: at.x,
    y: at.y,
    w: NOTE_SIZE.w,
    h: NOTE_SIZE.h,
    ...(note.author ? { author: note.author } : {}),
    tags: note.tags,
    priority: note.priority,
    ...(note.action ? { action: note.action } : {}),
    origin: { board, note: note.id },
  }
}

/**
 * Copies validated priority actions of the sessions' plenaries onto the roadmap board, in one
 * transaction: each once (a copy keeps its origin, plenary board and note, and is never copied
 * again), in the roadmap frame's cell of its horizon (from its priority) and lead row.
 */
export function pullOnto(
  roadmap: Y.Doc,
  sources: readonly { board: string; notes: readonly PulledAction[] }[],
  origin?: unknown,
): PullResult {
  const result: PullResult = { added: 0, already: 0 }
  roadmap.transact(() => {
    const copied = new Set<string>()
    for (const note of listNotes(roadmap)) {
      if (note.origin) copied.add(`${note.origin.board}/${note.origin.note}`)
    }
    let frameId: string | undefined
    for (const { board, notes } of sources) {
      for (const note of notes) {
        const key = `${board}/${note.id}`
        if (copied.has(key)) {
          result.already += 1
          continue
        }
        frameId ??= roadmapFrame(roadmap, origin)
        const frame = listFrames(roadmap).find((entry) => entry.id === frameId)!
        const id = addNote(roadmap, copyOf(note, board, { x: frame.x, y: frame.y }), origin)
        const cell: RoadmapCell = {
          kind: 'roadmap',
          horizon: horizonForPriority(note.priority),
          lead: leadOf(note),
        }
        placeNoteInCell(roadmap, id, frameId, cell, origin)
        copied.add(key)
        result.added += 1
      }
    }
  }, origin)
  return result
}
