import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ClientProcess, sleep } from './client-process.js'
import { LoadKind, type Load, type Observed, type Start } from './loads.js'
import { freePort, ROOT, startServer, type ServerUnderTest } from './servers.js'
import { cpuSeconds, residentBytes } from './stats.js'

const CLIENTS_ENTRY = join(ROOT, 'test/bench/clients.ts')
const SETTLE_MS = 2000

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
  const clients = new ClientProcess<Start, Observed>(CLIENTS_ENTRY, pins.clients)
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
