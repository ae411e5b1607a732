import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface PeopleRoutesOptions {
  readonly secret: TokenKey
}

const Params = z.object({ workshop: z.string().regex(ID_PATTERN), sub: z.string().min(1).max(128) })

/**
 * `POST /api/workshops/<id>/people/<sub>/demote` and `.../reinstate`, for a facilitator: a
 * demoted person's connections stop writing at once, and stay read-only when they reconnect with
 * the same token, until reinstated; then they write again at once, and what they wrote meanwhile
 * (kept on their device) reaches the board.
 */
const peopleRoutes: FastifyPluginAsync<PeopleRoutesOptions> = async (app, { secret }) => {
  const base = '/api/workshops/:workshop/people/:sub'

  app.post(`${base}/demote`, async (request) => {
    const { workshop, sub } = parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    await app.docStore.demote(workshop, sub, claims.sub)
    const connections = app.rooms.demote(workshop, sub)
    request.log.info({ workshop, sub, by: claims.sub, connections }, 'person demoted to read-only')
    return { sub, writing: false, connections }
  })

  app.post(`${base}/reinstate`, async (request) => {
    const { workshop, sub } = parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    await app.docStore.reinstate(workshop, sub)
    const connections = app.rooms.reinstate(workshop, sub)
    request.log.info({ workshop, sub, by: claims.sub, connections }, 'person reinstated')
    return { sub, writing: true, connections }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    throw error
  })
}

function parse(params: unknown) {
  const parsed = Params.safeParse(params)
  if (!parsed.success)
    throw new AtelierRelayError(RelayError.BAD_ROOM, 'malformed workshop or person')
  return parsed.data
}

export default peopleRoutes
