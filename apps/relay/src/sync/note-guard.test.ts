import {
  Role,
  addNote,
  deleteNote,
  moveNote,
  setControl,
  setNoteText,
  updateNote,
  validateNote,
} from '@atelier/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdate } from './update-guard.js'

const LIMITS = { maxPendingBytes: 1 << 20 }
const PARTICIPANT = { role: Role.participant, scope: new Set(['notes', 'comments']) }
const FACILITATOR = { role: Role.facilitator }

/** A relay's copy of a board holding note n1, and a client that edits a copy of it. */
function board(prepare?: (doc: Y.Doc) => void) {
  const relay = new Y.Doc()
  addNote(relay, { id: 'n1', category: 'finding', x: 0, y: 0, text: 'Rumeurs' })
  prepare?.(relay)
  const edit = (change: (doc: Y.Doc) => void) => {
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(relay))
    const before = Y.encodeStateVector(client)
    change(client)
    return Y.encodeStateAsUpdate(client, before)
  }
  const verdict = (writer: typeof PARTICIPANT | typeof FACILITATOR, update: Uint8Array) =>
    checkUpdate(relay, update, LIMITS, writer)
  return { relay, edit, verdict }
}

const refused = { ok: false, refusal: 'out-of-scope' }

describe("a note's moderation and decision keys", () => {
  it("refuses a participant's hide, verdict, priority and origin, and lets the facilitator", () => {
    const { edit, verdict } = board()
    const changes = [
      edit((doc) => updateNote(doc, 'n1', { hidden: true })),
      edit((doc) => validateNote(doc, 'n1', { verdict: 'not-agreed' })),
      edit((doc) => updateNote(doc, 'n1', { priority: 'high' })),
      edit((doc) => (doc.getMap('notes').get('n1') as Y.Map<unknown>).set('origin', {})),
    ]
    for (const update of changes) {
      expect(verdict(PARTICIPANT, update)).toMatchObject(refused)
      expect(verdict(FACILITATOR, update)).toEqual({ ok: true })
    }
  })

  it("refuses a participant's unhide, or clearing a priority", () => {
    const { edit, verdict } = board((doc) =>
      updateNote(doc, 'n1', { hidden: true, priority: 'low' }),
    )
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => updateNote(doc, 'n1', { hidden: false })),
      ),
    ).toMatchObject(refused)
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => updateNote(doc, 'n1', { priority: null })),
      ),
    ).toMatchObject(refused)
  })

  it("passes a participant's new note with its defaults, its text and its moves", () => {
    const { edit, verdict } = board()
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => addNote(doc, { category: 'risk', x: 9, y: 9 })),
      ),
    ).toEqual({ ok: true })
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => setNoteText(doc, 'n1', 'Rumeurs en ligne')),
      ),
    ).toEqual({ ok: true })
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => moveNote(doc, 'n1', { x: 40, y: 40 })),
      ),
    ).toEqual({ ok: true })
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => deleteNote(doc, 'n1')),
      ),
    ).toEqual({ ok: true })
  })

  it('refuses a new note that carries anything but the defaults under those keys', () => {
    const { edit, verdict } = board()
    const hidden = edit((doc) => addNote(doc, { category: 'risk', x: 0, y: 0, hidden: true }))
    const promoted = edit((doc) =>
      addNote(doc, { category: 'risk', x: 0, y: 0, origin: { board: 'g1', note: 'n9' } }),
    )
    expect(verdict(PARTICIPANT, hidden)).toMatchObject(refused)
    expect(verdict(PARTICIPANT, promoted)).toMatchObject(refused)
    expect(verdict(FACILITATOR, promoted)).toEqual({ ok: true })
  })

  it('refuses deleting or replacing a note that holds a decision', () => {
    const { edit, verdict } = board((doc) => validateNote(doc, 'n1', { verdict: 'agreed' }))
    expect(
      verdict(
        PARTICIPANT,
        edit((doc) => deleteNote(doc, 'n1')),
      ),
    ).toMatchObject(refused)
    const replaced = edit((doc) => doc.getMap('notes').set('n1', new Y.Map([['text', 'x']])))
    expect(verdict(PARTICIPANT, replaced)).toMatchObject(refused)
    expect(verdict(FACILITATOR, replaced)).toEqual({ ok: true })
  })
})

describe('private and moderated writing', () => {
  it('leaves private writing to the web app: a new note passes, as do edits of existing notes', () => {
    for (const mode of ['private', 'moderated'] as const) {
      const { edit, verdict } = board((doc) => setControl(doc, { writing: { mode } }))
      const created = edit((doc) => addNote(doc, { category: 'risk', x: 0, y: 0 }))
      expect(verdict(PARTICIPANT, created)).toEqual({ ok: true })
      expect(verdict(FACILITATOR, created)).toEqual({ ok: true })
      const hidden = edit((doc) => addNote(doc, { category: 'risk', x: 0, y: 0, hidden: true }))
      expect(verdict(PARTICIPANT, hidden)).toMatchObject(refused)
      expect(
        verdict(
          PARTICIPANT,
          edit((doc) => moveNote(doc, 'n1', { x: 5, y: 5 })),
        ),
      ).toEqual({ ok: true })
      expect(
        verdict(
          PARTICIPANT,
          edit((doc) => setNoteText(doc, 'n1', 'R')),
        ),
      ).toEqual({ ok: true })
    }
  })
})
