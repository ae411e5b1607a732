import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { Locale } from '@atelier/model'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type Claims, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { AtelierRelayError } from '../errors.js'
import { FailedAttempts } from '../joins/attempts.js'
import { canonicalCode } from '../joins/codes.js'
import { boardNameOf, JoinDesk, RsvpAnswer } from '../joins/desk.js'
import { sessionDetailsSchema } from '../joins/details.js'
import { invitationText } from '../joins/invitation.js'
import { qrPng, qrSvg } from '../joins/qr.js'
import { JoinRefusal, JoinRefusalKind } from '../joins/refusal.js'
import { FieldCipher, loadDataKey } from '../participants/cipher.js'
import { AuditAction, ParticipantRegistry } from '../participants/registry.js'
import { ParticipantRefusal } from '../participants/refusal.js'
import { sessionTemplate } from '../consultation/plan.js'
import type { StoredJoinCode } from '../storage/types.js'

export interface JoinRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'ATELIER_DATA_KEY' | 'DATA_DIR' | 'PUBLIC_URL'>
}

const DAY_MS = 24 * 60 * 60 * 1000
const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })
const ParticipantParams = WorkshopParams.extend({ id: z.string().regex(/^p-[0-9a-f]{16}$/) })
const SessionParams = WorkshopParams.extend({ session: z.string().regex(ID_PATTERN) })
const CodeParams = z.object({ code: z.string().max(64) })
const RevokeParams = WorkshopParams.extend({ code: z.string().max(64) })
const LangQuery = z.object({ lang: z.enum(Locale).default(Locale.fr) })

/** An explicit expiry: an ISO date (kept through that day, UTC) or date-time, in the future. */
const expirySchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((value) => Date.parse(value) + (/^\d{4}-\d{2}-\d{2}$/.test(value) ? DAY_MS : 0))
  .refine((at) => at > Date.now(), 'must be in the future')
  .optional()
const InvitationBody = z.strictObject({ expiresAt: expirySchema })
const RoomCodeBody = z.strictObject({
  board: z.string().regex(ID_PATTERN),
  expiresAt: expirySchema,
})
const JoinBody = z.strictObject({
  displayName: z
    .string()
    .trim()
    .min(1, 'display name: 1 to 60 characters')
    .max(60, 'display name: 1 to 60 characters')
    .refine((value) => ![...value].some((char) => char.charCodeAt(0) < 0x20), {
      message: 'display name: contains control characters',
    })
    .optional(),
})
const RsvpBody = z.strictObject({ answer: z.enum(RsvpAnswer) })

/** Refusals that count as a miss against the address (a code guessed wrong). */
const MISSES: ReadonlySet<string> = new Set([
  JoinRefusalKind.CODE_UNKNOWN.code,
  JoinRefusalKind.CODE_EXPIRED.code,
  JoinRefusalKind.CODE_REVOKED.code,
  JoinRefusalKind.NOT_AN_INVITATION.code,
])

/**
 * Invitations and joining (docs/protocol.md, "Invitations and joining"). The facilitator's
 * routes make a participant's personal code (link, QR code, invitation text), a sub-group's room
 * code and the session's date and place, and revoke codes. The public routes take a code and
 * nothing else: the RSVP page's view and answer, and `/api/join/<code>`, which gives a
 * participant token. Failed look-ups are limited per address (`joins/attempts.ts`).
 */
