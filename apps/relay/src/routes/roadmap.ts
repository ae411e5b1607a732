import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { isBoardInitialised } from '@atelier/model'
import { prepareRoadmapBoard } from '@atelier/toolkit'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { readConsultation } from '../consultation/plan.js'
import type { Consultation, RoadmapBoard } from '../consultation/plan.js'
import { pullOnto, validatedPriorities } from '../consultation/roadmap.js'
import type { PulledAction } from '../consultation/roadmap.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface RoadmapRoutesOptions {
  readonly secret: TokenKey
}

const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })
/** The pull takes no options: an empty body or `{}`. */
const pullInputSchema = z.strictObject({}).optional()

/**
 * Prepares the consultation's roadmap board when it is not yet (a consultation stored before
 * it had one): one roadmap frame, titled in the consultation's language. Does nothing to a
 * board already prepared.
 */
export async function ensureRoadmapBoard(
  app: FastifyInstance,
  workshop: string,
  consultation: Consultation & { roadmap: RoadmapBoard },
  author: string,
): Promise<void> {
  await app.rooms.using({ workshop, board: consultation.roadmap.id }, async (room) => {
    await room.settled()
    if (isBoardInitialised(room.doc)) return
    await room.change(author, (doc) => {
      prepareRoadmapBoard(
        doc,
        { locale: consultation.locale, title: consultation.roadmap.title },
        'consultation',
      )
    })
  })
}

/**
 * `POST /api/workshops/<w>/roadmap/pull`, for the facilitator: copies the validated priority
 * actions of every session's plenary onto the workshop-wide roadmap board (see `pullOnto`),
 * each once, and answers `{ board, added, already }`. Every connected client of the roadmap
 * receives the copies as one update.
 */
const roadmapRoutes: FastifyPluginAsync<RoadmapRoutesOptions> = async (app, { secret }) => {
  app.post('/api/workshops/:workshop/roadmap/pull', async (request, reply) => {
    const { workshop } = WorkshopParams.parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    const input = pullInputSchema.safeParse(request.body ?? undefined)
    if (!input.success) return refuse(reply, 400, 'the pull takes no options: send {}')
    const record = await app.docStore.loadConsultation(workshop)
    if (record === undefined) return refuse(reply, 404, 'this workshop has no consultation yet')
    const consultation = readConsultation(record)
    const roadmap = consultation.roadmap
    if (claims.boards && !claims.boards.includes(roadmap.id)) {
      throw new AtelierRelayError(RelayError.FORBIDDEN, `this token may not write ${roadmap.id}`)
    }
    const sources: { board: string; notes: PulledAction[] }[] = []
    for (const session of consultation.sessions) {
      for (const board of session.boards.filter((entry) => entry.kind === 'plenary')) {
        const notes = await app.rooms.using({ workshop, board: board.id }, async (room) => {
          await room.settled()
          return validatedPriorities(room.doc)
        })
        sources.push({ board: board.id, notes })
      }
    }
    await ensureRoadmapBoard(app, workshop, consultation, claims.sub)
    const result = await app.rooms.using({ workshop, board: roadmap.id }, async (room) => {
      let pulled = { added: 0, already: 0 }
      await room.settled()
      await room.change(claims.sub, (doc) => {
        pulled = pullOnto(doc, sources, 'roadmap-pull')
      })
      return pulled
    })
    request.log.info({ workshop, ...result }, 'priority actions pulled onto the roadmap')
    return { board: roadmap.id, ...result }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return refuse(reply, 400, 'malformed request')
    throw error
  })
}

function refuse(reply: FastifyReply, status: 400 | 404, message: string) {
  const code = status === 404 ? 'ATELIER_ERR_NOT_FOUND' : 'ATELIER_ERR_BAD_REQUEST'
  return reply.code(status).send({ code, message })
}

export default roadmapRoutes
