/**
 * `BENCH_ONLY=scale npm run bench`: the scale-out benchmark (issue 8). The same load, 2000
 * y-websocket connections over 80 boards, against one relay instance on Postgres and against two
 * instances on the same Postgres database fanning out through Redis, every board with clients on
 * both; prints a Markdown table with the ratio two instances / one. Exits 1 when a configuration
 * fails (it does not start, its clients do not sync, or it loses updates), never for being slower.
 * The method is in test/bench/README.md.
 */
import { execFileSync } from 'node:child_process'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { pinning } from '../servers.js'
import { POSTGRES_URL, postgresQuery, REDIS_URL } from './infra.js'
import {
  CONFIGURATIONS,
  interrupt,
  runConfiguration,
  type Configuration,
  type ScalePins,
  type ScaleRun,
} from './session.js'
import { PinMode, readScaleSettings, type ScaleSettings } from './settings.js'
import { scaleTable, type ConfigurationRuns } from './table.js'

/** Below this share of the entries written, a configuration lost updates: it failed. */
const DELIVERED_AT_LEAST = 90

/**
 * Where each relay instance and the client process run. The clients keep the last core; in
 * `shared` mode the relays take turns on the others (on 2 cores both instances share core 0,
 * the one core the single instance has), in `spread` mode relay i runs on core i, sharing the
 * clients' core when there are not enough.
 */
function pinsFor(mode: PinMode, instances: number): ScalePins & { note: string } {
  const cores = availableParallelism()
  const probe = pinning(cores)
  if (mode === PinMode.none || probe.note) {
    return {
      relays: [],
      clients: [],
      note: probe.note ?? 'BENCH_SCALE_PIN=none: nothing pinned',
    }
  }
  const clientsCore = cores - 1
  const relayCores = Array.from({ length: instances }, (_, at) =>
    mode === PinMode.shared ? at % Math.max(1, cores - 1) : at % cores,
  )
  const shared = relayCores.filter((core) => core === clientsCore).length
  const note =
    `relay instance(s) on core(s) ${relayCores.join(', ')}, clients on core ${clientsCore} (taskset); ` +
    (instances > 1 && new Set(relayCores).size < instances
      ? `the ${instances} instances share core ${relayCores[0]}, as much CPU as one instance gets; `
      : '') +
    (shared > 0 ? `${shared} instance(s) share the clients' core; ` : '') +
    'Postgres and Redis are not pinned: they run on any core, beside relays and clients'
  return {
    relays: relayCores.map((core) => ['taskset', '-c', String(core)]),
    clients: ['taskset', '-c', String(clientsCore)],
    note,
  }
}

