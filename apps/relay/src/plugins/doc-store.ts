import fp from 'fastify-plugin'
import { openSqliteStore } from '../storage/index.js'
import type { DocStore } from '../storage/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    docStore: DocStore
  }
}

export interface DocStoreOptions {
  readonly dataDir: string
}

/** The board store: SQLite in `DATA_DIR`. Closed after everything else on shutdown. */
export default fp<DocStoreOptions>(
  async (app, options) => {
    const store = openSqliteStore({ dataDir: options.dataDir, log: app.log })
    app.decorate('docStore', store)
    app.addHook('onClose', async () => store.close())
  },
  { name: 'doc-store' },
)
