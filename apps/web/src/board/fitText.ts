/** Measures the width of a piece of text at a font size (canvas `measureText`, or a stand-in). */
export type Measure = (text: string, fontSize: number) => number

/** The smallest size a note's text shrinks to before it is cut with an ellipsis. */
export const MIN_NOTE_FONT = 10

function linesNeeded(words: readonly number[], space: number, width: number): number {
  let lines = 1
  let used = 0
  for (const word of words) {
    const next = used === 0 ? word : used + space + word
    if (next <= width || used === 0) used = next
    else {
      lines += 1
      used = word
    }
    // A word wider than the line is broken over as many lines as it needs.
    if (word > width) {
      lines += Math.ceil(word / width) - 1
      used = word % width
    }
  }
  return lines
}

/**
 * The largest font size, from `base` down to MIN_NOTE_FONT in steps of 1, at which `text`
 * wraps into `width` x `height` without breaking a word, as a sticky note shrinks its writing.
 * Words are measured once, at `base`: widths grow in proportion to the size.
 */
export function fitFontSize(
  text: string,
  width: number,
  height: number,
  base: number,
  lineHeight: number,
  measure: Measure,
): number {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length === 0) return base
  const at = words.map((word) => measure(word, base))
  const space = measure(' ', base)
  for (let size = base; size > MIN_NOTE_FONT; size -= 1) {
    const ratio = size / base
    const widest = Math.max(...at) * ratio
    const lines = linesNeeded(
      at.map((w) => w * ratio),
      space * ratio,
      width,
    )
    if (widest <= width && lines * size * lineHeight <= height) return size
  }
  return MIN_NOTE_FONT
}

let context: CanvasRenderingContext2D | null | undefined
const cache = new Map<string, number>()

/** `fitFontSize` with the browser's canvas measuring, remembered per text and box. */
export function fittedFontSize(
  text: string,
  width: number,
  height: number,
  base: number,
  lineHeight: number,
  font: string,
): number {
  const key = `${width}|${height}|${base}|${text}`
  const known = cache.get(key)
  if (known !== undefined) return known
  context ??= document.createElement('canvas').getContext('2d')
  const measure: Measure = (piece, size) => {
    if (!context) return piece.length * size * 0.55
    context.font = `${size}px ${font}`
    return context.measureText(piece).width
  }
  const size = fitFontSize(text, width, height, base, lineHeight, measure)
  if (cache.size > 5000) cache.clear()
  cache.set(key, size)
  return size
}
