import type { ScoreBand } from '@atelier/model'

/** Fonts present on the machines in the room (Noto on Linux, Segoe on Windows), Arabic included. */
export const FONT_FAMILY =
  '"Noto Sans", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif'

export const INK = '#1f2328'
export const MUTED_INK = '#57606a'
export const FAINT_INK = '#8c959f'
export const LINE = '#d0d7de'
export const CANVAS_BACKGROUND = '#f6f7f9'
export const SELECTION = '#1c7ed6'
/** The badge of a note that recommendations cite. */
export const CITATION_INK = '#5f3dc4'

/** A matrix cell's fill and the colour of its score, by the band of its weight (a heat map). */
export const BAND_COLOURS: Readonly<Record<ScoreBand, { fill: string; score: string }>> = {
  low: { fill: '#eef9f0', score: '#2b8a3e' },
  medium: { fill: '#fffbe6', score: '#a87b00' },
  high: { fill: '#fff1e3', score: '#d9480f' },
  critical: { fill: '#ffecec', score: '#c92a2a' },
}

/** Below this zoom a note's words are too small to read: it is drawn as a coloured block. */
export const TEXT_MIN_SCALE = 0.42

/** Sizes of a note's parts, in board units. */
export const NOTE_STYLE = {
  radius: 6,
  padding: 10,
  fontSize: 14,
  lineHeight: 1.25,
  labelSize: 9.5,
  /** The bottom row: the category's name, and the score badge in a matrix. */
  footer: 18,
} as const

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF]*[\u0590-\u08FF]/

/** Whether a text reads right to left: its first strong letter is Arabic or Hebrew. */
export function isRightToLeftText(text: string): boolean {
  return RTL_FIRST_STRONG.test(text)
}
