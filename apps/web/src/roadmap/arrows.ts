import type { Point, Rect } from '@atelier/model'

/** Room left between an arrow's ends and the notes it joins, in board units. */
const GAP = 6

/**
 * Where the line from a box's centre towards `towards` leaves the box, `gap` beyond its edge.
 */
export function edgePoint(box: Rect, towards: Point, gap = GAP): Point {
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 }
  const dx = towards.x - centre.x
  const dy = towards.y - centre.y
  if (dx === 0 && dy === 0) return centre
  const halfW = box.w / 2 + gap
  const halfH = box.h / 2 + gap
  // The smaller factor is the side the line crosses first.
  const scale = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  )
  return { x: centre.x + dx * scale, y: centre.y + dy * scale }
}

/**
 * The points of an arrow from the edge of box `from` to the edge of box `to`, where its head
 * points (on the roadmap: from a prerequisite to the action that waits for it). Undefined when
 * the two boxes overlap, since no arrow between them could be seen.
 */
export function dependencyArrow(
  from: Rect,
  to: Rect,
): [number, number, number, number] | undefined {
  const overlap =
    from.x < to.x + to.w && to.x < from.x + from.w && from.y < to.y + to.h && to.y < from.y + from.h
  if (overlap) return undefined
  const start = edgePoint(from, { x: to.x + to.w / 2, y: to.y + to.h / 2 })
  const end = edgePoint(to, { x: from.x + from.w / 2, y: from.y + from.h / 2 })
  return [start.x, start.y, end.x, end.y]
}
