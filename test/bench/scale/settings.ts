/**
 * What the scale-out benchmark runs: its load (2000 connections over 80 boards), its settings
 * read from the environment, and the messages between the orchestrator (`run.ts`) and the
 * client process (`clients.ts`).
 */

export interface ScaleLoad {
  readonly boards: number
  readonly clientsPerBoard: number
  /** The first `writersPerBoard` seats of each board write; the others only read. */
  readonly writersPerBoard: number
  readonly writesPerSecond: number
}

export const PinMode = { shared: 'shared', spread: 'spread', none: 'none' } as const
export type PinMode = (typeof PinMode)[keyof typeof PinMode]

export interface ScaleSettings {
  readonly load: ScaleLoad
  readonly warmupSeconds: number
  readonly measuredSeconds: number
  readonly repeat: number
  readonly pin: PinMode
}

/**
 * The instance a seat of a board connects to: seats alternate, so every board has clients on
 * every instance, and a writer's entries reach readers on its own instance and on the others.
 */
export function instanceOf(seat: number, instances: number): number {
  return seat % instances
}

/**
 * Reads `BENCH_WARMUP` (3), `BENCH_SECONDS` (18), `BENCH_REPEAT` (1), `BENCH_SCALE_WRITERS`
 * (writers per board, 5), `BENCH_SCALE_RATE` (updates/s per writer, 1) and `BENCH_SCALE_PIN`
 * (`shared`, `spread` or `none`); throws a readable error on a bad value.
 */
export function readScaleSettings(env: Record<string, string | undefined>): ScaleSettings {
  const clientsPerBoard = 25
  const writersPerBoard = Math.round(number(env, 'BENCH_SCALE_WRITERS', 5, 1, clientsPerBoard))
  const pin = (env.BENCH_SCALE_PIN || PinMode.shared) as PinMode
  if (!Object.values(PinMode).includes(pin)) {
    throw new Error(`BENCH_SCALE_PIN must be shared, spread or none, got "${pin}"`)
  }
  return {
    load: {
      boards: 80,
      clientsPerBoard,
      writersPerBoard,
      writesPerSecond: number(env, 'BENCH_SCALE_RATE', 1, 0.1, 20),
    },
    warmupSeconds: number(env, 'BENCH_WARMUP', 3, 0, 600),
    // One awareness renewal period (15 s + the 3 s check), as the relay benchmark: the window
    // holds one renewal burst in every run.
    measuredSeconds: number(env, 'BENCH_SECONDS', 18, 1, 600),
    repeat: Math.round(number(env, 'BENCH_REPEAT', 1, 1, 20)),
    pin,
  }
}

function number(
  env: Record<string, string | undefined>,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[key]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${key} must be a number between ${min} and ${max}, got "${raw}"`)
  }
  return value
}

/**
 * Orchestrator -> client process: connect the load's clients, spread over the instances; then
 * come `measure` and `stop` (`ClientCommand`).
 */
export interface ScaleStart {
  readonly type: 'start'
  readonly load: ScaleLoad
  /** The y-websocket `serverUrl` of each instance (`ws://127.0.0.1:<port>/sync`). */
  readonly urls: readonly string[]
  readonly secret: string
}

/** What the readers saw during the measured window. */
export interface ScaleObserved {
  readonly seconds: number
  readonly deliveries: number
  /** Entries written in the window times the readers of their board. */
  readonly expected: number
  readonly p50: number
  readonly p99: number
  /** Deliveries from a writer on another instance than the reader's, and their latencies. */
  readonly crossDeliveries: number
  readonly crossP50: number
  readonly crossP99: number
  readonly disconnects: number
  /** Awareness states received from the others, per client and per other client of its board. */
  readonly awarenessRounds: number
}
