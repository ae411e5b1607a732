import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import { writeScopeOf } from '@atelier/model'
import { accessTo, Access, verifyToken, type TokenKey } from '../auth/tokens.js'
import { parseBoardKey } from '../auth/room.js'
import { AtelierRelayError, RelayError } from '../errors.js'
import type { Reservation } from '../sync/rooms.js'
import type { ConnectionIdentity } from '../sync/connection.js'

export interface SyncRouteOptions {
  readonly secret: TokenKey
  readonly maxConnectionsPerIp: number
}

interface Admission {
  readonly identity: ConnectionIdentity
  readonly reservation: Reservation
}

declare module 'fastify' {
  interface FastifyRequest {
    admission: Admission | null
  }
}

interface SyncParams {
  workshop: string
  board: string
}

/**
 * `GET /sync/<workshop>/<board>?token=<jwt>`: the y-websocket endpoint. Every check (room name,
 * token, workshop, deleted board, connections per address, room limit) runs before the
 * handshake, so a refused client never gets a WebSocket; the handler only adapts the socket.
 */
const syncRoute: FastifyPluginAsync<SyncRouteOptions> = async (app, options) => {
  const perAddress = new Map<string, number>()
  app.decorateRequest('admission', null)

  async function admit(request: FastifyRequest<{ Params: SyncParams }>): Promise<Admission> {
    const key = parseBoardKey(request.params.workshop, request.params.board)
    if (!key) throw new AtelierRelayError(RelayError.BAD_ROOM, 'room is not <workshop>/<board>')
    const token = (request.query as { token?: unknown }).token
    if (typeof token !== 'string' || token.length === 0 || token.length > 8192) {
      throw new AtelierRelayError(RelayError.UNAUTHORIZED, 'token is missing')
    }
    const claims = await verifyToken(token, options.secret)
    const access = accessTo(claims, key)
    const scope = writeScopeOf(claims.role)
    const demoted = await app.docStore.isDemoted(key.workshop, claims.sub)
    if (await app.docStore.isDeleted(key)) {
      throw new AtelierRelayError(RelayError.BOARD_DELETED, 'board was deleted')
    }
    const address = request.ip
    const open = perAddress.get(address) ?? 0
    if (open >= options.maxConnectionsPerIp) {
      throw new AtelierRelayError(
        RelayError.TOO_MANY_CONNECTIONS,
        'too many connections from this address',
      )
    }
    const reservation = await app.rooms.reserve(key)
    perAddress.set(address, open + 1)
    request.raw.socket.once('close', () => {
      reservation.release()
      const left = (perAddress.get(address) ?? 1) - 1
      if (left > 0) perAddress.set(address, left)
      else perAddress.delete(address)
    })
    const identity: ConnectionIdentity = {
      sub: claims.sub,
      name: claims.name,
      role: claims.role,
      canWrite: access === Access.write && !demoted && scope.kind !== 'none',
      scope: scope.kind === 'roots' ? scope.roots : undefined,
      expiresAt: claims.exp * 1000,
    }
    return { identity, reservation }
  }

  app.get<{ Params: SyncParams }>(
    '/sync/:workshop/:board',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        if (!request.ws) {
          return reply
            .code(426)
            .send({ code: 'ATELIER_ERR_UPGRADE_REQUIRED', message: 'use a WebSocket' })
        }
        try {
          request.admission = await admit(request)
        } catch (error) {
          if (!(error instanceof AtelierRelayError)) throw error
          request.log.info({ code: error.code, reason: error.message }, 'sync connection refused')
          app.syncMetrics.rejected(error.code)
          return reply.code(error.statusCode).send({ code: error.code, message: error.message })
        }
      },
    },
    (socket: WebSocket, request) => {
      const admission = request.admission
      if (!admission) {
        socket.close(RelayError.UNAUTHORIZED.close, RelayError.UNAUTHORIZED.code)
        return
      }
      socket.binaryType = 'nodebuffer'
      const { room } = admission.reservation
      const connection = app.rooms.connect(socket, admission.identity, admission.reservation)
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) {
          connection.fail(RelayError.MALFORMED_MESSAGE, 'text frame')
          return
        }
        connection.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
      })
      socket.once('close', () => app.rooms.disconnect(connection, room))
    },
  )
}

export default syncRoute
