import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { createRelay, loadConfig, mintToken, type Claims } from '@atelier/relay'
import { freePort } from './ports.js'
import { launchRelay, TEST_SECRET, type LaunchedRelay } from './process.js'

export { TEST_SECRET }
const secretBytes = new TextEncoder().encode(TEST_SECRET)

export type TokenClaims = Partial<Omit<Claims, 'exp'>>

/**
 * Mints a token for the test workshop; any claim can be overridden. The holder is a facilitator
 * unless the test says otherwise: a facilitator may change any part of a board, so the protocol
 * tests can write raw Yjs types; tests of roles set `role` (see test/relay/scopes.test.ts).
 */
export function tokenFor(
  claims: TokenClaims = {},
  expiresIn: string | number = '1h',
): Promise<string> {
  return mintToken(
    secretBytes,
    { sub: 'p-1', name: 'Amina', role: 'facilitator', workshop: 'tanger', ...claims },
    expiresIn,
  )
}

export interface RunningRelay {
  readonly port: number
  readonly dataDir: string
  /** `ws://127.0.0.1:<port>/sync`, the y-websocket `serverUrl`. */
  readonly syncUrl: string
  readonly httpUrl: string
  close(): Promise<void>
}

/** A temporary data directory, removed when the test ends. */
export function tempDataDir(t?: { keep?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-test-'))
  if (!t?.keep) onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Starts a relay in this process on a free port; it closes when the test ends. It listens on
 * loopback unless `env.HOST` says otherwise (`0.0.0.0` for the venue tests).
 */
export async function startRelay(env: Record<string, string> = {}): Promise<RunningRelay> {
  const dataDir = env.DATA_DIR ?? tempDataDir()
  const config = loadConfig({
    ATELIER_SECRET: TEST_SECRET,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ...env,
  })
  const relay = await createRelay(config)
  await relay.listen({ port: 0, host: env.HOST ?? '127.0.0.1' })
  const address = relay.server.address()
  if (!address || typeof address !== 'object') throw new Error('relay has no address')
  let closed = false
  const running: RunningRelay = {
    port: address.port,
    dataDir,
    syncUrl: `ws://127.0.0.1:${address.port}/sync`,
    httpUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      if (closed) return
      closed = true
      await relay.close()
    },
  }
  onTestFinished(() => running.close())
  return running
}

export interface RelayProcess extends RunningRelay, LaunchedRelay {}

/** Starts the relay as a child process (its real `server.ts` entry); killed when the test ends. */
export async function spawnRelay(env: Record<string, string> = {}): Promise<RelayProcess> {
  const port = Number(env.PORT ?? (await freePort()))
  const dataDir = env.DATA_DIR ?? tempDataDir()
  const launched = await launchRelay(port, dataDir, { LOG_LEVEL: 'info', ...env })
  onTestFinished(() => launched.kill('SIGKILL'))
  return { ...launched, close: () => launched.kill('SIGTERM') }
}

/** Polls until `check` is true, failing with a message after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  describe: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      if (await check()) return
    } catch (error) {
      lastError = error
    }
    await new Promise((done) => setTimeout(done, 25))
  }
  throw new Error(`timed out after ${timeoutMs} ms ${String(lastError ?? '')} ${describe()}`)
}
