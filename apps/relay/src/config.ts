import { z } from 'zod'
import { decodeDataKey } from './participants/cipher.js'

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
  MAX_CONNECTIONS_PER_IP: positive.default(1000),
  MAX_MESSAGE_BYTES: positive.default(2 * 1024 * 1024),
  MAX_MESSAGES_PER_SECOND: positive.default(1000),
  MAX_ROOMS: positive.default(5000),
  MAX_PENDING_BYTES: positive.default(1024 * 1024),
  COMPACT_AFTER_UPDATES: positive.default(10_000),
  VERSION_INTERVAL_SECONDS: positive.default(180),
  WEB_DIR: z.string().min(1).optional(),
  ATELIER_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = z.infer<typeof ConfigSchema>

/** Reads the configuration from an environment; throws one readable error naming every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  )
  const result = ConfigSchema.safeParse(known)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Atelier relay: invalid configuration\n${lines.join('\n')}`)
}

function isDataKey(value: string): boolean {
  try {
    decodeDataKey(value)
    return true
  } catch {
    return false
  }
}
