import { memo } from 'react'
import { Shape } from 'react-konva'
import type Konva from 'konva'
import type { Note } from '@atelier/model'
import { SELECTION } from './theme.js'

type Props = {
  notes: readonly Note[]
  selection: ReadonlySet<string>
  focused?: string
  /** The zoom, so outlines keep their width on screen. */
  scale: number
}

function drawBlocks(context: Konva.Context, { notes, selection, focused, scale }: Props): void {
  context.setAttr('fillStyle', 'rgba(31, 35, 40, 0.14)')
  for (const note of notes) context.fillRect(note.x + 1.5, note.y + 3, note.w, note.h)
  let colour = ''
  for (const note of notes) {
    if (note.colour !== colour) {
      colour = note.colour
      context.setAttr('fillStyle', colour)
    }
    context.fillRect(note.x, note.y, note.w, note.h)
  }
  context.setAttr('strokeStyle', SELECTION)
  context.setAttr('lineWidth', 2 / scale)
  const gap = 3 / scale
  for (const note of notes) {
    if (!selection.has(note.id) && note.id !== focused) continue
    context.strokeRect(note.x - gap, note.y - gap, note.w + 2 * gap, note.h + 2 * gap)
  }
}

/**
 * Every note at rest as a coloured block, drawn by one Konva shape: below the zoom where words
 * can be read, a thousand notes cost a thousand rectangles on one canvas, not three thousand
 * Konva nodes.
 */
export const NoteBlocks = memo(function NoteBlocks(props: Props) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => drawBlocks(context, props)}
    />
  )
})
