import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { SyncMetrics } from '../sync/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    syncMetrics: SyncMetrics
    metricsRegistry: Registry
  }
}

/** Prometheus series of the relay, on a registry of its own (several relays share a test process). */
export default fp(
  async (app) => {
    const register = new Registry()
    // A coarse event-loop probe: at the default 10 ms it wakes the process 100 times a second.
    collectDefaultMetrics({ register, prefix: 'atelier_', eventLoopMonitoringPrecision: 200 })
    const connections = new Gauge({
      name: 'atelier_connections',
      help: 'Open WebSocket connections',
      registers: [register],
    })
    const rooms = new Gauge({ name: 'atelier_rooms', help: 'Loaded rooms', registers: [register] })
    const updatesIn = new Counter({
      name: 'atelier_updates_received_total',
      help: 'Document updates accepted from clients',
      registers: [register],
    })
    const bytesIn = new Counter({
      name: 'atelier_update_bytes_received_total',
      help: 'Bytes of document updates accepted from clients',
      registers: [register],
    })
    const updatesOut = new Counter({
      name: 'atelier_updates_delivered_total',
      help: 'Document updates sent to clients (one per recipient)',
      registers: [register],
    })
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
    const metrics: SyncMetrics = {
      updateReceived: (bytes) => {
        updatesIn.inc()
        bytesIn.inc(bytes)
      },
      updatesDelivered: (count) => updatesOut.inc(count),
      appendSeconds: (seconds) => append.observe(seconds),
      rejected: (reason) => rejected.inc({ reason }),
      connectionClosed: (code) => closed.inc({ code: String(code) }),
      roomsChanged: (count) => rooms.set(count),
      connectionsChanged: (delta) => connections.inc(delta),
    }
    app.decorate('syncMetrics', metrics)
    app.decorate('metricsRegistry', register)
    app.get('/metrics', async (_request, reply) => {
      reply.type(register.contentType)
      return register.metrics()
    })
  },
  { name: 'metrics' },
)
