import { randomBytes } from 'node:crypto'
import { connect, createServer, type Socket } from 'node:net'
import pg from 'pg'
import { onTestFinished } from 'vitest'

/**
 * The Postgres the tests use: the local one `.ci/run` starts, unless `DATABASE_URL` says
 * otherwise. Unreachable, the tests that need it fail with the reason; they never skip.
 */
export const POSTGRES_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Runs one statement on its own connection (`POSTGRES_URL` unless `url` is given). */
export async function adminQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  url = POSTGRES_URL,
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    const where = new URL(url).host
    const message = `Postgres is unreachable at ${where} (start it, or set DATABASE_URL)`
    throw new Error(`${message}: ${(error as Error).message}`, { cause: error })
  }
  try {
    return (await client.query<Row>(text)).rows
  } finally {
    await client.end()
  }
}

/** A name for a schema or database no other test uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

/** A fresh database, dropped when the test ends; resolves with its URL. */
export async function freshDatabase(): Promise<string> {
  const name = uniqueName('atelier_test')
  await adminQuery(`CREATE DATABASE ${name}`)
  onTestFinished(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  })
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return url.toString()
}

export interface Cable {
  /** `url` with the cable's address in place of the server's. */
  readonly url: string
  /** Drops every connection through the cable and refuses new ones. */
  cut(): Promise<void>
  /** Takes connections again, on the same port. */
  mend(): Promise<void>
}

/**
 * A TCP relay in front of Postgres that a test can cut, as a network failure or a restarting
 * server would: every connection through it drops, and new ones are refused until it is mended.
 */
export async function startCable(url = POSTGRES_URL): Promise<Cable> {
  const target = new URL(url)
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname)
    for (const end of [socket, upstream]) {
      sockets.add(end)
      end.on('error', () => undefined)
      end.on('close', () => {
        sockets.delete(end)
        socket.destroy()
        upstream.destroy()
      })
    }
    socket.pipe(upstream).pipe(socket)
  })
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
  await listen(0)
  const port = (server.address() as { port: number }).port
  const through = new URL(url)
  through.hostname = '127.0.0.1'
  through.port = String(port)
  const cut = async () => {
    if (!server.listening) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of sockets) socket.destroy()
    await closed
  }
  return { url: through.toString(), cut, mend: () => listen(port) }
}
