import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { consultationSchema } from '../consultation/plan.js'
import {
  PromoteRefusal,
  notesToPromote,
  promoteInputSchema,
  promoteOnto,
} from '../consultation/promote.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface PromoteRoutesOptions {
  readonly secret: TokenKey
}

const SessionParams = z.object({
  workshop: z.string().regex(ID_PATTERN),
  session: z.string().regex(ID_PATTERN),
})

/**
 * `POST /api/workshops/<w>/sessions/<s>/promote` `{ board, notes }`, for the facilitator:
 * copies chosen notes of one of the session's sub-group boards onto its plenary board, each
 * keeping where it came from (see `promoteOnto`). Every connected client of the plenary
 * receives the copies as one update; promoting a note again copies nothing.
 */
const promoteRoutes: FastifyPluginAsync<PromoteRoutesOptions> = async (app, { secret }) => {
  app.post('/api/workshops/:workshop/sessions/:session/promote', async (request, reply) => {
    const { workshop, session: sessionId } = SessionParams.parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    const input = promoteInputSchema.safeParse(request.body)
    if (!input.success) return refuse(reply, 400, describe(input.error))
    const record = await app.docStore.loadConsultation(workshop)
    const consultation = record ? consultationSchema.parse(JSON.parse(record)) : undefined
    const session = consultation?.sessions.find((candidate) => candidate.id === sessionId)
    if (!session) return refuse(reply, 404, `the consultation has no session ${sessionId}`)
    const plenary = session.boards.find((board) => board.kind === 'plenary')
    const source = session.boards.find((board) => board.id === input.data.board)
    if (!plenary || source?.kind !== 'subgroup') {
      return refuse(reply, 400, `${input.data.board} is not a sub-group board of ${sessionId}`)
    }
    if (claims.boards && !claims.boards.includes(plenary.id)) {
      throw new AtelierRelayError(RelayError.FORBIDDEN, `this token may not write ${plenary.id}`)
    }
    try {
      const notes = await app.rooms.using({ workshop, board: source.id }, async (room) => {
        await room.settled()
        return notesToPromote(room.doc, input.data.notes)
      })
      const promoted = await app.rooms.using({ workshop, board: plenary.id }, async (room) => {
        let result: ReturnType<typeof promoteOnto> = []
        await room.settled()
        await room.change(claims.sub, (doc) => {
          result = promoteOnto(doc, source.id, notes, 'promote')
        })
        return result
      })
      request.log.info(
        { workshop, session: sessionId, board: source.id, count: promoted.length },
        'notes promoted',
      )
      return { plenary: plenary.id, promoted }
    } catch (error) {
      if (error instanceof PromoteRefusal) return refuse(reply, error.status, error.message)
      throw error
    }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return refuse(reply, 400, 'malformed request')
    throw error
  })
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'malformed request'
}

function refuse(reply: FastifyReply, status: 400 | 404, message: string) {
  const code = status === 404 ? 'ATELIER_ERR_NOT_FOUND' : 'ATELIER_ERR_BAD_REQUEST'
  return reply.code(status).send({ code, message })
}

export default promoteRoutes
