import fp from 'fastify-plugin'
import { Rooms } from '../sync/rooms.js'
import type { SyncLimits } from '../sync/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    rooms: Rooms
  }
}

export interface RoomsPluginOptions {
  readonly limits: Partial<SyncLimits>
}

/** The live rooms. On shutdown they store everything and close their sockets before the store closes. */
export default fp<RoomsPluginOptions>(
  async (app, options) => {
    const rooms = new Rooms({
      store: app.docStore,
      log: app.log,
      metrics: app.syncMetrics,
      limits: options.limits,
      fanout: app.fanout,
    })
    app.decorate('rooms', rooms)
    app.addHook('preClose', async () => rooms.close())
  },
  { name: 'rooms', dependencies: ['doc-store', 'metrics', 'fanout'] },
)
