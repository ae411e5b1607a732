import type { AddressInfo } from 'node:net'
import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { Locale } from '@atelier/model'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { consultationSchema } from '../consultation/plan.js'
import { ApiRefusal, AtelierRelayError } from '../errors.js'
import { PdfPrinter, PrintRefusal, PrintRefusalKind } from '../report-pdf/printer.js'

export interface ReportPdfRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'CHROMIUM_PATH'>
  /** How long one print may take; 90 s unless a test says otherwise. */
  readonly timeoutMs?: number
}

const Params = z.object({ workshop: z.string().regex(ID_PATTERN) })
const Query = z.object({ lang: z.enum(Locale).optional() })

/** The report page shows this once every board picture is drawn, and an alert when it failed. */
const READY = '.report-page[data-ready="true"]'
const FAILED = '[data-report-failed]'

/** Where the relay itself answers: its listening address, a loopback one when it listens on all. */
export function ownOrigin(app: FastifyInstance): string | undefined {
  const address = app.server.address() as AddressInfo | string | null
  if (!address || typeof address === 'string') return undefined
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
}

/**
 * The consultation report as a PDF (docs/protocol.md, "Reports"): `GET
 * /api/workshops/<w>/report.pdf[?lang=fr|en|ar]`, for the workshop's facilitator and observers.
 * Headless Chromium opens the web app's printable report page on the relay's own address with
 * the requester's own token, so an observer's PDF holds exactly what their page shows (no
 * author names), waits until the board pictures are drawn, and prints it on A4.
 */
const reportPdfRoutes: FastifyPluginAsync<ReportPdfRoutesOptions> = async (app, options) => {
  const printer = new PdfPrinter({
    chromiumPath: options.config.CHROMIUM_PATH,
    timeoutMs: options.timeoutMs ?? 90_000,
    maxWaiting: 8,
  })
  app.addHook('onClose', () => printer.close())

  /** Whether the relay serves the web app's pages (the web plugin serves none when unbuilt). */
  async function servesWebApp(workshop: string): Promise<boolean> {
    const page = await app.inject({ method: 'GET', url: `/w/${workshop}/report` })
    return page.statusCode === 200 && String(page.headers['content-type']).startsWith('text/html')
  }

  app.get('/api/workshops/:workshop/report.pdf', async (request, reply) => {
    const params = Params.safeParse(request.params)
    if (!params.success) {
      return reply.code(404).send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'no such report' })
    }
    const { workshop } = params.data
    const claims = await requireRole(request, options.secret, workshop, [
      Role.facilitator,
      Role.observer,
    ])
    const query = Query.safeParse(request.query)
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
    const origin = ownOrigin(app)
    if (origin === undefined) {
      throw new PrintRefusal(PrintRefusalKind.NO_WEB_APP, 'the relay is not listening on a port')
    }
    if (!(await servesWebApp(workshop))) {
      throw new PrintRefusal(
        PrintRefusalKind.NO_WEB_APP,
        'the relay serves no web app to print the report from: build it (npm run build:web) or set WEB_DIR',
      )
    }
    const language = query.data.lang ?? consultationSchema.parse(JSON.parse(record)).locale
    // The requester's own token, in the fragment: it never reaches a log, and the page can
    // read nothing the requester could not.
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
    const started = Date.now()
    const pdf = await printer.print({
      url: `${origin}/w/${workshop}/report#token=${encodeURIComponent(token)}`,
      language,
      ready: READY,
      failed: FAILED,
    })
    request.log.info(
      { workshop, format: 'pdf', role: claims.role, ms: Date.now() - started, bytes: pdf.length },
      'report exported',
    )
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="report-${workshop}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf)
  })

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AtelierRelayError || error instanceof ApiRefusal) {
      if (error instanceof PrintRefusal) request.log.warn({ code: error.code }, error.message)
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    throw error
  })
}

export default reportPdfRoutes
