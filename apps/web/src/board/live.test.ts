import { describe, expect, it } from 'vitest'
import type { Note } from '@atelier/model'
import type { Peer } from '../presence/state.js'
import { liveMoves } from './live.js'

function note(id: string, x: number): Note {
  return {
    id,
    text: id,
    category: 'finding',
    colour: '#ffe066',
    x,
    y: 0,
    w: 140,
    h: 100,
    createdAt: 0,
    tags: [],
    hidden: false,
  }
}
const notes = new Map([note('a', 0), note('b', 200), note('c', 400)].map((n) => [n.id, n]))
const amina: Peer = {
  clientId: 4,
  id: 'p-4',
  name: 'Amina',
  role: 'participant',
  colour: '#1971c2',
  view: 'board',
}

describe('notes in motion', () => {
  it("draws another person's dragged note, and the notes moving with it, where their screen has them", () => {
    const moves = liveMoves(notes, undefined, [
      { ...amina, dragging: { noteId: 'a', x: 30, y: 40, with: ['c'] } },
    ])
    expect(moves.live.map(({ note: n, x, y }) => [n.id, x, y])).toEqual([
      ['a', 30, 40],
      ['c', 430, 40],
    ])
    expect(moves.movedBy.get('c')).toBe('Amina')
    expect(moves.live[0]?.movedByColour).toBe('#1971c2')
  })

  it('draws my own drag where I have it, even if someone else drags the same note', () => {
    const moves = liveMoves(notes, { ids: ['a'], primary: 'a', dx: 5, dy: 5 }, [
      { ...amina, dragging: { noteId: 'a', x: 300, y: 300 } },
    ])
    expect(moves.live).toHaveLength(1)
    expect(moves.live[0]).toMatchObject({ x: 5, y: 5 })
    expect(moves.movedBy.size).toBe(0)
  })

  it('ignores drags of notes that are gone', () => {
    expect(
      liveMoves(notes, undefined, [{ ...amina, dragging: { noteId: 'zz', x: 1, y: 1 } }]).live,
    ).toEqual([])
  })
})
