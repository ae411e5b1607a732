import { useEffect, useRef } from 'react'
import type { PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Frame, Note, Point } from '@atelier/model'
import { boundsOf, minimapProjection, toBoard, visibleRect } from './viewport.js'
import type { ScreenSize, Viewport } from './viewport.js'

const MAP: ScreenSize = { width: 200, height: 128 }

type Props = {
  notes: readonly Note[]
  frames: readonly Frame[]
  viewport: Viewport
  size: ScreenSize
  onNavigate: (board: Point) => void
}

function draw(canvas: HTMLCanvasElement, props: Props) {
  const context = canvas.getContext('2d')
  if (!context) return
  const ratio = window.devicePixelRatio || 1
  canvas.width = MAP.width * ratio
  canvas.height = MAP.height * ratio
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  context.clearRect(0, 0, MAP.width, MAP.height)
  const view = visibleRect(props.viewport, props.size)
  const world = boundsOf([...props.frames, ...props.notes, view])
  if (!world) return
  const map = minimapProjection(world, MAP)
  const box = (rect: { x: number; y: number; w: number; h: number }) =>
    [
      rect.x * map.scale + map.x,
      rect.y * map.scale + map.y,
      rect.w * map.scale,
      rect.h * map.scale,
    ] as const
  context.fillStyle = '#ffffff'
  context.strokeStyle = '#c5ccd3'
  for (const frame of props.frames) {
    context.fillRect(...box(frame))
    context.strokeRect(...box(frame))
  }
  for (const note of props.notes) {
    context.fillStyle = note.colour
    const [x, y, w, h] = box(note)
    context.fillRect(x, y, Math.max(1.5, w), Math.max(1.5, h))
  }
  context.strokeStyle = '#1c7ed6'
  context.lineWidth = 1.5
  context.fillStyle = 'rgba(28, 126, 214, 0.08)'
  context.fillRect(...box(view))
  context.strokeRect(...box(view))
}

/**
 * An overview of the whole board with the part on screen outlined; pressing or dragging in it
 * moves the view there. Shown when the board is larger than the screen.
 */
export function Minimap(props: Props) {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const latest = useRef(props)
  latest.current = props

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (canvas.current) draw(canvas.current, latest.current)
    })
    return () => cancelAnimationFrame(frame)
  }, [props.notes, props.frames, props.viewport, props.size])

  const navigate = (event: PointerEvent<HTMLCanvasElement>) => {
    const { viewport, size, frames, notes, onNavigate } = latest.current
    const world = boundsOf([...frames, ...notes, visibleRect(viewport, size)])
    if (!world) return
    const bounds = event.currentTarget.getBoundingClientRect()
    onNavigate(
      toBoard(minimapProjection(world, MAP), {
        x: event.clientX - bounds.left,
        y: event.clientY - bounds.top,
      }),
    )
  }

  return (
    <canvas
      ref={canvas}
      className="minimap"
      role="img"
      aria-label={t('minimap.label')}
      style={{ width: MAP.width, height: MAP.height }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        navigate(event)
      }}
      onPointerMove={(event) => {
        if (event.buttons !== 0) navigate(event)
      }}
    />
  )
}