async function header(settings: ScaleSettings): Promise<string> {
  let uname = ''
  try {
    uname = execFileSync('uname', ['-a']).toString().trim()
  } catch {
    uname = 'uname unavailable'
  }
  let postgres = 'unknown'
  try {
    const [row] = await postgresQuery<{ server_version: string }>('SHOW server_version')
    postgres = row?.server_version ?? postgres
  } catch (error) {
    postgres = (error as Error).message
  }
  const { load } = settings
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${uname}`,
    `cpu: ${cpus()[0]?.model ?? 'unknown'}, nproc ${availableParallelism()}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    `load average at start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
    `node: ${process.version}; Postgres ${postgres} at ${new URL(POSTGRES_URL).host}; Redis at ${new URL(REDIS_URL).host}`,
    ...(process.env.BENCH_SCALE_DB_OPTIONS
      ? [`Postgres session options (BENCH_SCALE_DB_OPTIONS): ${process.env.BENCH_SCALE_DB_OPTIONS}`]
      : []),
    `load: ${load.boards} boards x ${load.clientsPerBoard} clients = ${load.boards * load.clientsPerBoard} connections, ` +
      `${load.writersPerBoard} writers per board at ${load.writesPerSecond} updates/s`,
    ...CONFIGURATIONS.map(
      (configuration) =>
        `pinning, ${configuration.name}: ${pinsFor(settings.pin, configuration.instances).note}`,
    ),
  ].join('\n')
}

function describe(run: ScaleRun): string {
  const cross = Number.isNaN(run.crossP50)
    ? ''
    : `, cross-instance ${run.crossPercent.toFixed(0)}% at p50/p99 ${run.crossP50.toFixed(1)}/${run.crossP99.toFixed(1)} ms`
  return (
    `${run.writesPerSecond.toFixed(0)} writes/s, ${run.deliveriesPerSecond.toFixed(0)} deliveries/s (${run.deliveredPercent.toFixed(1)}%), ` +
    `p50/p99 ${run.p50.toFixed(1)}/${run.p99.toFixed(1)} ms${cross}, ` +
    `relays ${run.relayCpuPerThousand.toFixed(4)} CPU s per 1000 (${run.relayCpuPercent.toFixed(0)}%), ` +
    `store append ${run.appendMs.toFixed(1)} ms (${run.appendsPerSecond.toFixed(0)}/s), ` +
    `relay loop delay p99 ${run.loopLagP99Ms.toFixed(0)} ms, ` +
    `clients CPU ${run.clientsCpuPercent.toFixed(0)}%, connected in ${run.connectSeconds.toFixed(1)} s, ` +
    `${run.awarenessRounds.toFixed(1)} awareness rounds` +
    (run.disconnects > 0 ? `, ${run.disconnects} disconnects` : '')
  )
}

/** Why a run that finished still counts as failed, if it does. */
function problemOf(configuration: Configuration, run: ScaleRun): string | undefined {
  if (!(run.deliveredPercent >= DELIVERED_AT_LEAST)) {
    return `only ${run.deliveredPercent.toFixed(1)}% of the entries written were delivered`
  }
  if (configuration.instances > 1 && !(run.crossPercent > 0)) {
    return 'no update crossed from one instance to the other'
  }
  return undefined
}

async function main(): Promise<number> {
  const settings = readScaleSettings(process.env)
  console.log(`# Atelier scale-out benchmark\n\n\`\`\`\n${await header(settings)}\n\`\`\`\n`)
  console.log(
    `Each run: a fresh Postgres database, the relays started, ${settings.load.boards * settings.load.clientsPerBoard} ` +
      `clients connected and synced, ${settings.warmupSeconds} s warm-up, ${settings.measuredSeconds} s measured; ` +
      `${settings.repeat} run(s) per configuration, medians shown. With two instances the clients of every ` +
      'board alternate between them, so about half of the deliveries cross through Redis ' +
      '(`cross-instance`). Relay CPU is the sum over the relay processes. The ratio is two instances / ' +
      'one: lower is better for latency and CPU; deliveries/s are set by the load, so 1.00x.\n',
  )
  const runs = new Map(
    CONFIGURATIONS.map((configuration) => [configuration.name, [] as ScaleRun[]]),
  )
  const failures = new Map<string, string>()
  for (let round = 1; round <= settings.repeat; round++) {
    const order = round % 2 === 1 ? CONFIGURATIONS : [...CONFIGURATIONS].reverse()
    for (const configuration of order) {
      if (failures.has(configuration.name)) continue
      const label = `${configuration.name} run ${round}/${settings.repeat}`
      process.stderr.write(`${label}...\n`)
      try {
        const pins = pinsFor(settings.pin, configuration.instances)
        const run = await runConfiguration(configuration, settings, pins)
        runs.get(configuration.name)?.push(run)
        process.stderr.write(`${label}: ${describe(run)}\n`)
        const problem = problemOf(configuration, run)
        if (problem) failures.set(configuration.name, problem)
      } catch (error) {
        const message = (error as Error).message
        process.stderr.write(`${label} FAILED: ${message}\n`)
        failures.set(configuration.name, message)
      }
    }
  }
  const results: ConfigurationRuns[] = CONFIGURATIONS.map((configuration) => ({
    name: configuration.name,
    runs: runs.get(configuration.name) ?? [],
    failure: failures.get(configuration.name),
  }))
  console.log(`${scaleTable(results)}\n`)
  console.log(
    `Load average at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}\n`,
  )
  for (const [name, reason] of failures)
    console.log(`**${name} failed:**\n\n\`\`\`\n${reason}\n\`\`\`\n`)
  return failures.size > 0 ? 1 : 0
}

/** Ctrl-C or SIGTERM: stop the relays and clients, drop the database and the keys, then leave. */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`scale: ${signal}, cleaning up\n`)
    void interrupt().then(() => process.exit(130))
  })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench scale: ${(error as Error).message}\n`)
    process.exit(2)
  },
)
