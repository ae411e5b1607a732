import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { SyncMetrics } from '../sync/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    syncMetrics: SyncMetrics
    metricsRegistry: Registry
  }
}

/** Plain counts kept on the hot path; Prometheus reads them when it scrapes. */
interface Tally {
  connections: number
  rooms: number
  updatesIn: number
  bytesIn: number
  updatesOut: number
}

/**
 * Prometheus series of the relay, on a registry of its own (several relays share a test
 * process). Counting an update costs an integer addition: the series read the tallies in their
 * `collect`, at scrape time, instead of going through prom-client for every delivery.
 */
export default fp(
  async (app) => {
    const register = new Registry()
    // A coarse event-loop probe: at the default 10 ms it wakes the process 100 times a second.
    collectDefaultMetrics({ register, prefix: 'atelier_', eventLoopMonitoringPrecision: 200 })
    const tally: Tally = { connections: 0, rooms: 0, updatesIn: 0, bytesIn: 0, updatesOut: 0 }
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [register],
        collect() {
          this.set(read())
        },
      })
    const total = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers: [register],
        collect() {
          this.reset()
          this.inc(read())
        },
      })
    gauge('atelier_connections', 'Open WebSocket connections', () => tally.connections)
    gauge('atelier_rooms', 'Loaded rooms', () => tally.rooms)
    total(
      'atelier_updates_received_total',
      'Document updates accepted from clients',
      () => tally.updatesIn,
    )
    total(
      'atelier_update_bytes_received_total',
      'Bytes of accepted document updates',
      () => tally.bytesIn,
    )
    total(
      'atelier_updates_delivered_total',
      'Document updates sent to clients (one per recipient)',
      () => tally.updatesOut,
    )
    const rejected = new Counter({
      name: 'atelier_rejected_total',
      help: 'Messages or connections refused, by reason',
      labelNames: ['reason'],
      registers: [register],
    })
    const closed = new Counter({
      name: 'atelier_connections_closed_by_relay_total',
      help: 'Connections the relay closed, by WebSocket close code',
      labelNames: ['code'],
      registers: [register],
    })
    const append = new Histogram({
      name: 'atelier_storage_append_seconds',
      help: 'Time to store a batch of updates durably',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1],
      registers: [register],
    })
    const fanout = app.fanout
    if (fanout) {
      gauge(
        'atelier_fanout_connected',
        'Whether the fan-out reaches Redis on both its connections (1) or not (0)',
        () => (fanout.stats().connected ? 1 : 0),
      )
      total(
        'atelier_fanout_published_total',
        "Entries (updates and presence) this instance appended to the boards' streams",
        () => fanout.stats().published,
      )
      total(
        'atelier_fanout_received_total',
        "Entries of other instances applied to this instance's rooms",
        () => fanout.stats().received,
      )
      gauge(
        'atelier_fanout_unpublished_boards',
        'Boards with changes stored here that wait to be published (Redis away)',
        () => fanout.stats().unpublished,
      )
      total(
        'atelier_fanout_catch_ups_total',
        'Times a board was read again from storage because it may have missed entries',
        () => fanout.stats().catchUps,
      )
    }
    const metrics: SyncMetrics = {
      updateReceived: (bytes) => {
        tally.updatesIn++
        tally.bytesIn += bytes
      },
      updatesDelivered: (count) => {
        tally.updatesOut += count
      },
      appendSeconds: (seconds) => append.observe(seconds),
      rejected: (reason) => rejected.inc({ reason }),
      connectionClosed: (code) => closed.inc({ code: String(code) }),
      roomsChanged: (count) => {
        tally.rooms = count
      },
      connectionsChanged: (delta) => {
        tally.connections += delta
      },
    }
    app.decorate('syncMetrics', metrics)
    app.decorate('metricsRegistry', register)
    app.get('/metrics', async (_request, reply) => {
      reply.type(register.contentType)
      return register.metrics()
    })
  },
  { name: 'metrics', dependencies: ['fanout'] },
)
