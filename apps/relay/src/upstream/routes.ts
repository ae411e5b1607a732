import type { FastifyPluginAsync } from 'fastify'
import * as Y from 'yjs'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { parseBoardKey } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface UpstreamRoutesOptions {
  readonly secret: TokenKey
}

const WorkshopParams = z.object({ workshop: z.string() })
const BoardParams = WorkshopParams.extend({ board: z.string() })

/**
 * For the facilitator: `GET /api/workshops/<w>/upstream`, where each board stands with the
 * upstream (the console's card); and `GET /api/workshops/<w>/boards/<b>/snapshot`, what this
 * relay has stored of a board (state vector and deletions, no content), which a venue relay
 * asks of its upstream to know that its changes arrived.
 */
const upstreamRoutes: FastifyPluginAsync<UpstreamRoutesOptions> = async (app, { secret }) => {
  app.get('/api/workshops/:workshop/upstream', async (request) => {
    const { workshop } = WorkshopParams.parse(request.params)
    if (!parseBoardKey(workshop, 'upstream')) {
      throw new AtelierRelayError(RelayError.BAD_ROOM, 'workshop id is malformed')
    }
    await requireRole(request, secret, workshop, [Role.facilitator])
    const sync = app.upstream
    if (!sync || sync.workshop !== workshop) return { enabled: false, boards: [] }
    return { enabled: true, ...sync.status() }
  })

  app.get('/api/workshops/:workshop/boards/:board/snapshot', async (request) => {
    const params = BoardParams.parse(request.params)
    const key = parseBoardKey(params.workshop, params.board)
    if (!key) throw new AtelierRelayError(RelayError.BAD_ROOM, 'board is not <workshop>/<board>')
    await requireRole(request, secret, key.workshop, [Role.facilitator])
    if (await app.docStore.isDeleted(key)) {
      throw new AtelierRelayError(RelayError.BOARD_DELETED, 'board was deleted')
    }
    const snapshot = await app.rooms.using(key, async (room) => {
      // Only what is stored counts: updates still being written are not confirmed yet.
      await room.settled()
      return Y.encodeSnapshot(Y.snapshot(room.doc))
    })
    return { snapshot: Buffer.from(snapshot).toString('base64') }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) {
      return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'malformed request' })
    }
    throw error
  })
}

export default upstreamRoutes
