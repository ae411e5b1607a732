/**
 * One run of the scale-out load against one configuration: a fresh Postgres database (and a
 * fresh Redis prefix when the relays fan out), the relay processes pinned as asked, the client
 * process, the measured window, then everything stopped and removed.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchRelay, ROOT, TEST_SECRET, type LaunchedRelay } from '../../helpers/process.js'
import { freePort } from '../../helpers/ports.js'
import { ClientProcess, sleep } from '../client-process.js'
import { cpuSeconds } from '../stats.js'
import {
  backendsCpu,
  backendsCpuBetween,
  freshDatabase,
  freshPrefix,
  REDIS_URL,
  redisCpu,
  relayMetrics,
  type Database,
  type Prefix,
} from './infra.js'
import type { ScaleObserved, ScaleSettings, ScaleStart } from './settings.js'

const CLIENTS_ENTRY = join(ROOT, 'test/bench/scale/clients.ts')
const SETTLE_MS = 2000
/** Shared by the instances: each must open the participants another one sealed. */
const DATA_KEY = randomBytes(32).toString('base64')

type ScaleClients = ClientProcess<ScaleStart, ScaleObserved>

export interface Configuration {
  readonly name: string
  readonly instances: number
  /** Fan-out between the instances through Redis (needed as soon as there are two). */
  readonly redis: boolean
}

export const CONFIGURATIONS: readonly Configuration[] = [
  { name: 'one instance', instances: 1, redis: false },
  { name: 'two instances + Redis', instances: 2, redis: true },
]

/** The `taskset` prefix of each relay instance and of the client process. */
export interface ScalePins {
  readonly relays: readonly (readonly string[])[]
  readonly clients: readonly string[]
}

export interface ScaleRun {
  /** Entries the writers set per second: the offered load (400 unless the clients lag). */
  readonly writesPerSecond: number
  readonly deliveriesPerSecond: number
  readonly deliveredPercent: number
  readonly p50: number
  readonly p99: number
  /** Latency of deliveries that crossed from one instance to another; NaN with one instance. */
  readonly crossP50: number
  readonly crossP99: number
  /** Share of the deliveries that crossed between instances, in %. */
  readonly crossPercent: number
  /** utime + stime of every relay process over the window, per 1000 deliveries. */
  readonly relayCpuPerThousand: number
  readonly relayCpuPercent: number
  /** The Postgres backends serving the run's database, per 1000 deliveries. */
  readonly postgresCpuPerThousand: number
  /** The whole Redis server, per 1000 deliveries; NaN without Redis. */
  readonly redisCpuPerThousand: number
  readonly clientsCpuPercent: number
  /** Mean time of a store append (a batch of a board's updates) over the window, all relays. */
  readonly appendMs: number
  /** Store appends per second, all relays together. */
  readonly appendsPerSecond: number
  /** The worst relay's event-loop delay p99 over the window (`/metrics`). */
  readonly loopLagP99Ms: number
  readonly disconnects: number
  readonly awarenessRounds: number
  readonly connectSeconds: number
}

/** Runs the load once against `configuration`; rejects (after cleaning up) when it fails. */
export async function runConfiguration(
  configuration: Configuration,
  settings: ScaleSettings,
  pins: ScalePins,
): Promise<ScaleRun> {
  if (stopping) throw new Error('interrupted')
  const creating = freshDatabase()
  let prefix: Prefix | undefined
  const dataDirs: string[] = []
  const relays: LaunchedRelay[] = []
  let clients: ScaleClients | undefined
  const cleanUp = cleaner({
    relays,
    dataDirs,
    database: creating.catch(() => undefined),
    clients: () => clients,
    prefix: () => prefix,
  })
  interrupted.add(cleanUp)
  try {
    const database = await creating
    if (configuration.redis) prefix = await freshPrefix()
    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      ATELIER_DATA_KEY: DATA_KEY,
      ATELIER_SECRET: TEST_SECRET,
      LOG_LEVEL: 'warn',
      // Every benchmark client comes from 127.0.0.1.
      MAX_CONNECTIONS_PER_IP: '10000',
      // One instance runs without fan-out, whatever the shell exported.
      ...(prefix
        ? { REDIS_URL, REDIS_PREFIX: prefix.prefix }
        : { REDIS_URL: '', REDIS_PREFIX: '' }),
    }
    // Started together, as a deployment starts them: they take turns creating the schema.
    const started = await Promise.allSettled(
      Array.from({ length: configuration.instances }, async (_, at) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-scale-'))
        dataDirs.push(dataDir)
        const relay = await launchRelay(await freePort(), dataDir, env, [
          ...(pins.relays[at] ?? []),
        ])
        relays.push(relay)
        return relay
      }),
    )
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    await sleep(SETTLE_MS)

    clients = new ClientProcess(CLIENTS_ENTRY, pins.clients)
    const urls = relays.map((relay) => relay.syncUrl)
    clients.send({ type: 'start', load: settings.load, urls, secret: TEST_SECRET })
    const connected = await clients.next('connected')
    await sleep(settings.warmupSeconds * 1000)

    const relayCpu = () => relays.reduce((sum, relay) => sum + cpuSeconds(relay.child.pid ?? -1), 0)
    const before = {
      relays: relayCpu(),
      clients: cpuSeconds(clients.pid),
      postgres: await backendsCpu(database.name),
      redis: prefix ? await redisCpu() : 0,
      metrics: await Promise.all(relays.map((relay) => relayMetrics(relay.httpUrl))),
    }
    clients.send({ type: 'measure' })
    await sleep(settings.measuredSeconds * 1000)
    const relaysCpu = relayCpu() - before.relays
    const clientsCpu = cpuSeconds(clients.pid) - before.clients
    const postgresCpu = backendsCpuBetween(before.postgres, await backendsCpu(database.name))
    const redisUsed = prefix ? (await redisCpu()) - before.redis : Number.NaN
    const metrics = await Promise.all(relays.map((relay) => relayMetrics(relay.httpUrl)))
    const appendCount = metrics.reduce(
      (sum, each, at) => sum + each.appendCount - (before.metrics[at]?.appendCount ?? 0),
      0,
    )
    const appendSeconds = metrics.reduce(
      (sum, each, at) => sum + each.appendSecondsSum - (before.metrics[at]?.appendSecondsSum ?? 0),
      0,
    )
    const store = {
      appendMs: appendCount > 0 ? (1000 * appendSeconds) / appendCount : Number.NaN,
      appendsPerSecond: appendCount / settings.measuredSeconds,
      loopLagP99Ms: 1000 * Math.max(...metrics.map((each) => each.loopLagP99Seconds)),
    }
    const observed = await clients.stop()
    const readers = settings.load.clientsPerBoard - 1
    return scaleRun(observed, readers, connected.connectSeconds, store, {
      relays: relaysCpu,
      clients: clientsCpu,
      postgres: postgresCpu,
      redis: redisUsed,
    })
  } catch (error) {
    const said = relays
      .map((relay, at) => {
        const output = relay.output().trim()
        return output ? `\nrelay ${at + 1} said:\n${output.slice(-3000)}` : ''
      })
      .join('')
    throw new Error(`${(error as Error).message}${said}`, { cause: error })
  } finally {
    await cleanUp()
    interrupted.delete(cleanUp)
  }
}

