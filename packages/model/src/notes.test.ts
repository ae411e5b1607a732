import { describe, expect, it } from 'vitest'
import { board, expectRefused, sync } from '../testing/support.js'
import {
  CATEGORY_COLOURS,
  ModelErrorCode,
  NOTE_SIZE,
  addNote,
  castVote,
  deleteNote,
  deleteNotes,
  getNote,
  getNoteText,
  getNoteTextY,
  listNotes,
  moveNote,
  moveNotes,
  setNoteText,
  updateNote,
  votesFor,
} from './index.js'

describe('notes', () => {
  it('adds a note with its author, defaults and category colour', () => {
    const doc = board()
    const id = addNote(doc, {
      text: 'Pas de point de signalement',
      category: 'finding',
      x: 10,
      y: 20,
      author: { id: 'p-7', name: 'Salma' },
      createdAt: 1000,
    })
    expect(getNote(doc, id)).toEqual({
      id,
      text: 'Pas de point de signalement',
      category: 'finding',
      colour: CATEGORY_COLOURS.finding,
      x: 10,
      y: 20,
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      author: { id: 'p-7', name: 'Salma' },
      createdAt: 1000,
      tags: [],
      hidden: false,
    })
  })

  it('stores no author at all on an anonymous note', () => {
    const doc = board()
    const silent = addNote(doc, { category: 'need', x: 0, y: 0 })
    const masked = addNote(doc, {
      category: 'need',
      x: 0,
      y: 0,
      author: { id: 'p-1', name: 'Youssef' },
      anonymous: true,
    })
    expect(getNote(doc, silent)).not.toHaveProperty('author')
    expect(getNote(doc, masked)).not.toHaveProperty('author')
    expect(JSON.stringify(doc.toJSON())).not.toContain('Youssef')
    expect(JSON.stringify(doc.toJSON())).not.toContain('p-1')
  })

  it('keeps the risk sheet on risk notes and shows it only there', () => {
    const doc = board()
    const id = addNote(doc, {
      category: 'risk',
      text: 'Désinformation sur les routes migratoires',
      x: 0,
      y: 0,
      risk: { groupsAffected: 'Jeunes migrants', channels: 'TikTok, WhatsApp' },
    })
    expect(getNote(doc, id)?.risk).toEqual({
      description: '',
      groupsAffected: 'Jeunes migrants',
      channels: 'TikTok, WhatsApp',
      drivers: '',
      existingCapacities: '',
      gaps: '',
    })
    updateNote(doc, id, { category: 'finding' })
    expect(getNote(doc, id)).not.toHaveProperty('risk')
    updateNote(doc, id, { category: 'risk', risk: { gaps: 'Aucun relais en arabe' } })
    expect(getNote(doc, id)?.risk).toMatchObject({
      groupsAffected: 'Jeunes migrants',
      gaps: 'Aucun relais en arabe',
    })
  })

  it('updates only the fields a patch names, and clears colour and priority with null', () => {
    const doc = board()
    const id = addNote(doc, { category: 'action', x: 0, y: 0, colour: '#123456', priority: 'low' })
    expect(getNote(doc, id)?.colour).toBe('#123456')
    updateNote(doc, id, { priority: 'high', tags: ['EMI', 'jeunes'], hidden: true })
    expect(getNote(doc, id)).toMatchObject({
      priority: 'high',
      tags: ['EMI', 'jeunes'],
      hidden: true,
    })
    updateNote(doc, id, { colour: null, priority: null, tags: ['jeunes', 'migrants'] })
    const note = getNote(doc, id)
    expect(note?.colour).toBe(CATEGORY_COLOURS.action)
    expect(note).not.toHaveProperty('colourOverride')
    expect(note).not.toHaveProperty('priority')
    expect(note?.tags).toEqual(['jeunes', 'migrants'])
  })

  it('merges two people typing in the same note character by character', () => {
    const a = board(1)
    const b = board(2)
    const id = addNote(a, { category: 'finding', text: 'signalement', x: 0, y: 0 })
    sync(a, b)
    setNoteText(a, id, 'Mécanismes de signalement')
    setNoteText(b, id, 'signalement en ligne')
    sync(a, b)
    expect(getNoteText(a, id)).toBe('Mécanismes de signalement en ligne')
    expect(getNoteText(b, id)).toBe(getNoteText(a, id))
  })

  it('hands out the shared Y.Text for binding an editor', () => {
    const doc = board()
    const id = addNote(doc, { category: 'finding', text: 'abc', x: 0, y: 0 })
    getNoteTextY(doc, id)?.insert(3, 'd')
    expect(getNoteText(doc, id)).toBe('abcd')
    expect(getNoteTextY(doc, 'nope')).toBeUndefined()
  })

  it('keeps emoji whole when text changes next to them', () => {
    const doc = board()
    const id = addNote(doc, { category: 'finding', text: 'a😀b', x: 0, y: 0 })
    setNoteText(doc, id, 'a😃b')
    expect(getNoteText(doc, id)).toBe('a😃b')
  })

  it('stores half an emoji as a replacement character, so every peer reads the same text', () => {
    const a = board(1)
    const b = board(2)
    const id = addNote(a, { category: 'finding', text: '😀'.slice(0, 1) + 'ok', x: 0, y: 0 })
    sync(a, b)
    setNoteText(b, id, 'ok' + '😀'.slice(1))
    sync(a, b)
    expect(getNoteText(a, id)).toBe('ok\uFFFD')
    expect(getNoteText(b, id)).toBe('ok\uFFFD')
  })

  it('moves one note, or many in a single transaction skipping deleted ones', () => {
    const doc = board()
    const a = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const b = addNote(doc, { category: 'finding', x: 0, y: 0 })
    moveNote(doc, a, { x: 5, y: 6 })
    expect(getNote(doc, a)).toMatchObject({ x: 5, y: 6 })
    let transactions = 0
    doc.on('afterTransaction', () => (transactions += 1))
    const moved = moveNotes(doc, [
      { id: a, x: 100, y: 100 },
      { id: b, x: 200, y: 200 },
      { id: 'gone', x: 1, y: 1 },
    ])
    expect(moved).toEqual([a, b])
    expect(transactions).toBe(1)
    expect(getNote(doc, b)).toMatchObject({ x: 200, y: 200 })
  })

  it('deletes notes together with their votes', () => {
    const doc = board()
    const a = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const b = addNote(doc, { category: 'finding', x: 0, y: 0 })
    const c = addNote(doc, { category: 'finding', x: 0, y: 0 })
    castVote(doc, 'p-1', a)
    expect(deleteNote(doc, a)).toBe(true)
    expect(deleteNote(doc, a)).toBe(false)
    expect(votesFor(doc, a)).toBe(0)
    expect(deleteNotes(doc, [b, 'gone', c])).toEqual([b, c])
    expect(listNotes(doc)).toEqual([])
  })

  it('lists notes in the same order on every peer', () => {
    const a = board(1)
    const b = board(2)
    addNote(a, { id: 'z', category: 'finding', x: 0, y: 0, createdAt: 5 })
    addNote(b, { id: 'y', category: 'finding', x: 0, y: 0, createdAt: 5 })
    addNote(b, { id: 'x', category: 'finding', x: 0, y: 0, createdAt: 9 })
    sync(a, b)
    expect(listNotes(a).map((note) => note.id)).toEqual(['y', 'z', 'x'])
    expect(listNotes(b).map((note) => note.id)).toEqual(['y', 'z', 'x'])
  })

  it('gives every note a distinct id across peers', () => {
    const a = board(1)
    const b = board(2)
    const ids = [
      addNote(a, { category: 'finding', x: 0, y: 0 }),
      addNote(b, { category: 'finding', x: 0, y: 0 }),
      addNote(a, { category: 'finding', x: 0, y: 0 }),
    ]
    sync(a, b)
    expect(new Set(ids).size).toBe(3)
    expect(listNotes(a)).toHaveLength(3)
  })

  it('refuses a taken id and an unknown note', () => {
    const doc = board()
    addNote(doc, { id: 'n-1', category: 'finding', x: 0, y: 0 })
    expectRefused(doc, ModelErrorCode.ID_TAKEN, () =>
      addNote(doc, { id: 'n-1', category: 'need', x: 0, y: 0 }),
    )
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => updateNote(doc, 'n-2', { text: 'x' }))
    expectRefused(doc, ModelErrorCode.NOTE_NOT_FOUND, () => moveNote(doc, 'n-2', { x: 0, y: 0 }))
  })
})
