import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { onTestFinished } from 'vitest'
import { freePort } from './ports.js'

const run = promisify(execFile)

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust authentication. */
  readonly url: string
  /** Stops the server as a crash would (`pg_ctl stop -m immediate`): every connection drops. */
  stop(): Promise<void>
  /** Starts it again on the same port and data; it recovers from its write-ahead log. */
  start(): Promise<void>
}

/** The directory of `initdb` and `pg_ctl`: `PG_BINDIR`, else the newest /usr/lib/postgresql/N/bin. */
function binDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0) {
    throw new Error(
      `no Postgres server binaries under ${root} (install postgresql, or set PG_BINDIR)`,
    )
  }
  return join(root, versions[0]!, 'bin')
}

/**
 * A Postgres cluster of the test's own (initdb in a temporary directory, on a free port of
 * 127.0.0.1), that the test may stop and start again without disturbing the Postgres other
 * tests share. Postgres refuses to run as root: as root, it runs as the `postgres` user.
 * Stopped and removed when the test ends.
 */
export async function privatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir()
  const dir = mkdtempSync(join(tmpdir(), 'atelier-pg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  const as = async (command: string, args: string[]) => {
    const file = join(bin, command)
    try {
      if (asRoot) await run('runuser', ['-u', 'postgres', '--', file, ...args], { timeout: 60_000 })
      else await run(file, args, { timeout: 60_000 })
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string }
      throw new Error(`${command} ${args.join(' ')} failed: ${stderr ?? ''}${stdout ?? ''}`, {
        cause: error,
      })
    }
  }
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: group } = await run('id', ['-g', 'postgres'])
    chownSync(dir, Number(stdout.trim()), Number(group.trim()))
  }
  await as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`
  const logFile = join(dir, 'server.log')
  let running = false
  const start = async () => {
    await as('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '30', 'start'])
    running = true
  }
  const stop = async () => {
    if (!running) return
    running = false
    await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
  }
  await start()
  onTestFinished(async () => {
    await stop().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  })
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, start }
}
