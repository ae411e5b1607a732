/**
 * The toolkit as `GET /api/toolkit.json` sends it (`ToolkitOutline` in
 * packages/report/src/toolkit-outline.ts, written by the same sections as the Word toolkit):
 * the web app does not load the report package, which carries the DOCX writer.
 */
export type ToolkitBlock =
  | { kind: 'heading'; level: 0 | 1 | 2 | 3; text: string }
  | { kind: 'text'; text: string; bold: boolean }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'bullet'; text: string }
  | {
      kind: 'table'
      header: string[]
      rows: (string | number)[][]
      blankRows: number
      tall: boolean
      matrix: boolean
    }
  | { kind: 'contents'; title: string }

export type ToolkitOutline = {
  language: 'fr' | 'en' | 'ar'
  title: string
  blocks: ToolkitBlock[]
}

/** The blocks between two parts: the cover first, then one run per part (level-1 heading). */
export type ToolkitPart = { heading?: string; blocks: ToolkitBlock[] }

/**
 * Splits the toolkit into its cover and its parts, each part starting at its level-1 heading,
 * so that each prints from the top of a page. The table of contents lists the parts.
 */
export function partsOf(blocks: readonly ToolkitBlock[]): ToolkitPart[] {
  const parts: ToolkitPart[] = [{ blocks: [] }]
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) {
      parts.push({ heading: block.text, blocks: [] })
    } else {
      parts[parts.length - 1]!.blocks.push(block)
    }
  }
  return parts
}
