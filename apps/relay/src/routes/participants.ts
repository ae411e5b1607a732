import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type Claims, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { AtelierRelayError } from '../errors.js'
import { balanceOf } from '../participants/balance.js'
import { FieldCipher, loadDataKey } from '../participants/cipher.js'
import { participantPatchSchema } from '../participants/fields.js'
import { PendingImports, checkCandidate, checkTable, reasonsOf } from '../participants/import.js'
import { ExportFormat, exportList } from '../participants/listing.js'
import { AuditAction, ParticipantRegistry, notFound } from '../participants/registry.js'
import { ParticipantRefusal, ParticipantRefusalKind } from '../participants/refusal.js'
import { retentionSchema, scheduleRetention } from '../participants/retention.js'
import { parseCsv, type Table } from '../participants/table.js'
import { XLSX_TYPE, parseXlsx } from '../participants/xlsx.js'

export interface ParticipantRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'ATELIER_DATA_KEY' | 'DATA_DIR'>
}

const MAX_FILE_BYTES = 2 * 1024 * 1024
const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })
const ParticipantParams = WorkshopParams.extend({ id: z.string().regex(/^p-[0-9a-f]{16}$/) })
const ImportParams = WorkshopParams.extend({ importId: z.uuid() })
const ExportQuery = z.object({ format: z.enum(ExportFormat).default(ExportFormat.csv) })

/**
 * The participant registry of a consultation (docs/protocol.md, "Participants (personal
 * data)"), for the workshop's facilitator only: every other role and every other workshop's
 * token get 403 before the body is even read. Personal fields are sealed before they reach the
 * store; reading, exporting, importing and deleting them goes into the audit log.
 */
