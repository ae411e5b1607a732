import { cellScore, frameTemplates, label, sameCell, scoreBand } from '@atelier/model'
import type { FrameCell, FrameKind, Locale } from '@atelier/model'
import { usePhoneText } from './hooks.js'

type MatrixKind = Exclude<FrameKind, 'noteGrid' | 'roadmap'>

/** The cell at column `x`, row `y` (both 1-5) of a matrix of this kind. */
export function matrixCell(kind: MatrixKind, x: number, y: number): FrameCell {
  return kind === 'riskMatrix'
    ? { kind, likelihood: x, impact: y }
    : { kind, feasibility: x, urgency: y }
}

type PickerProps = {
  kind: FrameKind
  current: FrameCell | null
  onPick: (cell: FrameCell) => void
  locale: Locale
}

/** The cells of a frame as buttons: a tappable 5x5 matrix, the grid's lanes, or the roadmap's. */
export function CellPicker(props: PickerProps) {
  if (props.kind === 'noteGrid') return <LanePicker {...props} />
  if (props.kind === 'roadmap') return <RoadmapPicker {...props} />
  return <MatrixPicker {...props} kind={props.kind} />
}

const LEVELS = [1, 2, 3, 4, 5] as const

function MatrixPicker({ kind, current, onPick, locale }: PickerProps & { kind: MatrixKind }) {
  const { t } = usePhoneText()
  const { xAxis, yAxis } = frameTemplates[kind]
  const xName = label(xAxis.label, locale)
  const yName = label(yAxis.label, locale)
  const levelName = (axis: typeof xAxis | typeof yAxis, level: number) => {
    const key = axis.levels[level - 1]
    return key ? label(key, locale) : String(level)
  }
  // Drawn left to right in every language, as the projected board draws it.
  return (
    <div className="phone-matrix" dir="ltr" role="group" aria-label={t('place.cell')}>
      <span className="phone-matrix-y" aria-hidden="true">
        {yName} ↑
      </span>
      <div className="phone-matrix-grid">
        {[...LEVELS].reverse().map((y) => [
          <span key={`y${y}`} className="phone-matrix-head" aria-hidden="true">
            {y}
          </span>,
          ...LEVELS.map((x) => {
            const cell = matrixCell(kind, x, y)
            const score = cellScore(cell) ?? 0
            const isCurrent = sameCell(current, cell)
            const name = `${xName} ${x} (${levelName(xAxis, x)}), ${yName} ${y} (${levelName(yAxis, y)}), ${t('place.cellScore', { score })}`
            return (
              <button
                key={`${x}-${y}`}
                type="button"
                className={`phone-cell phone-band-${scoreBand(score)}`}
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
          <span key={`x${x}`} className="phone-matrix-head" aria-hidden="true">
            {x}
          </span>
        ))}
      </div>
      <span className="phone-matrix-x" aria-hidden="true">
        {xName} →
      </span>
    </div>
  )
}

function LanePicker({ current, onPick, locale }: PickerProps) {
  const { t } = usePhoneText()
  return (
    <div className="phone-lanes" role="group" aria-label={t('place.lane')}>
      {frameTemplates.noteGrid.lanes.map(({ lane, label: key }) => {
        const cell: FrameCell = { kind: 'noteGrid', lane }
        return (
          <button
            key={lane}
            type="button"
            className="phone-button phone-lane"
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
function RoadmapPicker({ current, onPick, locale }: PickerProps) {
  const { t } = usePhoneText()
  const { columns, rows } = frameTemplates.roadmap
  return (
    <div className="phone-lanes" role="group" aria-label={t('place.cell')}>
      {rows.map(({ lead, label: leadKey }) => (
        <div key={lead} className="phone-lanes" role="group" aria-label={label(leadKey, locale)}>
          <span className="phone-matrix-head">{label(leadKey, locale)}</span>
          {columns.map(({ horizon, label: horizonKey }) => {
            const cell: FrameCell = { kind: 'roadmap', horizon, lead }
            return (
              <button
                key={horizon}
                type="button"
                className="phone-button phone-lane"
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
