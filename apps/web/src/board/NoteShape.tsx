import { memo } from 'react'
import { fittedFontSize } from './fitText.js'
import { Group, Rect, Text } from 'react-konva'
import type { Note, ScoreBand } from '@atelier/model'
import { NoteBadges } from '../validation/NoteBadges.js'
import {
  BAND_COLOURS,
  CITATION_INK,
  FONT_FAMILY,
  INK,
  MUTED_INK,
  NOTE_STYLE,
  SELECTION,
  isRightToLeftText,
} from './theme.js'

export type NoteLook = {
  /** `block` draws only the coloured note: at a low zoom its words cannot be read. */
  detail: 'full' | 'block'
  selected: boolean
  /** Reached with the keyboard: drawn with a focus ring. */
  focused: boolean
  /** The colour of someone else who is dragging it. */
  movedByColour?: string
  categoryLabel: string
  /** In a matrix: "3×4 = 12" and the band of the score. Primitive props keep the memo cheap. */
  badge?: string
  band?: ScoreBand
  /** How many recommendations cite the note: a badge in its corner when some do. */
  citations: number
}

type Props = NoteLook & { note: Note; x: number; y: number }

type BadgeProps = { note: Note; badge: string; band: ScoreBand }

/** Width of the score badge, estimated from its characters (digits and ×, no measuring). */
function badgeWidth(badge: string): number {
  return badge.length * 6.4 + 12
}

function ScoreBadge({ note, badge, band }: BadgeProps) {
  const h = NOTE_STYLE.footer
  const w = badgeWidth(badge)
  return (
    <Group x={note.w - NOTE_STYLE.padding - w + 4} y={note.h - h - 5}>
      <Rect
        width={w}
        height={h}
        cornerRadius={h / 2}
        fill="#ffffff"
        opacity={0.88}
        listening={false}
      />
      <Text
        width={w}
        height={h}
        text={badge}
        fontSize={10.5}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        fill={BAND_COLOURS[band].score}
        align="center"
        verticalAlign="middle"
        listening={false}
      />
    </Group>
  )
}

/** The text of a cited note's badge: a pilcrow and the number of recommendations. */
export function citationBadgeText(citations: number): string {
  return `¶ ${citations}`
}

/** A cited note's badge, astride its top corner (the words start below it). */
function CitationBadge({ note, citations }: { note: Note; citations: number }) {
  const text = citationBadgeText(citations)
  const h = 18
  const w = text.length * 6.6 + 12
  return (
    <Group x={note.w - w + 6} y={-6} listening={false}>
      <Rect
        width={w}
        height={h}
        cornerRadius={h / 2}
        fill={CITATION_INK}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Text
        width={w}
        height={h}
        text={text}
        fontSize={11}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        fill="#ffffff"
        align="center"
        verticalAlign="middle"
        listening={false}
      />
    </Group>
  )
}

function Outline({ note, look }: { note: Note; look: NoteLook }) {
  if (look.movedByColour) {
    return (
      <Rect
        x={-3}
        y={-3}
        width={note.w + 6}
        height={note.h + 6}
        cornerRadius={NOTE_STYLE.radius + 3}
        stroke={look.movedByColour}
        strokeWidth={3}
        listening={false}
        perfectDrawEnabled={false}
      />
    )
  }
  if (!look.selected && !look.focused) return null
  return (
    <Rect
      x={-4}
      y={-4}
      width={note.w + 8}
      height={note.h + 8}
      cornerRadius={NOTE_STYLE.radius + 4}
      stroke={SELECTION}
      strokeWidth={look.focused ? 3 : 2.5}
      dash={look.focused && !look.selected ? [6, 4] : undefined}
      listening={false}
      perfectDrawEnabled={false}
    />
  )
}

function Words({ note, look }: { note: Note; look: NoteLook }) {
  const { padding, fontSize, lineHeight, labelSize, footer } = NOTE_STYLE
  const rtl = isRightToLeftText(note.text)
  const labelRtl = isRightToLeftText(look.categoryLabel)
  const footerH = footer
  const badgeRoom = look.badge ? badgeWidth(look.badge) + 4 : 0
  const textW = note.w - 2 * padding
  const textH = Math.max(fontSize * lineHeight, note.h - padding - footerH - 8)
  const size = fittedFontSize(note.text, textW, textH, fontSize, lineHeight, FONT_FAMILY)
  return (
    <>
      <Text
        x={padding}
        y={padding}
        width={textW}
        height={textH}
        text={note.text}
        fontSize={size}
        lineHeight={lineHeight}
        fontFamily={FONT_FAMILY}
        fill={INK}
        wrap="word"
        ellipsis
        direction={rtl ? 'rtl' : 'ltr'}
        align={rtl ? 'right' : 'left'}
        listening={false}
      />
      <Text
        x={padding}
        y={note.h - footerH - 5}
        width={Math.max(0, note.w - 2 * padding - badgeRoom)}
        height={footerH}
        verticalAlign="middle"
        text={look.categoryLabel.toLocaleUpperCase()}
        fontSize={labelSize}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        // Konva draws spaced letters one by one, which unjoins and reverses Arabic script.
        letterSpacing={labelRtl ? 0 : 0.5}
        direction={labelRtl ? 'rtl' : 'ltr'}
        align={labelRtl ? 'right' : 'left'}
        fill={MUTED_INK}
        opacity={0.8}
        wrap="none"
        ellipsis
        listening={false}
      />
      {look.badge && look.band && <ScoreBadge note={note} badge={look.badge} band={look.band} />}
    </>
  )
}

/**
 * One sticky note on the canvas: its category's colour, category label, text and, in a matrix,
 * its scores, and how many recommendations cite it. Memoised: a canvas of a thousand notes redraws only the notes whose props changed.
 */
export const NoteShape = memo(function NoteShape({ note, x, y, ...look }: Props) {
  return (
    // A note a moderator hid reaches only the facilitator's canvas, dimmed.
    <Group x={x} y={y} listening={false} opacity={note.hidden ? 0.4 : 1}>
      <Rect
        x={1.5}
        y={3}
        width={note.w}
        height={note.h}
        cornerRadius={NOTE_STYLE.radius}
        fill="rgba(31, 35, 40, 0.14)"
        listening={false}
        perfectDrawEnabled={false}
      />
      <Rect
        width={note.w}
        height={note.h}
        cornerRadius={NOTE_STYLE.radius}
        fill={note.colour}
        listening={false}
        perfectDrawEnabled={false}
      />
      {look.detail === 'full' && <Words note={note} look={look} />}
      {look.detail === 'full' && look.citations > 0 && (
        <CitationBadge note={note} citations={look.citations} />
      )}
      {look.detail === 'full' && <NoteBadges note={note} />}
      <Outline note={note} look={look} />
    </Group>
  )
})
