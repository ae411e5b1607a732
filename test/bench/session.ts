import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LoadKind, type Command, type Load, type Observed, type Report } from './loads.js'
import { freePort, ROOT, startServer, type ServerUnderTest } from './servers.js'
import { cpuSeconds, residentBytes } from './stats.js'

const CLIENTS_ENTRY = join(ROOT, 'test/bench/clients.ts')
const SETTLE_MS = 2000
const REPORT_TIMEOUT_MS = 120_000

/** One run of a traffic load (A-C) against one server. */
export interface TrafficRun {
  readonly kind: typeof LoadKind.traffic
  readonly deliveriesPerSecond: number
  /** Deliveries over what the writers' entries times their readers should have made, in %. */
  readonly deliveredPercent: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly cpuPerThousand: number
  readonly cpuPercent: number
  readonly disconnects: number
  readonly awarenessRounds: number
  /** CPU use of the client process, to show whether the clients' core kept up. */
  readonly clientsCpuPercent: number
}

/** One run of the idle load (D) against one server. */
export interface IdleRun {
  readonly kind: typeof LoadKind.idle
  readonly connections: number
  readonly rssPerConnectionKB: number
  readonly connectSeconds: number
}

export type Run = TrafficRun | IdleRun

export interface Timing {
  readonly warmupSeconds: number
  readonly measuredSeconds: number
}

export interface Pins {
  readonly server: readonly string[]
  readonly clients: readonly string[]
}

/**
 * Starts `server` on a free port with a fresh data directory, drives `load` against it from a
 * separate client process, and stops both; the server's CPU and memory come from /proc.
 */
export async function runLoad(
  load: Load,
  server: ServerUnderTest,
  timing: Timing,
  pins: Pins,
): Promise<Run> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-'))
  const running = await startServer(server, port, dataDir, pins.server).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  })
  const clients = new ClientProcess(pins.clients)
  try {
    await sleep(SETTLE_MS)
    const rssBefore = residentBytes(running.pid)
    clients.send({ type: 'start', load, server: server.name, port })
    const connected = await clients.next('connected')
    if (load.kind === LoadKind.idle) {
      await sleep(SETTLE_MS)
      const rssAfter = residentBytes(running.pid)
      await clients.stop()
      return {
        kind: LoadKind.idle,
        connections: connected.connections,
        rssPerConnectionKB: (rssAfter - rssBefore) / connected.connections / 1024,
        connectSeconds: connected.connectSeconds,
      }
    }
    await sleep(timing.warmupSeconds * 1000)
    const cpuBefore = cpuSeconds(running.pid)
    const clientsCpuBefore = cpuSeconds(clients.pid)
    clients.send({ type: 'measure' })
    await sleep(timing.measuredSeconds * 1000)
    const cpu = cpuSeconds(running.pid) - cpuBefore
    const clientsCpu = cpuSeconds(clients.pid) - clientsCpuBefore
    const observed = await clients.stop()
    return trafficRun(observed, cpu, clientsCpu)
  } catch (error) {
    const output = running.output().trim()
    throw new Error(
      `${(error as Error).message}${output ? `\n${server.name} said:\n${output}` : ''}`,
    )
  } finally {
    await clients.close()
    await running.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function trafficRun(observed: Observed, cpu: number, clientsCpu: number): TrafficRun {
  return {
    kind: LoadKind.traffic,
    deliveriesPerSecond: observed.deliveries / observed.seconds,
    deliveredPercent: observed.expected > 0 ? (100 * observed.deliveries) / observed.expected : 0,
    p50: observed.p50,
    p95: observed.p95,
    p99: observed.p99,
    cpuPerThousand: observed.deliveries > 0 ? cpu / (observed.deliveries / 1000) : Number.NaN,
    cpuPercent: (100 * cpu) / observed.seconds,
    disconnects: observed.disconnects,
    awarenessRounds: observed.awarenessRounds,
    clientsCpuPercent: (100 * clientsCpu) / observed.seconds,
  }
}

type ReportOf<T extends Report['type']> = Extract<Report, { type: T }>

/** The client process (`clients.ts`), pinned to its core, spoken to over IPC. */
class ClientProcess {
  private readonly child: ChildProcess
  private readonly reports: Report[] = []
  private wake: (() => void) | undefined
  private exit: string | undefined

  constructor(pin: readonly string[]) {
    const [command, ...args] = [
      ...pin,
      process.execPath,
      '--conditions=source',
      '--import',
      'tsx',
      CLIENTS_ENTRY,
    ]
    this.child = spawn(command as string, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.child.on('message', (report: Report) => {
      this.reports.push(report)
      this.wake?.()
    })
    this.child.once('exit', (code, signal) => {
      this.exit = `client process exited (${code ?? signal})`
      this.wake?.()
    })
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  send(command: Command): void {
    this.child.send(command)
  }

  /** The next report of type `type`; throws on a failure report, an exit or a 2-minute silence. */
  async next<T extends Report['type']>(type: T): Promise<ReportOf<T>> {
    const deadline = Date.now() + REPORT_TIMEOUT_MS
    for (;;) {
      const report = this.reports.shift()
      if (report?.type === 'failed') throw new Error(`clients: ${report.message}`)
      if (report?.type === type) return report as ReportOf<T>
      if (report) continue
      if (this.exit) throw new Error(this.exit)
      if (Date.now() > deadline) throw new Error(`clients did not report "${type}" in time`)
      await new Promise<void>((done) => {
        this.wake = done
        setTimeout(done, 1000)
      })
    }
  }

  async stop(): Promise<Observed> {
    this.send({ type: 'stop' })
    return (await this.next('observed')).observed
  }

  /** Lets the process leave on its own (it closes its sockets), or kills it after 5 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise((done) => this.child.once('exit', done))
    if (this.child.connected) this.child.disconnect()
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}
