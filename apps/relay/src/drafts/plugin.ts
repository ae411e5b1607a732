import fp from 'fastify-plugin'
import { DraftDesk } from './desk.js'

declare module 'fastify' {
  interface FastifyInstance {
    drafts: DraftDesk
  }
}

/** The desk of held notes, shared by the drafts routes and the session control (reveal). */
export default fp(
  async (app) => {
    app.decorate('drafts', new DraftDesk(app.docStore, app.rooms))
  },
  { name: 'draft-desk', dependencies: ['doc-store', 'rooms'] },
)