const participantRoutes: FastifyPluginAsync<ParticipantRoutesOptions> = async (
  app,
  { secret, config },
) => {
  const base = '/api/workshops/:workshop/participants'
  const cipher = new FieldCipher(loadDataKey(config.ATELIER_DATA_KEY, config.DATA_DIR))
  const registry = new ParticipantRegistry(app.docStore, cipher)
  const pending = new PendingImports()
  const retention = scheduleRetention(registry, app.log)
  const facilitators = new WeakMap<FastifyRequest, { workshop: string; claims: Claims }>()

  app.addHook('onReady', () => retention.start())
  app.addHook('onClose', async () => retention.stop())
  app.addHook('onRequest', async (request, reply) => {
    const { workshop } = WorkshopParams.parse(request.params)
    const claims = await requireRole(request, secret, workshop, [Role.facilitator])
    facilitators.set(request, { workshop, claims })
    void reply.header('cache-control', 'no-store')
  })
  app.addContentTypeParser(
    ['text/csv', 'application/csv', XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_request, body, done) => done(null, body),
  )

  function facilitatorOf(request: FastifyRequest) {
    const found = facilitators.get(request)
    if (!found) throw new Error('participant route reached without its facilitator check')
    return found
  }

  app.get(base, async (request) => {
    const { workshop, claims } = facilitatorOf(request)
    const participants = await registry.list(workshop)
    await registry.audit(workshop, claims, AuditAction.viewed, participants.length)
    return { participants }
  })

  app.post(base, async (request, reply) => {
    const { workshop, claims } = facilitatorOf(request)
    const placement = await registry.placement(workshop)
    const checked = checkCandidate(request.body, placement)
    if ('reasons' in checked) throw badRequest(checked.reasons.join('; '))
    const [participant] = await registry.add(workshop, [checked.input])
    await registry.audit(workshop, claims, AuditAction.created, 1)
    return reply.code(201).send({ participant })
  })

  app.patch(`${base}/:id`, async (request) => {
    const { workshop, claims } = facilitatorOf(request)
    const { id } = ParticipantParams.parse(request.params)
    const patch = participantPatchSchema.safeParse(request.body)
    if (!patch.success) throw badRequest(reasonsOf(patch.error).join('; '))
    const current = (await registry.list(workshop)).find((participant) => participant.id === id)
    if (!current) throw notFound(id)
    if (patch.data.session !== undefined || patch.data.subgroup !== undefined) {
      const placement = await registry.placement(workshop)
      const placed = placement.place(
        patch.data.session ?? current.session,
        patch.data.subgroup === undefined ? current.subgroup : patch.data.subgroup,
      )
      if ('error' in placed) throw badRequest(placed.error)
      Object.assign(patch.data, placed)
    }
    const participant = await registry.edit(workshop, id, patch.data)
    if (!participant) throw notFound(id)
    await registry.audit(workshop, claims, AuditAction.edited, 1)
    return { participant }
  })

  app.delete(`${base}/:id`, async (request, reply) => {
    const { workshop, claims } = facilitatorOf(request)
    const { id } = ParticipantParams.parse(request.params)
    if (!(await registry.remove(workshop, id))) throw notFound(id)
    await registry.audit(workshop, claims, AuditAction.deleted, 1)
    return reply.code(204).send()
  })

  app.delete(base, async (request) => {
    const { workshop, claims } = facilitatorOf(request)
    pending.drop(workshop)
    const deleted = await registry.erase(workshop)
    await registry.audit(workshop, claims, AuditAction.deletedAll, deleted)
    request.log.info(
      { workshop, sub: claims.sub, deleted },
      'personal data of the consultation deleted',
    )
    return { deleted }
  })

  app.post(`${base}/import`, async (request, reply) => {
    const { workshop } = facilitatorOf(request)
    const table = await tableOf(request)
    const placement = await registry.placement(workshop)
    const checked = checkTable(table, placement, await registry.list(workshop))
    const held = pending.hold(workshop, checked.good)
    return reply.code(200).send({
      importId: held.id,
      expiresAt: held.expiresAt,
      rows: table.rows.length,
      valid: checked.good.length,
      errors: checked.errors,
      unknownColumns: checked.unknownColumns,
      preview: checked.good.map(({ line, input }) => ({ line, ...input })),
    })
  })

  app.post(`${base}/import/:importId/confirm`, async (request) => {
    const { workshop, claims } = facilitatorOf(request)
    const { importId } = ImportParams.parse(request.params)
    const held = pending.take(workshop, importId)
    if (!held) {
      throw new ParticipantRefusal(
        ParticipantRefusalKind.IMPORT_EXPIRED,
        'no such import waiting: it was confirmed already, or expired after 30 minutes',
      )
    }
    const participants = await registry.add(
      workshop,
      held.rows.map((row) => row.input),
    )
    await registry.audit(workshop, claims, AuditAction.imported, participants.length)
    return { imported: participants.length, participants }
  })

  app.get(`${base}/export`, async (request, reply) => {
    const { workshop, claims } = facilitatorOf(request)
    const { format } = ExportQuery.parse(request.query)
    const participants = await registry.list(workshop)
    const file = await exportList(participants, format)
    await registry.audit(workshop, claims, AuditAction.exported, participants.length)
    return reply
      .header('content-type', file.type)
      .header('content-disposition', `attachment; filename="participants-${workshop}.${format}"`)
      .send(file.body)
  })

  app.get(`${base}/balance`, async (request) => {
    const { workshop } = facilitatorOf(request)
    const placement = await registry.placement(workshop)
    return { sessions: balanceOf(placement.sessions, await registry.list(workshop)) }
  })

  app.get(`${base}/audit`, async (request) => {
    const { workshop } = facilitatorOf(request)
    return { entries: await registry.auditLog(workshop) }
  })

  app.get(`${base}/retention`, async (request) => {
    const { workshop } = facilitatorOf(request)
    return { until: await app.docStore.loadRetention(workshop) }
  })

  app.put(`${base}/retention`, async (request) => {
    const { workshop, claims } = facilitatorOf(request)
    const body = retentionSchema.safeParse(request.body)
    if (!body.success) throw badRequest(reasonsOf(body.error).join('; '))
    await app.docStore.setRetention(workshop, body.data.until)
    await registry.audit(workshop, claims, AuditAction.retentionSet, 0)
    return { until: body.data.until }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AtelierRelayError || error instanceof ParticipantRefusal) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    if (error instanceof z.ZodError) {
      return reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'malformed request' })
    }
    throw error
  })
}

/** The uploaded guest list as a table: XLSX by its content type or signature, CSV otherwise. */
async function tableOf(request: FastifyRequest): Promise<Table> {
  const body = request.body
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
    throw new ParticipantRefusal(
      ParticipantRefusalKind.UNSUPPORTED_FILE,
      'send the guest list as the body, with content type text/csv or the XLSX type',
    )
  }
  const isZip = bytes.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))
  if (isZip || request.headers['content-type']?.startsWith(XLSX_TYPE)) {
    try {
      return await parseXlsx(bytes)
    } catch {
      throw badRequest('the file is not a readable XLSX workbook')
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw badRequest('the CSV is not UTF-8: save it as "CSV UTF-8" and send it again')
  }
  return parseCsv(text)
}

function badRequest(message: string): ParticipantRefusal {
  return new ParticipantRefusal(ParticipantRefusalKind.BAD_REQUEST, message)
}

export default participantRoutes
