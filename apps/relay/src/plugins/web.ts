import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'

export interface WebOptions {
  /** The built web app (`apps/web/dist`); nothing is served when it does not exist. */
  readonly root: string
}

/**
 * Files under `assets/` carry a content hash in their name: a new build gives new names, so a
 * phone may keep them for a year and ask for them again never. Everything else (`index.html`,
 * which names the current assets) is checked with the relay on every load.
 */
export function cachePolicy(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * Serves the built web app, and its `index.html` for every page route (`/w/...`, `/join/...`)
 * so the browser router can take over.
 */
export default fp<WebOptions>(
  async (app, options) => {
    if (!existsSync(join(options.root, 'index.html'))) {
      app.log.warn({ root: options.root }, 'web app is not built; serving the API only')
      return
    }
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: 'index.html',
      // The build writes `.br` and `.gz` beside each asset; a browser that accepts them gets
      // those bytes, others the file itself.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        response.setHeader('cache-control', cachePolicy(path))
        response.setHeader('vary', 'accept-encoding')
      },
    })
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? ''
      const isPage = request.method === 'GET' && !/^\/(api|sync|metrics|healthz)(\/|$)/.test(path)
      if (isPage && !/\.[a-z0-9]+$/i.test(path)) return reply.sendFile('index.html')
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'Not Found' })
    })
  },
  { name: 'web' },
)
