import { networkInterfaces } from 'node:os'
import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { AtelierRelayError } from '../errors.js'
import { qrSvg } from '../joins/qr.js'
import { venueAddress } from './address.js'

export interface VenueRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'PUBLIC_URL'>
}

const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })

/**
 * `GET /api/workshops/<w>/venue` (docs/protocol.md, "Venue mode"), for the workshop's
 * facilitator: where the relay listens, this machine's LAN addresses, the join page participants
 * should open with its QR code in SVG, and whether the relay listens on loopback only. The
 * addresses are read at each request: a laptop that moves to the venue's Wi-Fi gets a new one.
 */
const venueRoutes: FastifyPluginAsync<VenueRoutesOptions> = async (app, { secret, config }) => {
  app.get('/api/workshops/:workshop/venue', async (request, reply) => {
    const params = WorkshopParams.safeParse(request.params)
    if (!params.success) {
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such workshop' })
    }
    await requireRole(request, secret, params.data.workshop, [Role.facilitator])
    const listening = app.server.address()
    if (!listening || typeof listening !== 'object') {
      return reply.code(503).send({ code: 'ATELIER_ERR_NOT_LISTENING', message: 'not listening' })
    }
    const address = venueAddress({
      host: listening.address,
      port: listening.port,
      interfaces: networkInterfaces(),
      publicUrl: config.PUBLIC_URL,
    })
    const qr = address.url ? await qrSvg(address.url) : null
    return reply.header('cache-control', 'no-store').send({ ...address, qrSvg: qr })
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    throw error
  })
}

export default venueRoutes
