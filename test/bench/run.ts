/**
 * `npm run bench`: runs Atelier's relay beside the reference relay (@y/websocket-server 0.1.1)
 * on the same loads in one run and prints a Markdown table per load with the ratios, then the
 * canvas stress benchmark (`board/run.ts`) and the web app's weight and slow first load
 * (`web/run.ts`) and the scale-out run (`scale/run.ts`: one relay instance against two sharing
 * Postgres and Redis), each in its own process. `BENCH_ONLY=relay`, `board`, `web` or `scale` runs one of
 * them; load ids (`BENCH_ONLY=A,B`) run only those relay loads.
 * The method is in test/bench/README.md.
 */
import { execFileSync, spawn } from 'node:child_process'
import { join } from 'node:path'
import { availableParallelism, cpus } from 'node:os'
import { LoadKind, readSettings, type Load, type Settings } from './loads.js'
import { pinning, serverNamed, type ServerUnderTest } from './servers.js'
import { runLoad, type Pins, type Run } from './session.js'
import { loadTable, type ServerRuns } from './table.js'

function machine(pins: { note?: string }): string {
  let uname = ''
  try {
    uname = execFileSync('uname', ['-a']).toString().trim()
  } catch {
    uname = 'uname unavailable'
  }
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${uname}`,
    `cpu: ${cpus()[0]?.model ?? 'unknown'}, nproc ${availableParallelism()}`,
    `node: ${process.version}`,
    `pinning: ${pins.note ?? 'server on core 0, clients on core 1 (taskset)'}`,
  ].join('\n')
}

function describe(run: Run): string {
  if (run.kind === LoadKind.idle) {
    return `${run.rssPerConnectionKB.toFixed(1)} KB/connection, connected in ${run.connectSeconds.toFixed(2)} s`
  }
  return (
    `${run.deliveriesPerSecond.toFixed(0)} deliveries/s (${run.deliveredPercent.toFixed(1)}%), ` +
    `p50/p95/p99 ${run.p50.toFixed(1)}/${run.p95.toFixed(1)}/${run.p99.toFixed(1)} ms, ` +
    `${run.cpuPerThousand.toFixed(4)} CPU s per 1000, CPU ${run.cpuPercent.toFixed(0)}% ` +
    `(clients ${run.clientsCpuPercent.toFixed(0)}%), ${run.awarenessRounds.toFixed(1)} awareness rounds` +
    (run.disconnects > 0 ? `, ${run.disconnects} disconnects` : '')
  )
}

/** Runs one load on every server, `repeat` times, alternating servers between repeats. */
async function benchLoad(
  load: Load,
  servers: readonly ServerUnderTest[],
  settings: Settings,
  pins: Pins,
  broken: Map<string, string>,
): Promise<ServerRuns[]> {
  const runs = new Map(servers.map((server) => [server.name, [] as Run[]]))
  for (let round = 1; round <= settings.repeat; round++) {
    const order = round % 2 === 1 ? servers : [...servers].reverse()
    for (const server of order) {
      if (broken.has(server.name)) continue
      const label = `${load.id} ${server.name} run ${round}/${settings.repeat}`
      try {
        const run = await runLoad(load, server, settings, pins)
        runs.get(server.name)?.push(run)
        process.stderr.write(`${label}: ${describe(run)}\n`)
      } catch (error) {
        const message = (error as Error).message
        process.stderr.write(`${label} FAILED: ${message}\n`)
        broken.set(server.name, message)
      }
    }
  }
  return servers.map((server) => ({
    server: server.name,
    runs: runs.get(server.name) ?? [],
    failure: broken.get(server.name),
  }))
}

/** Which benchmarks `BENCH_ONLY` asks for: `relay`, `board`, load ids, or (unset) everything. */
function suitesOf(only: string | undefined): {
  relayLoads?: string
  board: boolean
  web: boolean
  scale: boolean
} {
  const words = (only ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean)
  if (words.length === 0) return { relayLoads: '', board: true, web: true, scale: true }
  const loads = words.filter(
    (word) => !['relay', 'board', 'web', 'scale'].includes(word.toLowerCase()),
  )
  const relay = words.some((word) => word.toLowerCase() === 'relay')
  return {
    relayLoads: relay ? '' : loads.length > 0 ? loads.join(',') : undefined,
    board: words.some((word) => word.toLowerCase() === 'board'),
    web: words.some((word) => word.toLowerCase() === 'web'),
    scale: words.some((word) => word.toLowerCase() === 'scale'),
  }
}

/** A benchmark (`board`, `web` or `scale`) in a process of its own; its exit code. */
function runBrowserBench(folder: 'board' | 'web' | 'scale'): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, folder, 'run.ts')],
    { stdio: 'inherit' },
  )
  return new Promise((done) => child.once('exit', (code) => done(code ?? 2)))
}

async function benchRelay(only: string): Promise<number> {
  const settings = readSettings({ ...process.env, BENCH_ONLY: only || undefined })
  const servers = settings.servers.map(serverNamed)
  const baseline = settings.servers[settings.servers.length - 1] as string
  const pins = pinning(availableParallelism())
  const broken = new Map<string, string>()
  console.log(`# Atelier relay benchmark\n\n\`\`\`\n${machine(pins)}\n\`\`\`\n`)
  console.log(
    `Each run: ${settings.warmupSeconds} s warm-up, ${settings.measuredSeconds} s measured; ` +
      `${settings.repeat} run(s) per server, medians shown. Ratios are server / ${baseline}: ` +
      'lower is better for latency, CPU, RSS and connect time; deliveries/s is set by the load, ' +
      'so its ratio should be 1.00x.\n',
  )
  for (const load of settings.loads) {
    const results = await benchLoad(load, servers, settings, pins, broken)
    console.log(`## ${load.id}: ${load.title}\n\n${loadTable(load, results, baseline)}\n`)
  }
  for (const [server, reason] of broken)
    console.log(`**${server} failed:**\n\n\`\`\`\n${reason}\n\`\`\`\n`)
  return broken.size > 0 ? 1 : 0
}

async function main(): Promise<number> {
  const suites = suitesOf(process.env.BENCH_ONLY)
  const relay = suites.relayLoads === undefined ? 0 : await benchRelay(suites.relayLoads)
  const board = suites.board ? await runBrowserBench('board') : 0
  const web = suites.web ? await runBrowserBench('web') : 0
  const scale = suites.scale ? await runBrowserBench('scale') : 0
  return Math.max(relay, board, web, scale)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message}\n`)
    process.exit(2)
  },
)
