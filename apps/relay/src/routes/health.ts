import type { FastifyPluginAsync } from 'fastify'

/** `GET /healthz`: 200 once the relay is listening with its store open; 503 while it stops. */
const healthRoute: FastifyPluginAsync = async (app) => {
  let stopping = false
  app.addHook('preClose', async () => {
    stopping = true
  })
  app.get('/healthz', async (_request, reply) => {
    if (stopping) return reply.code(503).send({ status: 'stopping' })
    return { status: 'ok', rooms: app.rooms.size, store: app.docStore.kind }
  })
}

export default healthRoute
