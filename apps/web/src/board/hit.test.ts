import { describe, expect, it } from 'vitest'
import type { Frame, Note } from '@atelier/model'
import { frameAtPoint, noteAt, notesIn } from './hit.js'

function note(id: string, x: number, y: number): Note {
  return {
    id,
    text: id,
    category: 'finding',
    colour: '#ffe066',
    x,
    y,
    w: 140,
    h: 100,
    createdAt: 0,
    tags: [],
    hidden: false,
  }
}

const frame: Frame = { id: 'f1', kind: 'riskMatrix', x: 0, y: 0, w: 1036, h: 828, createdAt: 0 }

describe('what is under the pointer', () => {
  it('finds the note drawn on top where notes overlap', () => {
    const notes = [note('below', 0, 0), note('above', 50, 50)]
    expect(noteAt(notes, { x: 60, y: 60 })?.id).toBe('above')
    expect(noteAt(notes, { x: 10, y: 10 })?.id).toBe('below')
    expect(noteAt(notes, { x: 500, y: 500 })).toBeUndefined()
  })

  it("tells a frame's title, its resize corner and its cells apart", () => {
    expect(frameAtPoint([frame], { x: 300, y: 20 }, 1)?.part).toBe('title')
    expect(frameAtPoint([frame], { x: 1030, y: 822 }, 1)?.part).toBe('resize')
    expect(frameAtPoint([frame], { x: 400, y: 400 }, 1)?.part).toBe('body')
    expect(frameAtPoint([frame], { x: 2000, y: 20 }, 1)).toBeUndefined()
  })

  it('keeps the resize corner the same size on screen at any zoom', () => {
    expect(frameAtPoint([frame], { x: 1000, y: 800 }, 0.5)?.part).toBe('resize')
    expect(frameAtPoint([frame], { x: 1000, y: 800 }, 2)?.part).toBe('body')
  })

  it('selects the notes a rubber band touches', () => {
    const notes = [note('a', 0, 0), note('b', 300, 0), note('c', 600, 0)]
    expect(notesIn(notes, { x: 100, y: 50, w: 250, h: 10 }).map((n) => n.id)).toEqual(['a', 'b'])
  })
})
