import type { RankedNote } from './api.js'

const BAR_HEIGHT = 28
const GAP = 10
const LABEL_WIDTH = 40
const WIDTH = 320

/**
 * The ranked notes as horizontal bars, longest first. An image with a name for screen readers,
 * each bar titled with its note and votes; the ranked list beside it carries the same numbers.
 */
export function ResultsChart(props: {
  ranked: readonly RankedNote[]
  label: string
  describe: (row: RankedNote) => string
}) {
  const { ranked } = props
  const most = Math.max(1, ...ranked.map((row) => row.votes))
  const height = ranked.length * (BAR_HEIGHT + GAP)
  const room = WIDTH - LABEL_WIDTH - 36
  return (
    <svg
      className="voting-chart"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${WIDTH} ${Math.max(height, BAR_HEIGHT)}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {ranked.map((row, index) => {
        const y = index * (BAR_HEIGHT + GAP)
        const width = Math.max(4, (row.votes / most) * room)
        return (
          <g key={row.noteId} data-note-id={row.noteId}>
            <title>{props.describe(row)}</title>
            <text x={0} y={y + BAR_HEIGHT * 0.7} className="voting-chart-rank">
              {row.rank}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={width}
              height={BAR_HEIGHT}
              rx={4}
              className="voting-chart-bar"
              data-rank={row.rank}
            />
            <text
              x={LABEL_WIDTH + width + 6}
              y={y + BAR_HEIGHT * 0.7}
              className="voting-chart-count"
            >
              {row.votes}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