const joinRoutes: FastifyPluginAsync<JoinRoutesOptions> = async (app, { secret, config }) => {
  const cipher = new FieldCipher(loadDataKey(config.ATELIER_DATA_KEY, config.DATA_DIR))
  const registry = new ParticipantRegistry(app.docStore, cipher)
  const desk = new JoinDesk(app.docStore, registry, secret)
  const attempts = new FailedAttempts()
  const participantBase = '/api/workshops/:workshop/participants/:id/invitation'
  const sessionBase = '/api/workshops/:workshop/sessions/:session'

  const facilitators = new WeakMap<FastifyRequest, { workshop: string; claims: Claims }>()
  /** Route option: the workshop's facilitator only, checked before the body is read. */
  const forFacilitator = {
    onRequest: async (request: FastifyRequest) => {
      const { workshop } = WorkshopParams.parse(request.params)
      const claims = await requireRole(request, secret, workshop, [Role.facilitator])
      facilitators.set(request, { workshop, claims })
    },
  }

  function facilitatorOf(request: FastifyRequest) {
    const found = facilitators.get(request)
    if (!found) throw new Error('invitation route reached without its facilitator check')
    return found
  }

  function linksOf(request: FastifyRequest, joinCode: StoredJoinCode) {
    const origin = (config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '')
    return {
      code: joinCode.code,
      link: `${origin}/join/${joinCode.code}`,
      rsvpLink: `${origin}/rsvp/${joinCode.code}`,
      expiresAt: joinCode.expiresAt,
    }
  }

  /** The participant's live personal code for the invitation's files; 404 before it is made. */
  async function liveInvitation(request: FastifyRequest) {
    const { workshop, claims } = facilitatorOf(request)
    const { id } = ParticipantParams.parse(request.params)
    const participant = await desk.participant(workshop, id, JoinRefusalKind.NOT_FOUND)
    const joinCode = await app.docStore.personalJoinCode(workshop, id)
    if (!joinCode || joinCode.expiresAt <= Date.now()) {
      throw new JoinRefusal(
        JoinRefusalKind.NOT_FOUND,
        'no live invitation for this participant: POST .../invitation first',
      )
    }
    return { workshop, claims, participant, links: linksOf(request, joinCode) }
  }

  app.post(participantBase, forFacilitator, async (request) => {
    const { workshop } = facilitatorOf(request)
    const { id } = ParticipantParams.parse(request.params)
    const body = parseBody(InvitationBody, request.body ?? {})
    return linksOf(request, await desk.invite(workshop, id, body.expiresAt))
  })

  app.get(`${participantBase}.svg`, forFacilitator, async (request, reply) => {
    const { links } = await liveInvitation(request)
    return reply
      .header('content-type', 'image/svg+xml')
      .header('cache-control', 'no-store')
      .send(await qrSvg(links.link))
  })

  app.get(`${participantBase}.png`, forFacilitator, async (request, reply) => {
    const { links } = await liveInvitation(request)
    return reply
      .header('content-type', 'image/png')
      .header('cache-control', 'no-store')
      .send(await qrPng(links.link))
  })

  app.get(`${participantBase}.txt`, forFacilitator, async (request, reply) => {
    const { workshop, claims, participant, links } = await liveInvitation(request)
    const { lang } = LangQuery.parse(request.query)
    const consultation = await desk.consultation(workshop)
    const text = invitationText(
      {
        displayName: boardNameOf(participant),
        consultation: consultation.title,
        session: sessionTemplate(participant.session),
        details: await desk.details(workshop, participant.session),
        ...links,
      },
      lang,
    )
    // The text names the person (display name): reading it is reading personal data.
    await registry.audit(workshop, claims, AuditAction.viewed, 1)
    return reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(text)
  })

  app.get(`${sessionBase}/details`, forFacilitator, async (request) => {
    const { workshop } = facilitatorOf(request)
    const { session } = SessionParams.parse(request.params)
    return desk.details(workshop, session)
  })

  app.put(`${sessionBase}/details`, forFacilitator, async (request) => {
    const { workshop } = facilitatorOf(request)
    const { session } = SessionParams.parse(request.params)
    const body = parseBody(sessionDetailsSchema, request.body)
    const consultation = await desk.consultation(workshop)
    if (!consultation.sessions.some((each) => each.id === session)) {
      throw new JoinRefusal(JoinRefusalKind.NOT_FOUND, `no session ${session}`)
    }
    await app.docStore.saveSessionDetails(workshop, session, body)
    return body
  })

  app.post(`${sessionBase}/room-code`, forFacilitator, async (request) => {
    const { workshop } = facilitatorOf(request)
    const { session } = SessionParams.parse(request.params)
    const body = parseBody(RoomCodeBody, request.body)
    const joinCode = await desk.roomCode(workshop, session, body.board, body.expiresAt)
    const { code, link, expiresAt } = linksOf(request, joinCode)
    return { code, link, board: body.board, expiresAt }
  })

  app.get(`${sessionBase}/room-codes`, forFacilitator, async (request) => {
    const { workshop } = facilitatorOf(request)
    const { session } = SessionParams.parse(request.params)
    const consultation = await desk.consultation(workshop)
    const planned = consultation.sessions.find((each) => each.id === session)
    if (!planned) throw new JoinRefusal(JoinRefusalKind.NOT_FOUND, `no session ${session}`)
    const roomCodes = []
    for (const board of planned.boards.filter((each) => each.kind === 'subgroup')) {
      const joinCode = await app.docStore.roomJoinCode(workshop, board.id)
      if (!joinCode || joinCode.expiresAt <= Date.now()) continue
      const { code, link, expiresAt } = linksOf(request, joinCode)
      roomCodes.push({ code, link, board: board.id, expiresAt })
    }
    return { roomCodes }
  })

  app.delete('/api/workshops/:workshop/codes/:code', forFacilitator, async (request, reply) => {
    const { workshop } = facilitatorOf(request)
    const code = canonicalCode(RevokeParams.parse(request.params).code)
    if (!code || !(await desk.revoke(workshop, code))) {
      throw new JoinRefusal(JoinRefusalKind.NOT_FOUND, 'no such live code in this workshop')
    }
    return reply.code(204).send()
  })

  /** Runs a public code route, refusing an address that missed too often and counting misses. */
  async function withCode<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    use: (code: string) => Promise<T>,
  ): Promise<T> {
    void reply.header('cache-control', 'no-store')
    const wait = attempts.retryAfter(request.ip)
    if (wait > 0) {
      void reply.header('retry-after', Math.ceil(wait / 1000))
      throw new JoinRefusal(JoinRefusalKind.RATE_LIMITED, 'too many wrong codes: wait and retry')
    }
    try {
      const code = canonicalCode(CodeParams.parse(request.params).code)
      if (!code) throw new JoinRefusal(JoinRefusalKind.CODE_UNKNOWN, 'no such code')
      return await use(code)
    } catch (error) {
      if (error instanceof JoinRefusal && MISSES.has(error.code)) attempts.miss(request.ip)
      throw error
    }
  }

  app.get('/api/join/:code', (request, reply) =>
    withCode(request, reply, (code) => desk.preview(code)),
  )

  app.post('/api/join/:code', (request, reply) =>
    withCode(request, reply, async (code) => {
      const body = parseBody(JoinBody, request.body ?? {})
      const pass = await desk.join(code, body.displayName)
      request.log.info({ workshop: pass.workshop, board: pass.board }, 'joined with a code')
      return pass
    }),
  )

  app.get('/api/rsvp/:code', (request, reply) =>
    withCode(request, reply, (code) => desk.rsvp(code)),
  )

  app.post('/api/rsvp/:code', (request, reply) =>
    withCode(request, reply, async (code) => {
      const body = parseBody(RsvpBody, request.body)
      return desk.answer(code, body.answer)
    }),
  )

  app.setErrorHandler((error, _request, reply) => {
    if (
      error instanceof AtelierRelayError ||
      error instanceof JoinRefusal ||
      error instanceof ParticipantRefusal
    ) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) {
      return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'malformed request' })
    }
    throw error
  })
}

function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const reasons = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  )
  throw new JoinRefusal(JoinRefusalKind.BAD_REQUEST, reasons.join('; '))
}

export default joinRoutes
