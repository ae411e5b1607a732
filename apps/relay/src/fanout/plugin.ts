import fp from 'fastify-plugin'
import type { Fanout } from '../sync/fanout.js'
import { RedisFanout } from './redis.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The fan-out between relay instances; undefined when `REDIS_URL` is unset (one instance). */
    fanout: Fanout | undefined
  }
}

export interface FanoutPluginOptions {
  /** `REDIS_URL`: when set, boards are fanned out to the other instances through Redis. */
  readonly redisUrl?: string
  /** `REDIS_PREFIX`. */
  readonly prefix: string
}

/**
 * The fan-out between relay instances through Redis. It connects in the background: the relay
 * starts and serves its own clients whether Redis is there or not. Closed after the rooms, so
 * that what they store on the way out is still published.
 */
export default fp<FanoutPluginOptions>(
  async (app, options) => {
    if (options.redisUrl === undefined) {
      app.decorate('fanout', undefined)
      return
    }
    const fanout = new RedisFanout({ url: options.redisUrl, prefix: options.prefix, log: app.log })
    app.log.info({ instance: fanout.instance }, 'fan-out through Redis')
    app.decorate('fanout', fanout)
    app.addHook('onClose', async () => fanout.close())
  },
  { name: 'fanout' },
)
