import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { SignJWT } from 'jose'

export const ROOT = resolve(import.meta.dirname, '..', '..')
const SECRET = 'bench-secret-of-at-least-thirty-two-characters'
const secretBytes = new TextEncoder().encode(SECRET)
const READY_TIMEOUT_MS = 30_000

/**
 * A relay the benchmark can run: how to start it, where it answers once ready, and how a
 * y-websocket client reaches a room on it. Every server runs through the same harness.
 */
export interface ServerUnderTest {
  readonly name: string
  /** Spawns the server listening on 127.0.0.1:`port`, storing (if it stores) in `dataDir`. */
  start(port: number, dataDir: string, pin: readonly string[]): ChildProcess
  /** The HTTP path that answers 200 once the server is ready. */
  readonly readyPath: string
  /** The y-websocket `serverUrl`; the room goes after it as a path. */
  serverUrl(port: number): string
  /** The URL parameters of one client's connection to `room`. */
  params(room: string, client: number): Promise<Record<string, string>>
}

const ATELIER_SOURCE = join(ROOT, 'apps/relay/src/server.ts')
const ATELIER_BUILT = join(ROOT, 'apps/relay/dist/server.js')
const EXIT_ON_TERM = join(ROOT, 'test/bench/exit-on-term.mjs')
const REFERENCE_ENTRY = join(ROOT, 'node_modules/@y/websocket-server/src/server.js')

function reference(name: string): ServerUnderTest {
  return {
    name,
    start: (port, _dataDir, pin) =>
      launch(pin, [REFERENCE_ENTRY], { HOST: '127.0.0.1', PORT: String(port) }),
    readyPath: '/',
    serverUrl: (port) => `ws://127.0.0.1:${port}`,
    params: async () => ({}),
  }
}

function atelier(name: string, entry: string, loader: readonly string[]): ServerUnderTest {
  return {
    name,
    start: (port, dataDir, pin) => {
      if (!existsSync(entry))
        throw new Error(`Atelier's relay is not there: ${entry} does not exist`)
      return launch(pin, [...loader, entry], {
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        ATELIER_SECRET: SECRET,
        LOG_LEVEL: 'warn',
        // Every benchmark client comes from 127.0.0.1; load D opens 2000 connections.
        MAX_CONNECTIONS_PER_IP: '10000',
      })
    },
    readyPath: '/healthz',
    serverUrl: (port) => `ws://127.0.0.1:${port}/sync`,
    params: (room, client) => tokenFor(room, client),
  }
}

/** The URL parameters of a client of Atelier's relay: its participant token. */
async function tokenFor(room: string, client: number): Promise<Record<string, string>> {
  return { token: await participantToken(secretBytes, room, client) }
}

/**
 * A participant's token for the workshop of `room` (`<workshop>/<board>`), signed with the
 * relay's `secret`; the scale-out benchmark signs with the secret of its relays.
 */
export function participantToken(
  secret: Uint8Array,
  room: string,
  client: number,
): Promise<string> {
  const [workshop] = room.split('/')
  return new SignJWT({ name: `Participant ${client}`, role: 'participant', workshop })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`p-${client}`)
    .setExpirationTime('2h')
    .sign(secret)
}

/**
 * The servers by name: `reference` is @y/websocket-server 0.1.1, the usual baseline of ratios;
 * `reference-twin` is a second instance of it, whose ratio shows the harness's own noise;
 * `atelier` runs the relay's TypeScript sources through tsx, `atelier-dist` its build (`npx tsc -b`).
 */
export const SERVERS: Readonly<Record<string, ServerUnderTest>> = {
  atelier: atelier('atelier', ATELIER_SOURCE, ['--conditions=source', '--import', 'tsx']),
  'atelier-dist': atelier('atelier-dist', ATELIER_BUILT, []),
  reference: reference('reference'),
  'reference-twin': reference('reference-twin'),
}

/** Looks a server up by name; throws naming the known ones. */
export function serverNamed(name: string): ServerUnderTest {
  const server = SERVERS[name]
  if (!server)
    throw new Error(`unknown server "${name}" (known: ${Object.keys(SERVERS).join(', ')})`)
  return server
}

function launch(pin: readonly string[], args: string[], env: Record<string, string>): ChildProcess {
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each server there, for `--cpu-prof` analysis.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`, '--import', EXIT_ON_TERM]
    : []
  const [command, ...rest] = [...pin, process.execPath, ...profile, ...args]
  // Persistence stays off for the reference, as in the anchors, whatever the shell exported.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, YPERSISTENCE: undefined, ...env }
  return spawn(command as string, rest, {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * The `taskset -c <core>` prefix that pins a process to one core, or none (with the reason) when
 * `taskset` is missing or the machine has a single core.
 */
export function pinning(cores: number): { server: string[]; clients: string[]; note?: string } {
  if (cores < 2) return { server: [], clients: [], note: 'one core: server and clients share it' }
  const probe = spawnSync('taskset', ['-c', '0', 'true'])
  if (probe.error || probe.status !== 0) {
    return { server: [], clients: [], note: 'taskset is unavailable: processes are not pinned' }
  }
  return { server: ['taskset', '-c', '0'], clients: ['taskset', '-c', '1'] }
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

export interface RunningServer {
  readonly pid: number
  output(): string
  stop(): Promise<void>
}

/**
 * Starts `server` and resolves once its ready path answers 200; rejects with its output when it
 * exits or is not ready within 30 s, after killing it.
 */
export async function startServer(
  server: ServerUnderTest,
  port: number,
  dataDir: string,
  pin: readonly string[],
): Promise<RunningServer> {
  const child = server.start(port, dataDir, pin)
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const running = {
    pid: child.pid ?? -1,
    output: () => log,
    stop: () => stopChild(child, exited),
  }
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!(await answers(`http://127.0.0.1:${port}${server.readyPath}`))) {
    const gone = child.exitCode !== null || child.signalCode !== null
    if (gone || Date.now() > deadline) {
      await running.stop()
      const why = gone ? `exited (${child.exitCode ?? child.signalCode})` : 'was not ready in 30 s'
      throw new Error(`${server.name} ${why} at start:\n${log.trim() || '(no output)'}`)
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  return running
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    await response.arrayBuffer()
    return response.ok
  } catch {
    return false
  }
}

/** SIGTERM, then SIGKILL after 5 s: the benchmark never leaves a server behind. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
