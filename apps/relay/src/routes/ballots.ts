import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { idSchema } from '@atelier/model'
import { requireRole } from '../auth/request.js'
import { parseBoardKey } from '../auth/room.js'
import { Access, Role, accessTo, type TokenKey } from '../auth/tokens.js'
import { AtelierRelayError, RelayError } from '../errors.js'
import { groupOf } from '../voting/ballot-box.js'
import { VotingRefusal } from '../voting/refusal.js'

export interface BallotRoutesOptions {
  readonly secret: TokenKey
}

const BoardParams = z.object({ workshop: z.string(), board: z.string() })
const NoteParams = BoardParams.extend({ noteId: idSchema })
const CastBody = z.strictObject({ noteId: idSchema })
const VOTERS = [Role.facilitator, Role.rapporteur, Role.participant] as const
const EVERYONE = [...VOTERS, Role.observer] as const

/**
 * Secret dot voting on a board (see `voting/ballot-box.ts`): a voter reads their own votes and
 * what is left of the budget, casts and takes back votes while the round is open; anyone of the
 * workshop reads the ranked results once it is closed. Nobody reads another voter's votes.
 */
const ballotRoutes: FastifyPluginAsync<BallotRoutesOptions> = async (app, { secret }) => {
  const base = '/api/workshops/:workshop/boards/:board'

  function boardOf(params: unknown) {
    const parsed = BoardParams.parse(params)
    const key = parseBoardKey(parsed.workshop, parsed.board)
    if (!key) throw new AtelierRelayError(RelayError.BAD_ROOM, 'board is not <workshop>/<board>')
    return key
  }

  /** The voter behind the request: someone who may write this board and was not demoted. */
  async function voterOn(request: Parameters<typeof requireRole>[0]) {
    const key = boardOf(request.params)
    const claims = await requireRole(request, secret, key.workshop, VOTERS)
    if (accessTo(claims, key) !== Access.write) {
      throw new AtelierRelayError(RelayError.FORBIDDEN, 'this token may not vote on this board')
    }
    if (await app.docStore.isDemoted(key.workshop, claims.sub)) {
      throw new AtelierRelayError(RelayError.FORBIDDEN, 'a facilitator took writing away')
    }
    if (await app.docStore.isDeleted(key)) {
      throw new AtelierRelayError(RelayError.BOARD_DELETED, 'board was deleted')
    }
    return {
      key,
      voter: { sub: claims.sub, group: groupOf(claims.boards, key.board), role: claims.role },
    }
  }

  app.get(`${base}/ballot`, async (request) => {
    const { key, voter } = await voterOn(request)
    return { ballot: await app.ballotBoxes.state(key, voter.sub) }
  })

  app.post(`${base}/ballot`, async (request, reply) => {
    const { key, voter } = await voterOn(request)
    const body = CastBody.safeParse(request.body)
    if (!body.success) return badRequest(reply, 'give the id of the note to vote for')
    const ballot = await app.ballotBoxes.cast(key, voter, body.data.noteId)
    return reply.code(201).send({ ballot })
  })

  app.delete(`${base}/ballot/:noteId`, async (request) => {
    const { key, voter } = await voterOn(request)
    const { noteId } = NoteParams.parse(request.params)
    return { ballot: await app.ballotBoxes.retract(key, voter, noteId) }
  })

  app.get(`${base}/results`, async (request) => {
    const key = boardOf(request.params)
    await requireRole(request, secret, key.workshop, EVERYONE)
    return { results: await app.ballotBoxes.results(key) }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof VotingRefusal || error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) return badRequest(reply, 'malformed request')
    throw error
  })
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message })
}

export default ballotRoutes
