import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { Locale } from '@atelier/model'
import type { ReportBoardInput } from '@atelier/report'
import { REPORT_TYPES, ReportFormat } from '@atelier/report/media'
import * as Y from 'yjs'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import { readConsultation } from '../consultation/plan.js'
import { AtelierRelayError } from '../errors.js'
import { participationOf } from '../participants/participation.js'

export interface ReportRoutesOptions {
  readonly secret: TokenKey
}

const ReportParams = z.object({
  workshop: z.string().regex(ID_PATTERN),
  // `json`: the report model itself, for the web app's printable report page.
  format: z.enum({ ...ReportFormat, json: 'json' }),
})
const ReportQuery = z.object({ lang: z.enum(Locale).optional() })

/**
 * The consultation report of a workshop (docs/protocol.md, "Reports"), for its facilitator and
 * its observers: `GET /api/workshops/<w>/report.md|.docx|.xlsx|.json[?lang=fr|en|ar]`. Each board is
 * read through its live room, so the report holds every note a client has sent, stored or not
 * yet. An observer's report names no note author: boards carry no personal data besides
 * display names, and those are left out.
 */
const reportRoutes: FastifyPluginAsync<ReportRoutesOptions> = async (app, { secret }) => {
  app.get('/api/workshops/:workshop/report.:format', async (request, reply) => {
    const params = ReportParams.safeParse(request.params)
    if (!params.success) {
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such report' })
    }
    const { workshop, format } = params.data
    const claims = await requireRole(request, secret, workshop, [Role.facilitator, Role.observer])
    const query = ReportQuery.safeParse(request.query)
    if (!query.success) {
      return reply
        .code(400)
        .send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'lang: one of fr, en, ar' })
    }
    const record = await app.docStore.loadConsultation(workshop)
    if (record === undefined) {
      return reply
        .code(404)
        .send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'this workshop has no consultation yet' })
    }
    const consultation = readConsultation(record)
    // Counts of the participant registry only: nobody's personal data enters the report.
    const participation = participationOf(
      consultation.sessions.map((session) => session.id),
      await app.docStore.listParticipants(workshop),
    )
    // A copy of a room's document as it is now: rendering never holds the room.
    const copyOf = (board: string) =>
      app.rooms.using({ workshop, board }, (room) => {
        const copy = new Y.Doc()
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc))
        return copy
      })
    const sessions = []
    for (const session of consultation.sessions) {
      const boards: ReportBoardInput[] = []
      for (const board of session.boards) {
        const doc = await copyOf(board.id)
        boards.push({
          id: board.id,
          kind: board.kind,
          title: board.title,
          ...(board.theme ? { theme: board.theme } : {}),
          doc,
        })
      }
      const figures = participation.get(session.id)
      sessions.push({ id: session.id, boards, ...(figures ? { participation: figures } : {}) })
    }
    // The report's writers (docx, exceljs: about 260 ms to load) come with the first report,
    // not with the relay's start.
    const { buildReport, renderReport } = await import('@atelier/report')
    const report = buildReport(
      {
        title: consultation.title,
        sessions,
        // The workshop-wide roadmap board: its actions make the report's roadmap.
        roadmap: { doc: await copyOf(consultation.roadmap.id) },
      },
      {
        language: query.data.lang ?? consultation.locale,
        authors: claims.role === Role.facilitator,
      },
    )
    if (format === 'json') {
      request.log.info({ workshop, format, role: claims.role }, 'report read')
      return reply.header('cache-control', 'no-store').send(report)
    }
    const body = Buffer.from(await renderReport(report, format))
    request.log.info({ workshop, format, role: claims.role }, 'report exported')
    return reply
      .header('content-type', REPORT_TYPES[format])
      .header('content-disposition', `attachment; filename="report-${workshop}.${format}"`)
      .header('cache-control', 'no-store')
      .send(body)
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    throw error
  })
}

export default reportRoutes
