import { memo } from 'react'
import { Shape } from 'react-konva'
import type Konva from 'konva'
import type { Note } from '@atelier/model'
import type { CitationCounts } from './mirror.js'
import { CITATION_INK, SELECTION } from './theme.js'

type Props = {
  notes: readonly Note[]
  /** Cited notes get a dot in their corner, like the badge they show when zoomed in. */
  citations: CitationCounts
  selection: ReadonlySet<string>
  focused?: string
  /** The zoom, so outlines keep their width on screen. */
  scale: number
}

function drawCitationDots(context: Konva.Context, notes: readonly Note[], props: Props): void {
  const radius = Math.min(4 / props.scale, 24)
  context.setAttr('fillStyle', CITATION_INK)
  context.beginPath()
  for (const note of notes) {
    if (!props.citations[note.id]) continue
    const x = note.x + note.w - 2 * radius
    const y = note.y + 2 * radius
    context.moveTo(x + radius, y)
    context.arc(x, y, radius, 0, 2 * Math.PI)
  }
  context.fill()
}

function drawBlocks(context: Konva.Context, props: Props): void {
  const { notes, selection, focused, scale } = props
  // The shadow falls 3 units below a note: under a pixel at this zoom, it is not drawn at all.
  if (3 * scale >= 1) {
    context.setAttr('fillStyle', 'rgba(31, 35, 40, 0.14)')
    for (const note of notes) context.fillRect(note.x + 1.5, note.y + 3, note.w, note.h)
  }
  let colour = ''
  for (const note of notes) {
    if (note.colour !== colour) {
      colour = note.colour
      context.setAttr('fillStyle', colour)
    }
    context.fillRect(note.x, note.y, note.w, note.h)
  }
  drawCitationDots(context, notes, props)
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
