import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { VotingState, isBoardInitialised, readControl, setControl } from '@atelier/model'
import type { ControlPatch } from '@atelier/model'
import { prepareBoard } from '@atelier/toolkit'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { ControlRefusal, controlActionSchema, patchFor } from '../consultation/control.js'
import { publishesDrafts } from '../drafts/control.js'
import {
  consultationInputSchema,
  planConsultation,
  readConsultation,
  sessionTemplate,
  setupOf,
  type Consultation,
} from '../consultation/plan.js'
import { AtelierRelayError } from '../errors.js'
import type { BoardKey } from '../storage/types.js'
import { ensureRoadmapBoard } from './roadmap.js'
import { VotingRefusal } from '../voting/refusal.js'

export interface ConsultationRoutesOptions {
  readonly secret: TokenKey
}

const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })
const SessionParams = WorkshopParams.extend({ session: z.string().regex(ID_PATTERN) })

/**
 * A consultation and its sessions, for the facilitator: create it from the toolkit's session
 * templates (every board prepared from its template's layout), read it, move a session on
 * (phase, countdown, lock, voting: the same change on every board of the session, stamped
 * with the relay's clock), and count who is on each board. `GET /api/time` gives clients the
 * relay's clock, so that every screen shows the same countdown.
 */
const consultationRoutes: FastifyPluginAsync<ConsultationRoutesOptions> = async (
  app,
  { secret },
) => {
  const base = '/api/workshops/:workshop'

  async function facilitatorOf(request: Parameters<typeof requireRole>[0]) {
    const { workshop } = WorkshopParams.parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    return { workshop, claims }
  }

  async function consultationOf(workshop: string): Promise<Consultation | undefined> {
    const record = await app.docStore.loadConsultation(workshop)
    return record === undefined ? undefined : readConsultation(record)
  }

  app.get('/api/time', async () => ({ now: Date.now() }))

  app.post(`${base}/consultation`, async (request, reply) => {
    const { workshop, claims } = await facilitatorOf(request)
    const input = consultationInputSchema.safeParse(request.body)
    if (!input.success) return badRequest(reply, describe(input.error))
    if (await app.docStore.loadConsultation(workshop)) return conflict(reply)
    const consultation = planConsultation(workshop, input.data, Date.now())
    // Boards first, each prepared at most once: a retry after a failure finishes the job.
    for (const session of consultation.sessions) {
      const template = sessionTemplate(session.id)
      for (const board of session.boards) {
        await app.rooms.using({ workshop, board: board.id }, async (room) => {
          if (isBoardInitialised(room.doc)) return
          await room.change(claims.sub, (doc) => {
            prepareBoard(doc, template, setupOf(board, consultation.locale), 'consultation')
            setControl(doc, { session: session.id }, 'consultation')
          })
        })
      }
    }
    await ensureRoadmapBoard(app, workshop, consultation, claims.sub)
    const created = await app.docStore.createConsultation(workshop, JSON.stringify(consultation))
    if (!created) return conflict(reply)
    request.log.info({ workshop, sub: claims.sub }, 'consultation created')
    return reply.code(201).send({ consultation })
  })

  app.get(`${base}/consultation`, async (request, reply) => {
    const { workshop, claims } = await facilitatorOf(request)
    const record = await app.docStore.loadConsultation(workshop)
    if (record === undefined) return notFound(reply, 'this workshop has no consultation yet')
    const consultation = readConsultation(record)
    // A consultation stored before it had a roadmap board gets one, prepared now.
    await ensureRoadmapBoard(app, workshop, consultation, claims.sub)
    return { consultation }
  })

  app.post(`${base}/sessions/:session/control`, async (request, reply) => {
    const { workshop, claims } = await facilitatorOf(request)
    const { session: sessionId } = SessionParams.parse(request.params)
    const action = controlActionSchema.safeParse(request.body)
    if (!action.success) return badRequest(reply, describe(action.error))
    const session = (await consultationOf(workshop))?.sessions.find((s) => s.id === sessionId)
    if (!session) return notFound(reply, `the consultation has no session ${sessionId}`)
    const keys = session.boards.map((board) => ({ workshop, board: board.id }))
    const template = sessionTemplate(session.id)
    // The first board speaks for the session: every board receives the same patch.
    const current = await app.rooms.using(keys[0]!, async (room) => readControl(room.doc))
    let patch
    try {
      patch = patchFor(action.data, current, template, Date.now())
    } catch (error) {
      if (!(error instanceof ControlRefusal)) throw error
      return reply
        .code(error.status)
        .send({ code: 'ATELIER_ERR_BAD_REQUEST', message: error.message })
    }
    const boardIds = keys.map((key) => key.board)
    if (action.data.action === 'reveal') {
      // Every held note of the session, one transaction per board; the controls stay as they are.
      const revealed = await app.drafts.publish(workshop, boardIds, claims.sub)
      request.log.info(
        { workshop, session: sessionId, revealed: revealed.length },
        'notes revealed',
      )
      return { control: current, revealed: revealed.length }
    }
    for (const key of keys) {
      if (action.data.action === 'voting' && (await votedThroughBallotBox(key, patch, claims.sub)))
        continue
      await app.rooms.using(key, async (room) => {
        await room.settled()
        if (action.data.action === 'phase' && isBoardInitialised(room.doc)) {
          await room.history.save(room.doc, 'phase', claims.sub, `before ${action.data.phaseId}`)
        }
        await room.change(claims.sub, (doc) => setControl(doc, patch, 'control'))
      })
    }
    if (publishesDrafts(action.data, current))
      await app.drafts.publish(workshop, boardIds, claims.sub)
    request.log.info({ workshop, session: sessionId, action: action.data.action }, 'session moved')
    return { control: await app.rooms.using(keys[0]!, async (room) => readControl(room.doc)) }
  })

  /**
   * Opens or closes a board's voting round through its ballot box, which writes the closed
   * round's votes with the closed state in one transaction. False when the board has no open
   * round to close: the plain control change then applies.
   */
  async function votedThroughBallotBox(key: BoardKey, patch: ControlPatch, author: string) {
    if (patch.voting === VotingState.open && patch.ballot) {
      await app.ballotBoxes.open(key, patch.ballot, author)
      return true
    }
    if (patch.voting !== VotingState.closed) return false
    try {
      await app.ballotBoxes.close(key, author)
      return true
    } catch (error) {
      if (error instanceof VotingRefusal) return false
      throw error
    }
  }

  app.get(`${base}/presence`, async (request) => {
    const { workshop } = await facilitatorOf(request)
    const consultation = await consultationOf(workshop)
    const boards: Record<string, Record<Role, number>> = {}
    const everyBoard = [
      ...(consultation?.sessions.flatMap((session) => session.boards) ?? []),
      ...(consultation?.roadmap ? [consultation.roadmap] : []),
    ]
    for (const board of everyBoard) {
      const counts = { facilitator: 0, rapporteur: 0, participant: 0, observer: 0 }
      for (const connection of app.rooms.get({ workshop, board: board.id })?.connections ?? []) {
        counts[connection.role as Role]++
      }
      boards[board.id] = counts
    }
    return { boards }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return badRequest(reply, 'malformed request')
    throw error
  })
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'malformed request'
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message })
}

function conflict(reply: FastifyReply) {
  return reply
    .code(409)
    .send({ code: 'ATELIER_ERR_CONFLICT', message: 'this workshop already has a consultation' })
}

function notFound(reply: FastifyReply, message: string) {
  return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message })
}

export default consultationRoutes
