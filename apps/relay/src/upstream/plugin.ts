import fp from 'fastify-plugin'
import type { Config } from '../config.js'
import { UpstreamSync } from './sync.js'
import { upstreamTarget } from './target.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Venue mode's replication with the organisation's Atelier; null without `UPSTREAM_URL`. */
    upstream: UpstreamSync | null
  }
}

export interface UpstreamPluginOptions {
  readonly config: Pick<Config, 'UPSTREAM_URL' | 'UPSTREAM_TOKEN'>
}

/**
 * Starts the upstream sync once the relay is ready (its rooms load and serve local clients
 * whether or not the upstream answers) and stops it before the rooms store and close.
 */
export default fp<UpstreamPluginOptions>(
  async (app, { config }) => {
    const { UPSTREAM_URL: url, UPSTREAM_TOKEN: token } = config
    const sync =
      url && token
        ? new UpstreamSync({
            rooms: app.rooms,
            store: app.docStore,
            target: upstreamTarget(url, token),
            log: app.log.child({ part: 'upstream' }),
          })
        : null
    app.decorate('upstream', sync)
    if (!sync) return
    app.addHook('onReady', async () => sync.start())
    app.addHook('preClose', async () => sync.stop())
  },
  { name: 'upstream', dependencies: ['doc-store', 'rooms'] },
)
