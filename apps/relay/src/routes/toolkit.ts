import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import { Locale } from '@atelier/model'
import type { ToolkitParticipant } from '@atelier/report'
import { REPORT_TYPES } from '@atelier/report/media'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { consultationSchema } from '../consultation/plan.js'
import { AtelierRelayError } from '../errors.js'
import { FieldCipher, loadDataKey } from '../participants/cipher.js'
import type { Participant } from '../participants/fields.js'
import { AuditAction, ParticipantRegistry } from '../participants/registry.js'

export interface ToolkitRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'ATELIER_DATA_KEY' | 'DATA_DIR'>
}

const ToolkitQuery = z.object({ lang: z.enum(Locale).optional() })
const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })

/** The four fields of a participant the toolkit prints; the sub-group by its board's title. */
function printable(
  participant: Participant,
  boardTitles: ReadonlyMap<string, string>,
): ToolkitParticipant {
  const { subgroup } = participant
  return {
    displayName: participant.displayName,
    stakeholder: participant.stakeholder,
    session: participant.session,
    subgroup: subgroup === null ? null : (boardTitles.get(subgroup) ?? subgroup),
  }
}

/** The toolkit's writers (docx: part of 260 ms to load), with the first request, not the start. */
const writers = () => import('@atelier/report')

function sendDocx(reply: FastifyReply, body: Uint8Array, filename: string) {
  return reply
    .header('content-type', REPORT_TYPES.docx)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Buffer.from(body))
}

/**
 * The methodology toolkit as a Word document (docs/protocol.md, "Reports"):
 * `GET /api/toolkit.docx[?lang=fr|en|ar]` for anyone (it holds no personal data), and
 * `GET /api/workshops/<w>/toolkit.docx[?lang=]` for the workshop's facilitator, with the
 * consultation's provisional participant list (display name, stakeholder type, session and
 * sub-group only), written into the participant registry's audit log as an export.
 */
const toolkitRoutes: FastifyPluginAsync<ToolkitRoutesOptions> = async (app, { secret, config }) => {
  const registry = new ParticipantRegistry(
    app.docStore,
    new FieldCipher(loadDataKey(config.ATELIER_DATA_KEY, config.DATA_DIR)),
  )

  // The public toolkit never changes while the relay runs: rendered once per language, so
  // that an unauthenticated route costs no CPU per request.
  const rendered = new Map<Locale, Promise<Uint8Array>>()
  function publicToolkit(language: Locale): Promise<Uint8Array> {
    let body = rendered.get(language)
    if (!body) {
      body = writers().then(({ renderToolkitDocx }) => renderToolkitDocx(language))
      rendered.set(language, body)
      body.catch(() => rendered.delete(language))
    }
    return body
  }

  app.get('/api/toolkit.docx', async (request, reply) => {
    const query = ToolkitQuery.safeParse(request.query)
    if (!query.success) return badLanguage(reply)
    const language = query.data.lang ?? Locale.fr
    const body = await publicToolkit(language)
    return sendDocx(reply, body, `atelier-toolkit-${language}.docx`)
  })

  // The toolkit as blocks for the web app's printable toolkit page (`/toolkit`): public.
  app.get('/api/toolkit.json', async (request, reply) => {
    const query = ToolkitQuery.safeParse(request.query)
    if (!query.success) return badLanguage(reply)
    const { toolkitOutline } = await writers()
    return reply.send(toolkitOutline(query.data.lang ?? Locale.fr))
  })

  // The same with the consultation's provisional participant list (`/w/<w>/toolkit`), for
  // its facilitator only: a reading of personal data, so audited as one.
  app.get('/api/workshops/:workshop/toolkit.json', async (request, reply) => {
    const params = WorkshopParams.safeParse(request.params)
    if (!params.success) {
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such workshop' })
    }
    const { workshop } = params.data
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    const query = ToolkitQuery.safeParse(request.query)
    if (!query.success) return badLanguage(reply)
    const { participants, consultation } = await participantsOf(workshop)
    const language = query.data.lang ?? consultation?.locale ?? Locale.fr
    const { toolkitOutline } = await writers()
    const outline = toolkitOutline(language, { participants })
    await registry.audit(workshop, claims, AuditAction.viewed, participants.length)
    return reply.header('cache-control', 'no-store').send(outline)
  })

  /** The provisional participant list of a workshop, as the toolkit prints it. */
  async function participantsOf(workshop: string) {
    const record = await app.docStore.loadConsultation(workshop)
    const consultation =
      record === undefined ? undefined : consultationSchema.parse(JSON.parse(record))
    const boardTitles = new Map(
      (consultation?.sessions ?? []).flatMap((session) =>
        session.boards.map((board) => [board.id, board.title] as const),
      ),
    )
    const listed = await registry.list(workshop)
    return {
      consultation,
      participants: listed.map((participant) => printable(participant, boardTitles)),
    }
  }

  app.get('/api/workshops/:workshop/toolkit.docx', async (request, reply) => {
    const params = WorkshopParams.safeParse(request.params)
    if (!params.success) {
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such workshop' })
    }
    const { workshop } = params.data
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    const query = ToolkitQuery.safeParse(request.query)
    if (!query.success) return badLanguage(reply)
    const { participants, consultation } = await participantsOf(workshop)
    const language = query.data.lang ?? consultation?.locale ?? Locale.fr
    const { renderToolkitDocx } = await writers()
    const body = await renderToolkitDocx(language, { participants })
    await registry.audit(workshop, claims, AuditAction.exported, participants.length)
    request.log.info({ workshop, participants: participants.length }, 'toolkit exported')
    return sendDocx(reply.header('cache-control', 'no-store'), body, `toolkit-${workshop}.docx`)
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    throw error
  })
}

function badLanguage(reply: FastifyReply) {
  return reply
    .code(400)
    .send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'lang: one of fr, en, ar' })
}

export default toolkitRoutes
