/**
 * The Postgres and the Redis of the scale-out benchmark: a fresh database and a fresh key prefix
 * per run, removed afterwards, and the CPU each spent. Only 127.0.0.1 is reached.
 */
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'
import { cpuSeconds } from '../stats.js'

export const POSTGRES_URL = loopback(
  'DATABASE_URL',
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
)
export const REDIS_URL = loopback('REDIS_URL', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')

/** The benchmark reaches only this machine: a URL to another host is refused. */
function loopback(name: string, url: string): string {
  const host = new URL(url).hostname
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    throw new Error(`${name} must point to 127.0.0.1 for the benchmark, got host "${host}"`)
  }
  return url
}

/** Runs one statement on its own connection; says clearly when Postgres is unreachable. */
export async function postgresQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
  url = POSTGRES_URL,
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `Postgres is unreachable at ${new URL(url).host}: ${(error as Error).message}`,
      { cause: error },
    )
  }
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}

export interface Database {
  readonly name: string
  readonly url: string
  drop(): Promise<void>
}

/** A fresh, empty database on the benchmark's Postgres. */
export async function freshDatabase(): Promise<Database> {
  const name = `atelier_bench_${randomBytes(6).toString('hex')}`
  await postgresQuery(`CREATE DATABASE ${name}`)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  // BENCH_SCALE_DB_OPTIONS: settings of the relays' sessions, e.g. `-c synchronous_commit=off`.
  const options = process.env.BENCH_SCALE_DB_OPTIONS
  if (options) url.searchParams.set('options', options)
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await postgresQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/**
 * CPU seconds used so far by the Postgres backends serving database `name` (the relays'
 * connections), by process id: Postgres runs on this machine, one process per connection.
 */
export async function backendsCpu(name: string): Promise<Map<number, number>> {
  const rows = await postgresQuery<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  )
  const cpu = new Map<number, number>()
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuSeconds(pid))
    } catch {
      // gone meanwhile, or not readable: not counted
    }
  }
  return cpu
}

/** The CPU between two readings of `backendsCpu`: a backend that started in between counts whole. */
export function backendsCpuBetween(
  before: Map<number, number>,
  after: Map<number, number>,
): number {
  let total = 0
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0)
  return total
}

function redisClient(): Redis {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on('error', () => undefined)
  return client
}

async function withRedis<T>(use: (client: Redis) => Promise<T>): Promise<T> {
  const client = redisClient()
  try {
    await client.connect()
  } catch (error) {
    client.disconnect()
    throw new Error(`Redis is unreachable at ${new URL(REDIS_URL).host}: ${String(error)}`, {
      cause: error,
    })
  }
  try {
    return await use(client)
  } finally {
    client.disconnect()
  }
}

export interface Prefix {
  readonly prefix: string
  /** Deletes every key under the prefix; resolves with how many there were. */
  clear(): Promise<number>
}

/** A `REDIS_PREFIX` no one else uses; checks first that Redis answers. */
export async function freshPrefix(): Promise<Prefix> {
  await withRedis((client) => client.ping())
  const prefix = `atelier-bench-${randomBytes(6).toString('hex')}:`
  return {
    prefix,
    clear: () =>
      withRedis(async (client) => {
        let cursor = '0'
        let deleted = 0
        do {
          const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
          cursor = next
          if (keys.length > 0) deleted += await client.del(...keys)
        } while (cursor !== '0')
        return deleted
      }),
  }
}

/**
 * CPU seconds the Redis server has used since it started (`INFO cpu`, user + system of its main
 * process and threads). It counts everything that Redis does, for the benchmark and anyone else.
 */
export function redisCpu(): Promise<number> {
  return withRedis(async (client) => {
    const info = await client.info('cpu')
    const field = (key: string) => Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0)
    return field('used_cpu_sys') + field('used_cpu_user')
  })
}

/** What a relay's `/metrics` says about its store appends and its event loop. */
export interface RelayMetrics {
  readonly appendSecondsSum: number
  readonly appendCount: number
  /** The event loop's delay p99 since the last scrape (prom-client resets it on each scrape). */
  readonly loopLagP99Seconds: number
}

/** Scrapes a relay's Prometheus `/metrics`. */
export async function relayMetrics(httpUrl: string): Promise<RelayMetrics> {
  const response = await fetch(`${httpUrl}/metrics`, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new Error(`${httpUrl}/metrics answered ${response.status}`)
  const text = await response.text()
  const value = (name: string) =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN)
  return {
    appendSecondsSum: value('atelier_storage_append_seconds_sum'),
    appendCount: value('atelier_storage_append_seconds_count'),
    loopLagP99Seconds: value('atelier_nodejs_eventloop_lag_p99_seconds'),
  }
}
