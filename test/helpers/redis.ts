import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { onTestFinished } from 'vitest'
import { freePort } from './ports.js'

/**
 * The Redis the tests use: the local one `.ci/run` starts, unless `REDIS_URL` says otherwise.
 * Unreachable, the tests that need it fail with the reason; they never skip.
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A connection for the test itself, closed when the test ends; fails when Redis is unreachable. */
export async function redisClient(url = REDIS_URL): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    client.disconnect()
    const where = new URL(url).host
    throw new Error(
      `Redis is unreachable at ${where} (start it, or set REDIS_URL): ${String(error)}`,
    )
  }
  onTestFinished(() => client.disconnect())
  return client
}

/** A key prefix no other test uses (`REDIS_PREFIX`); its keys are deleted when the test ends. */
export async function freshPrefix(url = REDIS_URL): Promise<string> {
  await redisClient(url)
  const prefix = `atelier-test-${randomBytes(6).toString('hex')}:`
  onTestFinished(async () => {
    const client = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null })
    client.on('error', () => undefined)
    try {
      const keys = await client.keys(`${prefix}*`)
      if (keys.length > 0) await client.del(...keys)
    } finally {
      client.disconnect()
    }
  })
  return prefix
}

export interface PrivateRedis {
  readonly url: string
  /** Kills the server: everything it held is gone, as after a crash of a Redis without persistence. */
  stop(): Promise<void>
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>
}

/**
 * A Redis server of the test's own on a free port, without persistence, that the test may stop
 * and start again without disturbing the Redis other tests share. Stopped when the test ends.
 */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise<void>((done) => running.once('exit', () => done()))
    running.kill('SIGKILL')
    await exited
  }
  const start = async () => {
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    child = server
    const failed = new Promise<never>((_, reject) => {
      server.once('error', (error) =>
        reject(new Error(`redis-server did not start: ${error.message}`)),
      )
    })
    const deadline = Date.now() + 10_000
    for (;;) {
      const probe = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      })
      probe.on('error', () => undefined)
      try {
        await Promise.race([probe.connect().then(() => probe.ping()), failed])
        return
      } catch (error) {
        if (Date.now() > deadline || server.exitCode !== null) throw error
      } finally {
        probe.disconnect()
      }
      await new Promise((done) => setTimeout(done, 50))
    }
  }
  await start()
  onTestFinished(stop)
  return { url, stop, start }
}
