import { fileURLToPath } from 'node:url'
import websocket from '@fastify/websocket'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { importTokenKey } from './auth/tokens.js'
import type { Config } from './config.js'
import demo from './demo/plugin.js'
import ballotBox from './plugins/ballot-box.js'
import docStore from './plugins/doc-store.js'
import draftDesk from './drafts/plugin.js'
import fanout from './fanout/plugin.js'
import metrics from './plugins/metrics.js'
import rooms from './plugins/rooms.js'
import web from './plugins/web.js'
import ballots from './routes/ballots.js'
import consultation from './routes/consultation.js'
import consultationFile from './consultation-file/plugin.js'
import drafts from './routes/drafts.js'
import health from './routes/health.js'
import joins from './routes/joins.js'
import people from './routes/people.js'
import participants from './routes/participants.js'
import promote from './routes/promote.js'
import roadmap from './routes/roadmap.js'
import report from './routes/report.js'
import reportPdf from './routes/report-pdf.js'
import sync from './routes/sync.js'
import toolkit from './routes/toolkit.js'
import versions from './routes/versions.js'
import venue from './venue/plugin.js'
import upstream from './upstream/plugin.js'
import upstreamRoutes from './upstream/routes.js'

export interface AppOptions {
  readonly config: Config
  readonly secret: Uint8Array
}

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url))

/**
 * The relay as a Fastify plugin: external plugins first, then the shared services (store,
 * metrics, rooms), then routes. `server.ts` creates Fastify around it; tests register it on an
 * instance of their own.
 */
const app: FastifyPluginAsync<AppOptions> = async (fastify, options) => {
  const { config } = options
  const secret = await importTokenKey(options.secret)
  await fastify.register(websocket, {
    options: { maxPayload: config.MAX_MESSAGE_BYTES, perMessageDeflate: false },
    // Rooms close their own sockets with "going away" after storing everything.
    preClose: function (done) {
      done()
    },
  })
  await fastify.register(docStore, { dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL })
  await fastify.register(fanout, { redisUrl: config.REDIS_URL, prefix: config.REDIS_PREFIX })
  await fastify.register(metrics)
  await fastify.register(rooms, {
    limits: {
      messagesPerSecond: config.MAX_MESSAGES_PER_SECOND,
      maxPendingBytes: config.MAX_PENDING_BYTES,
      compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
      maxRooms: config.MAX_ROOMS,
      versionIntervalMs: config.VERSION_INTERVAL_SECONDS * 1000,
    },
  })
  await fastify.register(ballotBox)
  await fastify.register(draftDesk)
  await fastify.register(health)
  await fastify.register(sync, { secret, maxConnectionsPerIp: config.MAX_CONNECTIONS_PER_IP })
  await fastify.register(versions, { secret })
  await fastify.register(people, { secret })
  await fastify.register(consultation, { secret })
  await fastify.register(drafts, { secret })
  await fastify.register(ballots, { secret })
  await fastify.register(promote, { secret })
  await fastify.register(roadmap, { secret })
  await fastify.register(report, { secret })
  await fastify.register(reportPdf, { secret, config })
  await fastify.register(participants, { secret, config })
  await fastify.register(toolkit, { secret, config })
  await fastify.register(joins, { secret, config })
  await fastify.register(venue, { secret, config })
  await fastify.register(consultationFile, { secret, config })
  await fastify.register(upstream, { config })
  await fastify.register(upstreamRoutes, { secret })
  if (config.ATELIER_DEMO) {
    const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`
    await fastify.register(demo, { secret, publicUrl: publicUrl.replace(/\/$/, '') })
  }
  await fastify.register(web, { root: config.WEB_DIR ?? DEFAULT_WEB_DIR })
}

export default fp(app, { name: 'atelier-relay' })
