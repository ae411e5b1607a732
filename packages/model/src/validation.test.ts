import { describe, expect, it } from 'vitest'
import { board, expectRefused } from '../testing/support.js'
import {
  Limits,
  ModelErrorCode,
  addFrame,
  addNote,
  deleteNotes,
  getNote,
  moveNote,
  moveNotes,
  resizeFrame,
  setNoteText,
  updateNote,
} from './index.js'
import type { NoteInput } from './index.js'

const valid: NoteInput = { category: 'finding', x: 0, y: 0 }

describe('bad input changes nothing', () => {
  const badNotes: [string, unknown][] = [
    ['an unknown category', { ...valid, category: 'gossip' }],
    ['a position that is not a number', { ...valid, x: 'left' }],
    ['an infinite position', { ...valid, y: Number.POSITIVE_INFINITY }],
    ['a position off the board', { ...valid, x: Limits.coordinate + 1 }],
    ['a size below the minimum', { ...valid, w: 1 }],
    ['an unknown field', { ...valid, color: '#ffffff' }],
    ['a colour that is not #rrggbb', { ...valid, colour: 'red' }],
    ['too long a text', { ...valid, text: 'x'.repeat(Limits.noteTextLength + 1) }],
    [
      'too many tags',
      { ...valid, tags: Array.from({ length: Limits.tags + 1 }, (_, i) => `t${i}`) },
    ],
    ['an empty tag', { ...valid, tags: ['  '] }],
    ['an author without a name', { ...valid, author: { id: 'p-1', name: ' ' } }],
    ['an author id with control characters', { ...valid, author: { id: 'p\n1', name: 'A' } }],
    ['an id outside the alphabet', { ...valid, id: 'Note 1' }],
    ['an unknown risk field', { ...valid, risk: { severity: 'high' } }],
    ['not an object at all', 'note'],
  ]
  for (const [what, input] of badNotes) {
    it(`refuses a note with ${what}`, () => {
      const doc = board()
      const error = expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
        addNote(doc, input as NoteInput),
      )
      expect(error.issues.length).toBeGreaterThan(0)
    })
  }

  it('names the field at fault', () => {
    const doc = board()
    const error = expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addNote(doc, { ...valid, x: Number.NaN }),
    )
    expect(error.issues[0]?.path).toBe('x')
    expect(error.message).toMatch(/^Invalid note: x: /)
  })

  it('refuses a bad patch, move or text and leaves the note as it was', () => {
    const doc = board()
    const id = addNote(doc, { ...valid, text: 'avant' })
    const before = getNote(doc, id)
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateNote(doc, id, { x: 1, hidden: 'no' as unknown as boolean }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      updateNote(doc, id, { author: null } as never),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      moveNote(doc, id, { x: 1, y: Number.NaN }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      setNoteText(doc, id, 'x'.repeat(Limits.noteTextLength + 1)),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => updateNote(doc, 'BAD ID', { text: 'x' }))
    expect(getNote(doc, id)).toEqual(before)
  })

  it('refuses a whole multi-selection move when one move is bad', () => {
    const doc = board()
    const a = addNote(doc, valid)
    const b = addNote(doc, valid)
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      moveNotes(doc, [
        { id: a, x: 10, y: 10 },
        { id: b, x: 10, y: Number.NaN },
      ]),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => deleteNotes(doc, [a, 'Not An Id']))
    expect(getNote(doc, a)).toMatchObject({ x: 0, y: 0 })
    expect(getNote(doc, b)).toBeDefined()
  })

  it('refuses a bad frame position or size', () => {
    const doc = board()
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addFrame(doc, 'riskMatrix', { x: Number.NaN, y: 0 }),
    )
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () =>
      addFrame(doc, 'riskMatrix', { x: 0, y: 0 }, { w: 'big' } as never),
    )
    const id = addFrame(doc, 'riskMatrix', { x: 0, y: 0 })
    expectRefused(doc, ModelErrorCode.INVALID_INPUT, () => resizeFrame(doc, id, { w: 50, h: 50 }))
  })
})
