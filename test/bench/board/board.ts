/**
 * The stress board: the three frames of a sub-group's board and `count` notes laid out in rows
 * beside them, with texts of realistic length, written through packages/model in one update.
 */
import { NOTE_SIZE, NoteCategory, addFrame, addNote, initBoard } from '@atelier/model'
import type { Rect } from '@atelier/model'
import type * as Y from 'yjs'

const WORDS = [
  'désinformation',
  'réseaux',
  'migrants',
  'jeunes',
  'signalement',
  'associations',
  'vérification',
  'formation',
  'discours',
  'haineux',
  'protection',
  'données',
  'sensibilisation',
  'relais',
  'locaux',
  'plateformes',
  'cybercriminalité',
  'inclusion',
  'numérique',
  'confiance',
  'accès',
  'information',
]
const CATEGORIES = Object.values(NoteCategory)
export const COLUMNS = 40
const GAP = 20

/** A deterministic text of 4 to 12 words for note `index`. */
function textOf(index: number): string {
  const length = 4 + (index % 9)
  return Array.from({ length }, (_, word) => WORDS[(index * 7 + word * 3) % WORDS.length]).join(' ')
}

/** Where note `index` stands: in rows of COLUMNS notes under the frames. */
export function noteBox(index: number): Rect {
  const column = index % COLUMNS
  const row = Math.floor(index / COLUMNS)
  return {
    x: column * (NOTE_SIZE.w + GAP),
    y: 1100 + row * (NOTE_SIZE.h + GAP),
    w: NOTE_SIZE.w,
    h: NOTE_SIZE.h,
  }
}

/** Writes the stress board into `doc` in one transaction; returns the ids of its notes in order. */
export function writeStressBoard(doc: Y.Doc, count: number): string[] {
  const ids: string[] = []
  doc.transact(() => {
    initBoard(doc, { kind: 'subgroup', title: `Stress — ${count} notes` })
    addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    addFrame(doc, 'actionMatrix', { x: 1136, y: 0 })
    for (let index = 0; index < count; index += 1) {
      const box = noteBox(index)
      const category = CATEGORIES[index % CATEGORIES.length] ?? 'finding'
      ids.push(
        addNote(doc, {
          text: textOf(index),
          category,
          x: box.x,
          y: box.y,
          createdAt: 1_700_000_000_000 + index,
        }),
      )
    }
  })
  return ids
}
