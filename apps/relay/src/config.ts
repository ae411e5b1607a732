import { z } from 'zod'
import { decodeDataKey } from './participants/cipher.js'
import { upstreamClaims } from './upstream/target.js'

const port = z.coerce.number().int().min(0).max(65535)
const positive = z.coerce.number().int().positive()

/** The relay's environment, validated once at start; a bad value stops the start with a clear error. */
export const ConfigSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ATELIER_SECRET: z.string().min(32, 'ATELIER_SECRET must be at least 32 characters').optional(),
  /** Encrypts participants' personal data; generated into `DATA_DIR/data.key` when unset. */
  ATELIER_DATA_KEY: z
    .string()
    .refine(
      isDataKey,
      'ATELIER_DATA_KEY must be 32 random bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis://')
    .optional(),
  /** Starts every Redis key of this deployment, so that several can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{0,64}$/, 'REDIS_PREFIX: up to 64 letters, digits, or : _ . -')
    .default('atelier:'),
  MAX_CONNECTIONS_PER_IP: positive.default(1000),
  MAX_MESSAGE_BYTES: positive.default(2 * 1024 * 1024),
  MAX_MESSAGES_PER_SECOND: positive.default(1000),
  MAX_ROOMS: positive.default(5000),
  MAX_PENDING_BYTES: positive.default(1024 * 1024),
  COMPACT_AFTER_UPDATES: positive.default(10_000),
  VERSION_INTERVAL_SECONDS: positive.default(180),
  WEB_DIR: z.string().min(1).optional(),
  /** The largest consultation file (`POST …/import`) the relay reads: boards, versions and all. */
  MAX_ATELIER_FILE_BYTES: positive.default(64 * 1024 * 1024),
  /** The Chromium that prints `report.pdf`; the route answers 503 when it is missing. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  ATELIER_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  PUBLIC_URL: z.url().optional(),
  /** Venue mode: the organisation's Atelier that this relay replicates the consultation with. */
  UPSTREAM_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/?#\s@]+(\/[^?#\s]*)?$/,
      'UPSTREAM_URL must be an http:// or https:// address, without a user or password',
    )
    .optional(),
  /** A facilitator token of the upstream, for the workshop to replicate (its `workshop` claim). */
  UPSTREAM_TOKEN: z.string().superRefine(checkUpstreamToken).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = z.infer<typeof ConfigSchema>

/** Reads the configuration from an environment; throws one readable error naming every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  )
  const result = ConfigSchema.superRefine(requireUpstreamPair)
    .superRefine(requireSharedStore)
    .safeParse(known)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Atelier relay: invalid configuration\n${lines.join('\n')}`)
}

function requireUpstreamPair(config: Config, context: z.RefinementCtx<Config>): void {
  if ((config.UPSTREAM_URL === undefined) === (config.UPSTREAM_TOKEN === undefined)) return
  context.addIssue({
    code: 'custom',
    path: [config.UPSTREAM_URL === undefined ? 'UPSTREAM_URL' : 'UPSTREAM_TOKEN'],
    message: 'UPSTREAM_URL and UPSTREAM_TOKEN go together: set both, or neither',
  })
}

/** Instances that fan out through Redis must share one store: each SQLite file holds one's writes. */
function requireSharedStore(config: Config, context: z.RefinementCtx<Config>): void {
  if (config.REDIS_URL === undefined || config.DATABASE_URL !== undefined) return
  context.addIssue({
    code: 'custom',
    path: ['REDIS_URL'],
    message: 'REDIS_URL needs DATABASE_URL: relay instances that fan out must share one Postgres',
  })
}

function checkUpstreamToken(token: string, context: z.RefinementCtx): void {
  try {
    upstreamClaims(token)
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message })
  }
}

function isDataKey(value: string): boolean {
  try {
    decodeDataKey(value)
    return true
  } catch {
    return false
  }
}
