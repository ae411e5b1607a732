import { memo } from 'react'
import { Group, Line, Rect, Text } from 'react-konva'
import { CATEGORY_COLOURS, cellScore, frameLayout, frameTemplates, scoreBand } from '@atelier/model'
import type { Frame, FrameCell, FrameKind, FrameLabel, Locale, Rect as Box } from '@atelier/model'
import { roadmapCellLook } from '../roadmap/look.js'
import { RESIZE_HANDLE_PX } from './hit.js'
import { BAND_COLOURS, FONT_FAMILY, INK, LINE, MUTED_INK, SELECTION } from './theme.js'

type Props = {
  frame: Frame
  locale: Locale
  selected: boolean
  /** A facilitator may move and resize frames: draw the resize handle. */
  editable: boolean
  /** The zoom, so the resize handle keeps its size on screen. */
  scale: number
  scaleText: number
}

const CELL_LINE = '#dfe3e8'

function laneColour(cell: FrameCell): string | undefined {
  if (cell.kind === 'roadmap') return roadmapCellLook(cell).strip
  if (cell.kind !== 'noteGrid') return undefined
  const category = frameTemplates.noteGrid.lanes.find((entry) => entry.lane === cell.lane)?.category
  return category && CATEGORY_COLOURS[category]
}

function Cell({ cell, rect, scaleText }: { cell: FrameCell; rect: Box; scaleText: number }) {
  const score = cellScore(cell)
  const band = score === undefined ? undefined : BAND_COLOURS[scoreBand(score)]
  const strip = laneColour(cell)
  const fill = cell.kind === 'roadmap' ? roadmapCellLook(cell).fill : '#fbfcfd'
  return (
    <>
      <Rect
        x={rect.x}
        y={rect.y}
        width={rect.w}
        height={rect.h}
        fill={band?.fill ?? fill}
        stroke={CELL_LINE}
        strokeWidth={1}
        listening={false}
        perfectDrawEnabled={false}
      />
      {strip && (
        <Rect
          x={rect.x + 1}
          y={rect.y}
          width={rect.w - 2}
          height={6}
          fill={strip}
          listening={false}
        />
      )}
      {score !== undefined && band && (
        <Text
          x={rect.x + rect.w - 44}
          y={rect.y + 6}
          width={38}
          text={String(score)}
          align="right"
          fontSize={15 * scaleText}
          fontStyle="bold"
          fontFamily={FONT_FAMILY}
          fill={band.score}
          opacity={0.55}
          listening={false}
        />
      )}
    </>
  )
}

function labelStyle(
  label: FrameLabel,
  gridX: number,
  rtl: boolean,
  scaleText: number,
  kind: FrameKind,
) {
  // A roadmap's row names the lead actor: read as a heading of its row, not a scale's level.
  if (kind === 'roadmap' && label.role === 'level')
    return { fontSize: 15 * scaleText, fontStyle: 'bold', fill: INK, align: 'right' }
  switch (label.role) {
    case 'title':
      return {
        fontSize: 22 * scaleText,
        fontStyle: 'bold',
        fill: INK,
        align: rtl ? 'right' : 'left',
      }
    case 'axis':
      return { fontSize: 16 * scaleText, fontStyle: 'bold', fill: INK, align: 'center' }
    case 'lane':
      return { fontSize: 16 * scaleText, fontStyle: 'bold', fill: INK, align: 'center' }
    case 'level':
      return {
        // Level names must fit their narrow boxes whole: larger type would break words.
        fontSize: 12 * Math.min(scaleText, 1.1),
        fontStyle: 'normal',
        fill: MUTED_INK,
        align: label.x < gridX ? 'right' : 'center',
      }
  }
}

function Label({
  label,
  gridX,
  rtl,
  scaleText,
  kind,
}: {
  label: FrameLabel
  gridX: number
  rtl: boolean
  scaleText: number
  kind: FrameKind
}) {
  const style = labelStyle(label, gridX, rtl, scaleText, kind)
  // A row's level name sits close to its row (on the left of the grid in every locale, since
  // positions are shared), away from the axis name on the far side.
  const rowLevel = label.role === 'level' && label.x < gridX
  const inset = rowLevel ? { before: 2, after: 8 } : { before: 4, after: 4 }
  const [left, right] = [inset.before, inset.after]
  return (
    <Text
      x={label.rotation === 0 ? label.x + left : label.x}
      y={label.y}
      width={label.rotation === 0 ? label.w - left - right : label.w}
      height={label.h}
      rotation={label.rotation}
      text={label.text}
      fontFamily={FONT_FAMILY}
      fontSize={style.fontSize}
      fontStyle={style.fontStyle}
      fill={style.fill}
      align={style.align}
      verticalAlign="middle"
      direction={rtl ? 'rtl' : 'ltr'}
      wrap="word"
      ellipsis
      listening={false}
    />
  )
}

function ResizeGrip({ frame, scale }: { frame: Frame; scale: number }) {
  const size = RESIZE_HANDLE_PX / scale
  const right = frame.x + frame.w - 4 / scale
  const bottom = frame.y + frame.h - 4 / scale
  const lines = [0.35, 0.7].map((step) => [
    right - size * step,
    bottom,
    right,
    bottom - size * step,
  ])
  return (
    <>
      {lines.map((points, index) => (
        <Line
          key={index}
          points={points}
          stroke={MUTED_INK}
          strokeWidth={1.5 / scale}
          listening={false}
        />
      ))}
    </>
  )
}

/**
 * A frame: the risk or action matrix with its heat-map cells, cell scores and labelled axes,
 * the note-taking grid with its lanes, or the roadmap with its horizon columns and lead rows. Labels come from the model, in the reader's language.
 */
export const FrameShape = memo(function FrameShape({
  frame,
  locale,
  selected,
  editable,
  scale,
  scaleText,
}: Props) {
  const layout = frameLayout(frame, locale)
  const rtl = locale === 'ar'
  return (
    <Group listening={false}>
      <Rect
        x={frame.x + 2}
        y={frame.y + 4}
        width={frame.w}
        height={frame.h}
        cornerRadius={12}
        fill="rgba(31, 35, 40, 0.06)"
        listening={false}
      />
      <Rect
        x={frame.x}
        y={frame.y}
        width={frame.w}
        height={frame.h}
        cornerRadius={12}
        fill="#ffffff"
        stroke={selected ? SELECTION : LINE}
        strokeWidth={selected ? 3 : 1.5}
        listening={false}
      />
      {layout.cells.map(({ cell, rect }, index) => (
        <Cell key={index} cell={cell} rect={rect} scaleText={scaleText} />
      ))}
      {layout.labels.map((label, index) => (
        <Label
          key={index}
          label={label}
          gridX={layout.grid.x}
          rtl={rtl}
          scaleText={scaleText}
          kind={frame.kind}
        />
      ))}
      {editable && <ResizeGrip frame={frame} scale={scale} />}
    </Group>
  )
})
