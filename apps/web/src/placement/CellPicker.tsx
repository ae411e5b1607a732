import { cellScore, frameTemplates, label, sameCell, scoreBand } from '@atelier/model'
import type { FrameCell, FrameKind, Locale } from '@atelier/model'
import './cell-picker.css'

/*
 * Shared by the phone's place sheet (phone/PlaceSheet.tsx) and the board's note panel
 * (board/PlaceInCell.tsx). The phone is built on Preact too (vite.phone.config.ts), so this file
 * keeps to React's documented API and imports nothing of the canvas.
 */

type MatrixKind = Exclude<FrameKind, 'noteGrid' | 'roadmap'>

/** The cell at column `x`, row `y` (both 1-5) of a matrix of this kind. */
export function matrixCell(kind: MatrixKind, x: number, y: number): FrameCell {
  return kind === 'riskMatrix'
    ? { kind, likelihood: x, impact: y }
    : { kind, feasibility: x, urgency: y }
}

/** The picker's own words, in the caller's bundle: each view keeps its strings in one place. */
export type CellPickerWords = {
  /** The name of a matrix's or the roadmap's group of cells ("Which cell?"). */
  cell: string
  /** The name of the grid's group of lanes ("Which lane?"). */
  lane: string
  /** A matrix cell's weight, said after its axes ("score 20"). */
  cellScore: (score: number) => string
}

type PickerProps = {
  kind: FrameKind
  current: FrameCell | null
  onPick: (cell: FrameCell) => void
  locale: Locale
  words: CellPickerWords
  /** A class the view's buttons wear, added to the lane buttons (the phone's `phone-button`). */
  buttonClass?: string
}

/** The cells of a frame as buttons: a 5x5 matrix, the grid's lanes, or the roadmap's. */
export function CellPicker(props: PickerProps) {
  if (props.kind === 'noteGrid') return <LanePicker {...props} />
  if (props.kind === 'roadmap') return <RoadmapPicker {...props} />
  return <MatrixPicker {...props} kind={props.kind} />
}

const LEVELS = [1, 2, 3, 4, 5] as const

function laneClass(buttonClass: string | undefined): string {
  return buttonClass ? `${buttonClass} cell-picker-lane` : 'cell-picker-lane'
}

function MatrixPicker({
  kind,
  current,
  onPick,
  locale,
  words,
}: PickerProps & { kind: MatrixKind }) {
  const { xAxis, yAxis } = frameTemplates[kind]
  const xName = label(xAxis.label, locale)
  const yName = label(yAxis.label, locale)
  const levelName = (axis: typeof xAxis | typeof yAxis, level: number) => {
    const key = axis.levels[level - 1]
    return key ? label(key, locale) : String(level)
  }
  // Drawn left to right in every language, as the projected board draws it.
  return (
    <div className="cell-picker-matrix" dir="ltr" role="group" aria-label={words.cell}>
      <span className="cell-picker-axis" aria-hidden="true">
        {yName} ↑
      </span>
      <div className="cell-picker-grid">
        {[...LEVELS].reverse().map((y) => [
          <span key={`y${y}`} className="cell-picker-head" aria-hidden="true">
            {y}
          </span>,
          ...LEVELS.map((x) => {
            const cell = matrixCell(kind, x, y)
            const score = cellScore(cell) ?? 0
            const isCurrent = sameCell(current, cell)
            const name = `${xName} ${x} (${levelName(xAxis, x)}), ${yName} ${y} (${levelName(yAxis, y)}), ${words.cellScore(score)}`
            return (
              <button
                key={`${x}-${y}`}
                type="button"
                className={`cell-picker-cell cell-picker-band-${scoreBand(score)}`}
                aria-label={name}
                aria-pressed={isCurrent}
                onClick={() => onPick(cell)}
              >
                {score}
              </button>
            )
          }),
        ])}
        <span aria-hidden="true" />
        {LEVELS.map((x) => (
          <span key={`x${x}`} className="cell-picker-head" aria-hidden="true">
            {x}
          </span>
        ))}
      </div>
      <span className="cell-picker-axis cell-picker-axis-x" aria-hidden="true">
        {xName} →
      </span>
    </div>
  )
}

function LanePicker({ current, onPick, locale, words, buttonClass }: PickerProps) {
  return (
    <div className="cell-picker-lanes" role="group" aria-label={words.lane}>
      {frameTemplates.noteGrid.lanes.map(({ lane, label: key }) => {
        const cell: FrameCell = { kind: 'noteGrid', lane }
        return (
          <button
            key={lane}
            type="button"
            className={laneClass(buttonClass)}
            aria-pressed={sameCell(current, cell)}
            onClick={() => onPick(cell)}
          >
            {label(key, locale)}
          </button>
        )
      })}
    </div>
  )
}

/** The roadmap's cells: one row of horizon buttons per lead actor. */
function RoadmapPicker({ current, onPick, locale, words, buttonClass }: PickerProps) {
  const { columns, rows } = frameTemplates.roadmap
  return (
    <div className="cell-picker-lanes" role="group" aria-label={words.cell}>
      {rows.map(({ lead, label: leadKey }) => (
        <div
          key={lead}
          className="cell-picker-lanes"
          role="group"
          aria-label={label(leadKey, locale)}
        >
          <span className="cell-picker-head">{label(leadKey, locale)}</span>
          {columns.map(({ horizon, label: horizonKey }) => {
            const cell: FrameCell = { kind: 'roadmap', horizon, lead }
            return (
              <button
                key={horizon}
                type="button"
                className={laneClass(buttonClass)}
                aria-label={`${label(horizonKey, locale)} · ${label(leadKey, locale)}`}
                aria-pressed={sameCell(current, cell)}
                onClick={() => onPick(cell)}
              >
                {label(horizonKey, locale)}
              </button>
            )
          })}
        </div>
      ))}
    </div>
  )
}
