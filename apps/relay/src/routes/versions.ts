import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import * as Y from 'yjs'
import { z } from 'zod'
import { restoreBoard, snapshotBoard } from '@atelier/model'
import { requireRole } from '../auth/request.js'
import { parseBoardKey } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface VersionRoutesOptions {
  readonly secret: TokenKey
}

const BoardParams = z.object({ workshop: z.string(), board: z.string() })
const VersionParams = BoardParams.extend({ id: z.coerce.number().int().positive() })
const NameBody = z.object({ name: z.string().trim().min(1).max(120) })

/**
 * A board's history, for its facilitator (`Authorization: Bearer <facilitator token>`):
 * list versions, name one now, view one read-only (as the board's plain snapshot), and restore
 * one as a new change that every connected client receives.
 */
const versionRoutes: FastifyPluginAsync<VersionRoutesOptions> = async (app, { secret }) => {
  const base = '/api/workshops/:workshop/boards/:board/versions'

  async function facilitatorOn(params: unknown, request: Parameters<typeof requireRole>[0]) {
    const parsed = BoardParams.parse(params)
    const key = parseBoardKey(parsed.workshop, parsed.board)
    if (!key) throw new AtelierRelayError(RelayError.BAD_ROOM, 'board is not <workshop>/<board>')
    const claims = await requireRole(request, secret, key.workshop, [Role.facilitator])
    if (await app.docStore.isDeleted(key)) {
      throw new AtelierRelayError(RelayError.BOARD_DELETED, 'board was deleted')
    }
    return { key, claims }
  }

  app.get(base, async (request) => {
    const { key } = await facilitatorOn(request.params, request)
    return { versions: await app.docStore.listVersions(key) }
  })

  app.post(base, async (request, reply) => {
    const { key, claims } = await facilitatorOn(request.params, request)
    const body = NameBody.safeParse(request.body)
    if (!body.success) return badRequest(reply, 'give the version a name of 1 to 120 characters')
    const version = await app.rooms.using(key, async (room) => {
      await room.settled()
      return room.history.save(room.doc, 'named', claims.sub, body.data.name)
    })
    return reply.code(201).send({ version })
  })

  app.get(`${base}/:id`, async (request, reply) => {
    const { key } = await facilitatorOn(request.params, request)
    const { id } = VersionParams.parse(request.params)
    const saved = await app.docStore.loadVersion(key, id)
    if (!saved) return notFound(reply)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, saved)
    const board = snapshotBoard(doc)
    doc.destroy()
    return { id, board }
  })

  app.post(`${base}/:id/restore`, async (request, reply) => {
    const { key, claims } = await facilitatorOn(request.params, request)
    const { id } = VersionParams.parse(request.params)
    const saved = await app.docStore.loadVersion(key, id)
    if (!saved) return notFound(reply)
    const backup = await app.rooms.using(key, async (room) => {
      await room.settled()
      // The state being replaced becomes a version too: a restore can itself be undone.
      const before = await room.history.save(
        room.doc,
        'restore',
        claims.sub,
        `before restoring ${id}`,
      )
      await room.change(claims.sub, (doc) => restoreBoard(doc, saved, 'restore'))
      return before
    })
    request.log.info({ room: key, version: id, sub: claims.sub }, 'board restored from a version')
    return { restored: id, backup }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return badRequest(reply, 'malformed request')
    throw error
  })
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message })
}

function notFound(reply: FastifyReply) {
  return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such version' })
}

export default versionRoutes
