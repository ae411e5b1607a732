import {
  FACILITATOR_NOTE_KEYS,
  decidesNotes,
  isNoteCreationDefault,
  noteCarriesDecision,
} from '@atelier/model'
import type * as Y from 'yjs'
import type { EntryChange } from './update-scope.js'

/** Why a change inside the notes was refused, or nothing when every change may be made. */
export type NoteRefusal = string | undefined

/**
 * Checks the changes an update makes inside the board's notes against its sender's role: only
 * the facilitator writes a note's moderation and decision keys (`FACILITATOR_NOTE_KEYS`). A new
 * note of another role may carry the creation defaults (`hidden: false`) and nothing else under
 * those keys; deleting or replacing a note that holds a decision is refused as well, since it
 * would erase it.
 *
 * Private writing is not enforced here: it keeps a participant's own notes from the room until
 * the reveal, so a client that bypasses it exposes only its own notes, while refusing would lock
 * out a device that wrote a note offline before writing turned private, or undid a deletion.
 */
export function refuseNoteChanges(
  doc: Y.Doc,
  changes: readonly EntryChange[],
  role: string,
): NoteRefusal {
  if (decidesNotes(role) || changes.length === 0) return undefined
  for (const change of changes) {
    if (change.target === 'entry') {
      if (noteCarriesDecision(doc, change.entry)) {
        return `only the facilitator may remove note "${change.entry}", which holds a decision`
      }
      continue
    }
    if (!FACILITATOR_NOTE_KEYS.has(change.key)) continue
    // The keys of a note deleted whole go with it: the note's own deletion was checked above.
    if (change.kind === 'delete' && change.withEntry) continue
    if (change.kind === 'set' && change.newEntry && change.value) {
      if (isNoteCreationDefault(change.key, change.value.plain)) continue
    }
    return `only the facilitator may change a note's "${change.key}"`
  }
  return undefined
}
