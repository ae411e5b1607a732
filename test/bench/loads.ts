/**
 * What the benchmark asks of a relay: the loads of the issue, the run settings read from the
 * environment, and the messages the orchestrator and the client process exchange.
 */

export const LoadKind = { traffic: 'traffic', idle: 'idle' } as const
export type LoadKind = (typeof LoadKind)[keyof typeof LoadKind]

export interface Load {
  readonly id: string
  readonly title: string
  readonly kind: LoadKind
  readonly rooms: number
  readonly clientsPerRoom: number
  /** The first `writersPerRoom` clients of each room write; the others only read. */
  readonly writersPerRoom: number
  readonly writesPerSecond: number
}

export const LOADS: readonly Load[] = [
  {
    id: 'A',
    title: '1 room x 24 clients, all writing 2 updates/s',
    kind: LoadKind.traffic,
    rooms: 1,
    clientsPerRoom: 24,
    writersPerRoom: 24,
    writesPerSecond: 2,
  },
  {
    id: 'B',
    title: '1 room x 100 clients, 20 writing 5 updates/s',
    kind: LoadKind.traffic,
    rooms: 1,
    clientsPerRoom: 100,
    writersPerRoom: 20,
    writesPerSecond: 5,
  },
  {
    id: 'C',
    title: '20 rooms x 25 clients, 20% writing 2 updates/s',
    kind: LoadKind.traffic,
    rooms: 20,
    clientsPerRoom: 25,
    writersPerRoom: 5,
    writesPerSecond: 2,
  },
  {
    id: 'D',
    title: '2000 idle connections over 100 rooms',
    kind: LoadKind.idle,
    rooms: 100,
    clientsPerRoom: 20,
    writersPerRoom: 0,
    writesPerSecond: 0,
  },
]

/** The room of index `index`, the same string for every server so both carry the same names. */
export function roomName(index: number): string {
  return `bench/board-${String(index).padStart(3, '0')}`
}

export interface Settings {
  readonly warmupSeconds: number
  readonly measuredSeconds: number
  readonly repeat: number
  readonly loads: readonly Load[]
  readonly servers: readonly string[]
}

/**
 * Reads `BENCH_WARMUP`, `BENCH_SECONDS`, `BENCH_REPEAT`, `BENCH_ONLY` (load ids, `A,B`) and
 * `BENCH_SERVERS` (server names, the baseline last); throws a readable error on a bad value.
 */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const only = list(env.BENCH_ONLY)?.map((id) => id.toUpperCase())
  const loads = only ? LOADS.filter((load) => only.includes(load.id)) : LOADS
  const unknown = only?.filter((id) => !LOADS.some((load) => load.id === id)) ?? []
  if (unknown.length > 0 || loads.length === 0) {
    throw new Error(`BENCH_ONLY: unknown load ${unknown.join(', ')} (known: A, B, C, D)`)
  }
  return {
    warmupSeconds: seconds(env, 'BENCH_WARMUP', 3),
    // One awareness renewal period: y-protocols looks every 3 s for a local state older than
    // 15 s, so clients renew every 18 s. A shorter window would hold a renewal burst or not.
    measuredSeconds: seconds(env, 'BENCH_SECONDS', 18),
    repeat: Math.max(1, Math.round(seconds(env, 'BENCH_REPEAT', 1))),
    loads,
    servers: list(env.BENCH_SERVERS) ?? ['atelier', 'reference'],
  }
}

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean)
  return items && items.length > 0 ? items : undefined
}

function seconds(env: Record<string, string | undefined>, key: string, fallback: number): number {
  const raw = env[key]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0 || value > 600) {
    throw new Error(`${key} must be a number of seconds between 0 and 600, got "${raw}"`)
  }
  return value
}

/**
 * Orchestrator -> client process: connect the load's clients to `server` on `port`; then come
 * `measure` and `stop` (`ClientCommand`).
 */
export interface Start {
  readonly type: 'start'
  readonly load: Load
  readonly server: string
  readonly port: number
}

/** What the clients saw during the measured window. */
export interface Observed {
  readonly seconds: number
  readonly deliveries: number
  /** Entries written by the writers in the window times the readers of their room. */
  readonly expected: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  /** Times a client lost its connection after its first sync. */
  readonly disconnects: number
  /** Awareness states received from the others, per client and per other client of its room. */
  readonly awarenessRounds: number
}
