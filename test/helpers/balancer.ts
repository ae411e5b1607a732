import { connect, createServer, type Socket } from 'node:net'
import { onTestFinished } from 'vitest'

export interface Balancer {
  readonly port: number
  /** `ws://127.0.0.1:<port>/sync`: the one address every client is given. */
  readonly syncUrl: string
  /** Connections open now, by the relay port they were sent to. */
  open(): Map<number, number>
  /** Connections ever sent to each relay port. */
  served(): Map<number, number>
  close(): Promise<void>
}

/**
 * A plain TCP load balancer on 127.0.0.1, as a deployment would put in front of several relay
 * instances, without sticky sessions: each new connection goes to the next relay port in turn;
 * a port that refuses the connection (a killed instance) is skipped for the next one. It knows
 * nothing of WebSockets or boards, so two clients of one board may well land on two instances.
 * Closed when the test ends.
 */
export async function startBalancer(ports: readonly number[]): Promise<Balancer> {
  if (ports.length === 0) throw new Error('a balancer needs at least one relay port')
  let next = 0
  const open = new Map<number, number>()
  const served = new Map<number, number>()
  const sockets = new Set<Socket>()
  const bump = (map: Map<number, number>, port: number, by: number) =>
    map.set(port, (map.get(port) ?? 0) + by)

  /** Connects to the next live relay, trying each port at most once; undefined when none is. */
  const upstreamFor = async (): Promise<{ port: number; socket: Socket } | undefined> => {
    for (let tried = 0; tried < ports.length; tried++) {
      const port = ports[next % ports.length]!
      next++
      const socket = await new Promise<Socket | undefined>((resolve) => {
        const attempt = connect(port, '127.0.0.1')
        attempt.once('connect', () => {
          attempt.off('error', refused)
          resolve(attempt)
        })
        const refused = () => {
          attempt.destroy()
          resolve(undefined)
        }
        attempt.once('error', refused)
      })
      if (socket) return { port, socket }
    }
    return undefined
  }

  const server = createServer((client) => {
    // Hold what the client sends until a relay is chosen.
    client.pause()
    sockets.add(client)
    client.on('error', () => undefined)
    client.once('close', () => sockets.delete(client))
    void upstreamFor().then((upstream) => {
      if (!upstream || client.destroyed) {
        upstream?.socket.destroy()
        client.destroy()
        return
      }
      const { port, socket } = upstream
      sockets.add(socket)
      bump(open, port, 1)
      bump(served, port, 1)
      socket.on('error', () => undefined)
      let ended = false
      const end = () => {
        if (ended) return
        ended = true
        bump(open, port, -1)
        sockets.delete(socket)
        socket.destroy()
        client.destroy()
      }
      socket.once('close', end)
      client.once('close', end)
      client.pipe(socket).pipe(client)
      client.resume()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as { port: number }).port
  const close = async () => {
    if (!server.listening) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of sockets) socket.destroy()
    await closed
  }
  onTestFinished(close)
  return {
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    open: () => new Map(open),
    served: () => new Map(served),
    close,
  }
}
