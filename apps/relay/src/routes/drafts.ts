import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Access, Role, accessTo, type TokenKey } from '../auth/tokens.js'
import { consultationSchema } from '../consultation/plan.js'
import { draftInputSchema, ownView, queueShowsPending, queueView } from '../drafts/schemas.js'
import { AtelierRelayError, RelayError } from '../errors.js'

export interface DraftRoutesOptions {
  readonly secret: TokenKey
}

const id = z.string().regex(ID_PATTERN)
const BoardParams = z.object({ workshop: id, board: id })
const OwnDraftParams = BoardParams.extend({ draft: id })
const SessionParams = z.object({ workshop: id, session: id })
const QueuedDraftParams = SessionParams.extend({ draft: id })

/**
 * Held notes (private writing and moderation; see docs/protocol.md, "Private writing"). A
 * participant writes a note to the relay instead of the board while the session's writing mode
 * is private or moderated, lists and withdraws their own; the facilitator reads the session's
 * queue and releases or holds each. The reveal itself is a session control action.
 */
const draftRoutes: FastifyPluginAsync<DraftRoutesOptions> = async (app, { secret }) => {
  const board = '/api/workshops/:workshop/boards/:board/drafts'
  const session = '/api/workshops/:workshop/sessions/:session/drafts'

  /** The claims of someone who may write notes on the board (not an observer, not demoted). */
  async function writerOf(params: unknown, request: Parameters<typeof requireRole>[0]) {
    const key = BoardParams.parse(params)
    const claims = await requireRole(request, secret, key.workshop, [
      Role.facilitator,
      Role.rapporteur,
      Role.participant,
    ])
    if (
      accessTo(claims, key) !== Access.write ||
      (await app.docStore.isDemoted(key.workshop, claims.sub))
    ) {
      throw new AtelierRelayError(RelayError.FORBIDDEN, 'this token may not write on this board')
    }
    return { key: { workshop: key.workshop, board: key.board }, claims }
  }

  /** The facilitator's session and its board ids, from the consultation. */
  async function sessionOf(params: unknown, request: Parameters<typeof requireRole>[0]) {
    const { workshop, session } = SessionParams.parse(params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    const record = await app.docStore.loadConsultation(workshop)
    const consultation =
      record === undefined ? undefined : consultationSchema.parse(JSON.parse(record))
    const found = consultation?.sessions.find((candidate) => candidate.id === session)
    return found ? { workshop, claims, boards: found.boards.map((entry) => entry.id) } : undefined
  }

  app.post(board, async (request, reply) => {
    const { key, claims } = await writerOf(request.params, request)
    const input = draftInputSchema.safeParse(request.body)
    if (!input.success) return badRequest(reply, describe(input.error))
    const result = await app.drafts.submit(key, claims, input.data)
    if (result.outcome === 'locked') {
      const locked = RelayError.BOARD_LOCKED
      return reply
        .code(locked.status)
        .send({ code: locked.code, message: 'the facilitator locked the board: nothing was kept' })
    }
    if (result.outcome === 'open') {
      return reply.code(409).send({
        code: 'ATELIER_ERR_WRITING_OPEN',
        message: 'the writing mode is open: write the note on the board',
      })
    }
    if (result.outcome === 'full') {
      return reply.code(409).send({
        code: 'ATELIER_ERR_TOO_MANY_DRAFTS',
        message: 'too many notes are waiting on this board: withdraw one or wait for the reveal',
      })
    }
    request.log.info({ ...key, draft: result.draft.id }, 'draft held')
    return reply.code(201).send({ draft: ownView(result.draft), mode: result.mode })
  })

  app.get(`${board}/mine`, async (request) => {
    const { key, claims } = await writerOf(request.params, request)
    const drafts = await app.docStore.listDrafts(key.workshop, [key.board], claims.sub)
    return { mode: await app.drafts.modeOf(key), drafts: drafts.map(ownView) }
  })

  app.delete(`${board}/:draft`, async (request, reply) => {
    const { key, claims } = await writerOf(request.params, request)
    const { draft } = OwnDraftParams.parse(request.params)
    if (!(await app.drafts.withdraw(key.workshop, draft, claims.sub))) {
      return notFound(reply, 'you have no waiting note with this id')
    }
    return { withdrawn: draft }
  })

  app.get(session, async (request, reply) => {
    const found = await sessionOf(request.params, request)
    if (!found) return notFound(reply, 'the consultation has no such session')
    const first = found.boards[0]
    const mode = first
      ? await app.drafts.modeOf({ workshop: found.workshop, board: first })
      : 'open'
    const drafts = await app.docStore.listDrafts(found.workshop, found.boards)
    const pending = drafts.filter((draft) => draft.status === 'pending').length
    // In private mode the notes are their authors' alone until the reveal: only a count shows.
    const shown = drafts.filter((draft) => draft.status === 'held' || queueShowsPending(mode))
    return { mode, pending, held: drafts.length - pending, drafts: shown.map(queueView) }
  })

  app.post(`${session}/release-all`, async (request, reply) => {
    const found = await sessionOf(request.params, request)
    if (!found) return notFound(reply, 'the consultation has no such session')
    const released = await app.drafts.publish(found.workshop, found.boards, found.claims.sub)
    request.log.info({ workshop: found.workshop, released: released.length }, 'drafts released')
    return { released }
  })

  app.post(`${session}/:draft/release`, async (request, reply) => {
    const found = await sessionOf(request.params, request)
    if (!found) return notFound(reply, 'the consultation has no such session')
    const { draft } = QueuedDraftParams.parse(request.params)
    const released = await app.drafts.publish(found.workshop, found.boards, found.claims.sub, [
      draft,
    ])
    if (released.length === 0)
      return notFound(reply, 'the session has no waiting note with this id')
    return { released }
  })

  app.post(`${session}/:draft/hold`, async (request, reply) => {
    const found = await sessionOf(request.params, request)
    if (!found) return notFound(reply, 'the consultation has no such session')
    const { draft } = QueuedDraftParams.parse(request.params)
    if (!(await app.drafts.hold(found.workshop, found.boards, draft))) {
      return notFound(reply, 'the session has no waiting note with this id')
    }
    return { held: draft }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return badRequest(reply, 'malformed request')
    // Fastify's own refusals of the body (malformed JSON, wrong content type) speak our code too.
    const status = (error as { statusCode?: unknown }).statusCode
    if (status === 400 || status === 415) return badRequest(reply, 'malformed request body')
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

function notFound(reply: FastifyReply, message: string) {
  return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message })
}

export default draftRoutes