/**
 * Stops what a run started and removes its database and Redis keys, once; a failure to clean up
 * is reported without hiding the run's own error.
 */
function cleaner(parts: {
  relays: LaunchedRelay[]
  dataDirs: string[]
  /** The run's database once created; undefined when its creation failed. */
  database: Promise<Database | undefined>
  clients: () => ScaleClients | undefined
  prefix: () => Prefix | undefined
}): () => Promise<void> {
  let done: Promise<void> | undefined
  const clean = async () => {
    await parts.clients()?.close()
    await Promise.all(parts.relays.map((relay) => stopRelay(relay)))
    for (const dataDir of parts.dataDirs) rmSync(dataDir, { recursive: true, force: true })
    const results = await Promise.allSettled([
      parts.database.then((database) => database?.drop()),
      parts.prefix()?.clear(),
    ])
    for (const result of results) {
      if (result.status === 'rejected') {
        process.stderr.write(`scale: clean-up failed: ${(result.reason as Error).message}\n`)
      }
    }
  }
  return () => (done ??= clean())
}

/** The clean-ups of the runs under way, for an interrupted benchmark (Ctrl-C) to run first. */
const interrupted = new Set<() => Promise<void>>()

let stopping = false

/** Ctrl-C: cleans up the runs under way, and no new run starts. */
export async function interrupt(): Promise<void> {
  stopping = true
  await Promise.allSettled([...interrupted].map((clean) => clean()))
}

function scaleRun(
  observed: ScaleObserved,
  readers: number,
  connectSeconds: number,
  store: { appendMs: number; appendsPerSecond: number; loopLagP99Ms: number },
  cpu: { relays: number; clients: number; postgres: number; redis: number },
): ScaleRun {
  const perThousand = (seconds: number) =>
    observed.deliveries > 0 ? seconds / (observed.deliveries / 1000) : Number.NaN
  return {
    deliveriesPerSecond: observed.deliveries / observed.seconds,
    writesPerSecond: observed.expected / readers / observed.seconds,
    deliveredPercent: observed.expected > 0 ? (100 * observed.deliveries) / observed.expected : 0,
    p50: observed.p50 ?? Number.NaN,
    p99: observed.p99 ?? Number.NaN,
    // NaN (no delivery crossed: one instance) comes over IPC as null.
    crossP50: observed.crossP50 ?? Number.NaN,
    crossP99: observed.crossP99 ?? Number.NaN,
    crossPercent:
      observed.deliveries > 0 ? (100 * observed.crossDeliveries) / observed.deliveries : 0,
    relayCpuPerThousand: perThousand(cpu.relays),
    relayCpuPercent: (100 * cpu.relays) / observed.seconds,
    postgresCpuPerThousand: perThousand(cpu.postgres),
    redisCpuPerThousand: perThousand(cpu.redis),
    clientsCpuPercent: (100 * cpu.clients) / observed.seconds,
    ...store,
    disconnects: observed.disconnects,
    awarenessRounds: observed.awarenessRounds,
    connectSeconds,
  }
}

/** SIGTERM, then SIGKILL after 5 s: the benchmark never leaves a relay behind. */
async function stopRelay(relay: LaunchedRelay): Promise<void> {
  const timer = setTimeout(() => void relay.kill('SIGKILL'), 5000)
  await relay.kill('SIGTERM')
  clearTimeout(timer)
}
