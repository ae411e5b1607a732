import { Group, Rect, Text } from 'react-konva'
import type { Note } from '@atelier/model'
import { FONT_FAMILY } from '../board/theme.js'
import { useSessionTemplate } from '../session/hooks.js'
import { VERDICT_COLOURS, originWords, outcomeChip, plenarySession } from './outcome.js'
import { useValidationText } from './strings.js'

const HEIGHT = 18
const FONT_SIZE = 11
/** Estimated width of a chip's text (no measuring: a board may draw a thousand notes). */
const chipWidth = (text: string) => text.length * 6.6 + 14

function Chip({ x, text, ink, fill }: { x: number; text: string; ink: string; fill: string }) {
  const w = chipWidth(text)
  return (
    <Group x={x} listening={false}>
      <Rect
        width={w}
        height={HEIGHT}
        cornerRadius={HEIGHT / 2}
        fill={fill}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Text
        width={w}
        height={HEIGHT}
        text={text}
        fontSize={FONT_SIZE}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        fill={ink}
        align="center"
        verticalAlign="middle"
        listening={false}
      />
    </Group>
  )
}

/**
 * A plenary note's badges, astride its top edge from the start: the sub-group it came from
 * ("G2") and, once the room decided, its verdict's mark and priority level ("✓ Élevée").
 * Draws nothing on a note with neither.
 */
export function NoteBadges({ note }: { note: Note }) {
  const { t, language } = useValidationText()
  // A note pulled from a plenary names its session by number, once the toolkit has loaded.
  const session = useSessionTemplate(note.origin && plenarySession(note.origin.board))
  if (!note.origin && !note.validation) return null
  const origin = note.origin ? originWords(note.origin, t, session?.number).badge : ''
  const outcome = outcomeChip(note, t, language)
  const verdict = note.validation?.verdict
  const originW = origin ? chipWidth(origin) + 4 : 0
  return (
    <Group x={-6} y={-8} listening={false}>
      {origin && <Chip x={0} text={origin} ink="#ffffff" fill="#1c7ed6" />}
      {verdict && (
        <Chip
          x={originW}
          text={outcome}
          ink={VERDICT_COLOURS[verdict].ink}
          fill={VERDICT_COLOURS[verdict].fill}
        />
      )}
    </Group>
  )
}
