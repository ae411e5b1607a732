import { memo } from 'react'
import { Arrow, Layer } from 'react-konva'
import type { Rect } from '@atelier/model'
import { dependencyArrow } from './arrows.js'

/** An arrow of the roadmap: `from` is the prerequisite action, `to` the one that waits for it. */
export type Dependency = { from: string; to: string }

/** A note drawn away from where the document has it (dragged by someone): its id and box. */
export type MovedNote = { id: string; box: Rect }

const ARROW_INK = '#495057'
const ARROW_SELECTED = '#1c7ed6'

type Props = {
  arrows: readonly Dependency[]
  /** Every note's box where the document has it. */
  boxes: ReadonlyMap<string, Rect>
  /** Notes being dragged, drawn where they are now: their arrows follow them. */
  moved: readonly MovedNote[]
  selection: ReadonlySet<string>
  /** The zoom, so the arrows keep their weight on screen. */
  scale: number
}

/**
 * The dependencies between roadmap actions, drawn as arrows from each prerequisite to the
 * action that depends on it, edge to edge, following the notes as they move. An arrow touching
 * a selected note is drawn in the selection's colour. Each arrow is named `dependency` with
 * the id `<from>><to>`, for tests and tools that read the stage.
 */
export const DependencyLayer = memo(function DependencyLayer({
  arrows,
  boxes,
  moved,
  selection,
  scale,
}: Props) {
  const now = new Map(boxes)
  for (const note of moved) now.set(note.id, note.box)
  const weight = Math.max(1, 2 / Math.max(scale, 0.25))
  return (
    <Layer listening={false}>
      {arrows.map(({ from, to }) => {
        const start = now.get(from)
        const end = now.get(to)
        const points = start && end ? dependencyArrow(start, end) : undefined
        if (!points) return null
        const lit = selection.has(from) || selection.has(to)
        return (
          <Arrow
            key={`${from}>${to}`}
            id={`${from}>${to}`}
            name="dependency"
            points={points}
            stroke={lit ? ARROW_SELECTED : ARROW_INK}
            fill={lit ? ARROW_SELECTED : ARROW_INK}
            strokeWidth={lit ? weight * 1.5 : weight}
            pointerLength={weight * 6}
            pointerWidth={weight * 6}
            opacity={0.9}
            listening={false}
            perfectDrawEnabled={false}
          />
        )
      })}
    </Layer>
  )
})
