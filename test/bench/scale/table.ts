import { median } from '../stats.js'
import { format, markdown, ratio } from '../table.js'
import type { ScaleRun } from './session.js'

/** Every run of one configuration (several when repeated). */
export interface ConfigurationRuns {
  readonly name: string
  readonly runs: readonly ScaleRun[]
  readonly failure?: string
}

interface Column {
  readonly header: string
  readonly value: (run: ScaleRun) => number
  readonly digits: number
  /** Whether the ratio row shows this column. */
  readonly ratio: boolean
}

/** Where a figure does not apply: nothing crosses with one instance, which has no Redis. */
const NOT_APPLICABLE = '-'

const COLUMNS: readonly Column[] = [
  { header: 'writes/s', value: (run) => run.writesPerSecond, digits: 0, ratio: false },
  { header: 'deliveries/s', value: (run) => run.deliveriesPerSecond, digits: 0, ratio: true },
  { header: 'delivered %', value: (run) => run.deliveredPercent, digits: 1, ratio: false },
  { header: 'p50 ms', value: (run) => run.p50, digits: 2, ratio: true },
  { header: 'p99 ms', value: (run) => run.p99, digits: 2, ratio: true },
  { header: 'cross-instance %', value: (run) => run.crossPercent, digits: 0, ratio: false },
  { header: 'cross p50 ms', value: (run) => run.crossP50, digits: 2, ratio: false },
  { header: 'cross p99 ms', value: (run) => run.crossP99, digits: 2, ratio: false },
  {
    header: 'relay CPU s / 1000 deliveries',
    value: (run) => run.relayCpuPerThousand,
    digits: 4,
    ratio: true,
  },
  { header: 'relay CPU %', value: (run) => run.relayCpuPercent, digits: 0, ratio: true },
  {
    header: 'Postgres CPU s / 1000',
    value: (run) => run.postgresCpuPerThousand,
    digits: 4,
    ratio: true,
  },
  {
    header: 'Redis CPU s / 1000',
    value: (run) => run.redisCpuPerThousand,
    digits: 4,
    ratio: false,
  },
  { header: 'store append ms', value: (run) => run.appendMs, digits: 1, ratio: true },
  { header: 'appends/s', value: (run) => run.appendsPerSecond, digits: 0, ratio: false },
  { header: 'relay loop delay p99 ms', value: (run) => run.loopLagP99Ms, digits: 0, ratio: false },
  { header: 'clients CPU %', value: (run) => run.clientsCpuPercent, digits: 0, ratio: false },
  { header: 'disconnects', value: (run) => run.disconnects, digits: 0, ratio: false },
]

/**
 * A Markdown table: a row per configuration with the median of its runs, then the ratio of the
 * last configuration to the first (two instances / one instance).
 */
export function scaleTable(results: readonly ConfigurationRuns[]): string {
  const medians = results.map((result) =>
    COLUMNS.map((column) => median(result.runs.map(column.value))),
  )
  const rows: string[][] = results.map((result, at) => [
    result.name,
    ...COLUMNS.map((column, index) =>
      result.failure && result.runs.length === 0
        ? 'failed'
        : format(medians[at]?.[index], column.digits, NOT_APPLICABLE),
    ),
  ])
  const first = results[0]
  const last = results[results.length - 1]
  if (first && last && first !== last && first.runs.length > 0 && last.runs.length > 0) {
    const base = medians[0] ?? []
    const own = medians[results.length - 1] ?? []
    rows.push([
      `**${last.name} / ${first.name}**`,
      ...COLUMNS.map((column, index) => (column.ratio ? ratio(own[index], base[index]) : '')),
    ])
  }
  return markdown(['configuration', ...COLUMNS.map((column) => column.header)], rows)
}
