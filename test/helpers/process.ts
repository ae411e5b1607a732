import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters'

export interface LaunchedRelay {
  readonly port: number
  readonly dataDir: string
  readonly child: ChildProcess
  readonly syncUrl: string
  readonly httpUrl: string
  /** Everything the relay wrote to stdout and stderr so far. */
  output(): string
  kill(signal: NodeJS.Signals): Promise<void>
}

/**
 * Starts the relay as a child process through its real entry (`apps/relay/src/server.ts`) and
 * waits until `/healthz` answers. No test framework here: the fuzzer and benchmarks use it too.
 */
export async function launchRelay(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
  command: string[] = [],
): Promise<LaunchedRelay> {
  const child = spawn(
    command[0] ?? process.execPath,
    [
      ...command.slice(1),
      ...(command.length > 0 ? [process.execPath] : []),
      '--conditions=source',
      '--import',
      'tsx',
      join(ROOT, 'apps/relay/src/server.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ATELIER_SECRET: TEST_SECRET,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...env,
        PORT: String(port),
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  const keep = (chunk: Buffer) => {
    log += chunk.toString()
    if (log.length > 1_000_000) log = log.slice(-500_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  const httpUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`relay exited at start:\n${log}`)
    try {
      if ((await fetch(`${httpUrl}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await kill('SIGKILL')
      throw new Error(`relay did not become healthy:\n${log}`)
    }
    await new Promise((done) => setTimeout(done, 50))
  }
  return {
    port,
    dataDir,
    child,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    httpUrl,
    output: () => log,
    kill,
  }
}

/** Resident memory of a process in bytes, from /proc. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmRSS:\s+(\d+) kB/.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}
