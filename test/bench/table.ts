import type { Load } from './loads.js'
import type { IdleRun, Run, TrafficRun } from './session.js'
import { median } from './stats.js'

/** Every run of one server on one load (several when repeated). */
export interface ServerRuns {
  readonly server: string
  readonly runs: readonly Run[]
  readonly failure?: string
}

interface Column<T> {
  readonly header: string
  readonly value: (run: T) => number
  readonly digits: number
  /** Whether the column gets a ratio row (the load sets deliveries, so they get none). */
  readonly ratio: boolean
}

const TRAFFIC: readonly Column<TrafficRun>[] = [
  { header: 'deliveries/s', value: (run) => run.deliveriesPerSecond, digits: 0, ratio: true },
  { header: 'delivered %', value: (run) => run.deliveredPercent, digits: 1, ratio: false },
  { header: 'p50 ms', value: (run) => run.p50, digits: 2, ratio: true },
  { header: 'p95 ms', value: (run) => run.p95, digits: 2, ratio: true },
  { header: 'p99 ms', value: (run) => run.p99, digits: 2, ratio: true },
  {
    header: 'server CPU s / 1000 deliveries',
    value: (run) => run.cpuPerThousand,
    digits: 4,
    ratio: true,
  },
  { header: 'server CPU %', value: (run) => run.cpuPercent, digits: 0, ratio: true },
  { header: 'clients CPU %', value: (run) => run.clientsCpuPercent, digits: 0, ratio: false },
  { header: 'awareness rounds', value: (run) => run.awarenessRounds, digits: 1, ratio: false },
  { header: 'disconnects', value: (run) => run.disconnects, digits: 0, ratio: false },
]

const IDLE: readonly Column<IdleRun>[] = [
  { header: 'connections', value: (run) => run.connections, digits: 0, ratio: false },
  { header: 'RSS KB / connection', value: (run) => run.rssPerConnectionKB, digits: 1, ratio: true },
  { header: 'connect all s', value: (run) => run.connectSeconds, digits: 2, ratio: true },
]

/**
 * A Markdown table of one load: a row per server with the median of its runs, then a row per
 * non-baseline server with its ratio to the baseline.
 */
export function loadTable(load: Load, results: readonly ServerRuns[], baseline: string): string {
  const columns = (load.kind === 'idle' ? IDLE : TRAFFIC) as readonly Column<Run>[]
  const medians = new Map(
    results.map((result) => [
      result.server,
      columns.map((column) => median(result.runs.map(column.value))),
    ]),
  )
  const rows: string[][] = results.map((result) => [
    result.server,
    ...columns.map((column, at) =>
      result.failure ? 'failed' : format(medians.get(result.server)?.[at], column.digits),
    ),
  ])
  const base = medians.get(baseline)
  for (const result of results) {
    if (result.server === baseline || result.failure || !base) continue
    const own = medians.get(result.server) ?? []
    rows.push([
      `**${result.server} / ${baseline}**`,
      ...columns.map((column, at) => (column.ratio ? ratio(own[at], base[at]) : '')),
    ])
  }
  const header = ['server', ...columns.map((column) => column.header)]
  return markdown(header, rows)
}

/** A table cell: `value` with `digits` decimals, or `missing` when there is none (or NaN). */
export function format(value: number | undefined, digits: number, missing = 'n/a'): string {
  if (value === undefined || Number.isNaN(value)) return missing
  return value.toFixed(digits)
}

/** A ratio cell, `1.23x`; `n/a` when either side is missing or the base is not above 0. */
export function ratio(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || !(base > 0) || Number.isNaN(value)) return 'n/a'
  return `${(value / base).toFixed(2)}x`
}

/** A Markdown table, its columns padded to one width, the first aligned left, the others right. */
export function markdown(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((cell, at) =>
    Math.max(cell.length, ...rows.map((row) => (row[at] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, at) => (at === 0 ? cell.padEnd(widths[at] ?? 0) : cell.padStart(widths[at] ?? 0))).join(' | ')} |`
  const rule = `| ${widths.map((width, at) => (at === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
