import fp from 'fastify-plugin'
import { openPostgresStore, openSqliteStore } from '../storage/index.js'
import type { DocStore } from '../storage/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    docStore: DocStore
  }
}

export interface DocStoreOptions {
  readonly dataDir: string
  /** `DATABASE_URL`: when set, the boards and the registry live in that Postgres database. */
  readonly databaseUrl?: string
}

/**
 * The board store: Postgres when `DATABASE_URL` is set (several relay instances can share it),
 * SQLite in `DATA_DIR` otherwise. Closed after everything else on shutdown.
 */
export default fp<DocStoreOptions>(
  async (app, options) => {
    const store =
      options.databaseUrl === undefined
        ? openSqliteStore({ dataDir: options.dataDir, log: app.log })
        : await openPostgresStore({ connectionString: options.databaseUrl, log: app.log })
    app.decorate('docStore', store)
    app.addHook('onClose', async () => store.close())
  },
  { name: 'doc-store' },
)
