import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { requireRole } from '../auth/request.js'
import { ID_PATTERN } from '../auth/room.js'
import { Role, type Claims, type TokenKey } from '../auth/tokens.js'
import type { Config } from '../config.js'
import { AtelierRelayError } from '../errors.js'
import { FieldCipher, loadDataKey } from '../participants/cipher.js'
import { AuditAction } from '../participants/registry.js'
import { collectFile, type RelayParts } from './collect.js'
import { BadFile, FILE_TYPE, decodeFile, encodeFile, fileNameOf } from './format.js'
import { checkFile, checkSameConsultation, mergeFile } from './merge.js'
import { MIN_PASSPHRASE_LENGTH } from './sealed.js'

export interface ConsultationFileRoutesOptions {
  readonly secret: TokenKey
  readonly config: Pick<Config, 'ATELIER_DATA_KEY' | 'DATA_DIR' | 'MAX_ATELIER_FILE_BYTES'>
}

/** The header that carries the passphrase of an import, percent-encoded (UTF-8). */
export const PASSPHRASE_HEADER = 'x-atelier-passphrase'

const WorkshopParams = z.object({ workshop: z.string().regex(ID_PATTERN) })
const ExportBody = z.strictObject({
  includePersonalData: z.boolean().default(false),
  passphrase: z.string().optional(),
})

/**
 * A whole consultation as one file, for a USB stick when there is no network at all
 * (docs/protocol.md, "Consultation file"): `GET …/export` (no personal data), `POST …/export`
 * with `{ includePersonalData: true, passphrase }`, and `POST …/import`, which merges a file into
 * this relay. The workshop's facilitator only; the token is checked before the body is read.
 */
const consultationFileRoutes: FastifyPluginAsync<ConsultationFileRoutesOptions> = async (
  app,
  { secret, config },
) => {
  const base = '/api/workshops/:workshop'
  const relay: RelayParts = {
    store: app.docStore,
    rooms: app.rooms,
    cipher: new FieldCipher(loadDataKey(config.ATELIER_DATA_KEY, config.DATA_DIR)),
  }
  const facilitators = new WeakMap<FastifyRequest, { workshop: string; claims: Claims }>()

  app.addHook('onRequest', async (request, reply) => {
    const params = WorkshopParams.safeParse(request.params)
    if (!params.success) throw new BadFile('no such workshop')
    const claims = await requireRole(request, secret, params.data.workshop, [Role.facilitator])
    facilitators.set(request, { workshop: params.data.workshop, claims })
    void reply.header('cache-control', 'no-store')
  })
  app.addContentTypeParser(
    ['application/octet-stream', 'application/gzip', FILE_TYPE],
    { parseAs: 'buffer', bodyLimit: config.MAX_ATELIER_FILE_BYTES },
    (_request, body, done) => done(null, body),
  )

  function facilitatorOf(request: FastifyRequest) {
    const found = facilitators.get(request)
    if (!found) throw new Error('consultation file route reached without its facilitator check')
    return found
  }

  async function sendExport(
    request: FastifyRequest,
    reply: FastifyReply,
    passphrase: string | null,
  ) {
    const { workshop, claims } = facilitatorOf(request)
    if ((await app.docStore.loadConsultation(workshop)) === undefined) {
      return reply
        .code(404)
        .send({ code: 'ATELIER_ERR_NOT_FOUND', message: 'this workshop has no consultation yet' })
    }
    const { file, participants } = await collectFile(relay, workshop, passphrase)
    if (passphrase !== null) {
      await app.docStore.recordParticipantAudit(workshop, {
        at: Date.now(),
        actor: claims.sub,
        actorName: claims.name,
        action: AuditAction.exported,
        count: participants,
      })
    }
    request.log.info(
      { workshop, boards: file.boards.length, personal: passphrase !== null },
      'consultation file exported',
    )
    return reply
      .header('content-type', FILE_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="${fileNameOf(workshop, file.exportedAt)}"`,
      )
      .send(encodeFile(file))
  }

  app.get(`${base}/export`, async (request, reply) => sendExport(request, reply, null))

  app.post(`${base}/export`, async (request, reply) => {
    const body = ExportBody.safeParse(request.body ?? {})
    if (!body.success) throw new BadFile('give { includePersonalData, passphrase }')
    if (!body.data.includePersonalData) return sendExport(request, reply, null)
    const passphrase = body.data.passphrase ?? ''
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new BadFile(
        `personal data is exported only with a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`,
      )
    }
    return sendExport(request, reply, passphrase)
  })

  app.post(
    `${base}/import`,
    { bodyLimit: config.MAX_ATELIER_FILE_BYTES },
    async (request, reply) => {
      const { workshop, claims } = facilitatorOf(request)
      if (!Buffer.isBuffer(request.body)) {
        throw new BadFile('send the file itself as application/octet-stream')
      }
      const checked = await checkFile(decodeFile(request.body), workshop, passphraseOf(request))
      await checkSameConsultation(app.docStore, workshop, checked.file)
      const imported = await mergeFile(relay, workshop, checked, claims)
      request.log.info({ workshop, ...imported }, 'consultation file imported')
      return reply.send({ imported })
    },
  )

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof BadFile) {
      return reply.code(400).send({ code: 'ATELIER_ERR_BAD_FILE', message: error.message })
    }
    if (error instanceof AtelierRelayError) {
      return reply.code(error.statusCode).send({ code: error.code, message: error.message })
    }
    const status = (error as { statusCode?: number }).statusCode
    if (status === 413) {
      return reply
        .code(413)
        .send({ code: 'ATELIER_ERR_TOO_LARGE', message: 'the file is too large' })
    }
    if (status === 415 || status === 400) {
      return reply
        .code(status)
        .send({ code: 'ATELIER_ERR_BAD_FILE', message: (error as Error).message })
    }
    throw error
  })
}

function passphraseOf(request: FastifyRequest): string | null {
  const header = request.headers[PASSPHRASE_HEADER]
  if (typeof header !== 'string' || header === '') return null
  try {
    return decodeURIComponent(header)
  } catch {
    throw new BadFile(`${PASSPHRASE_HEADER}: percent-encode the passphrase`)
  }
}

export default consultationFileRoutes
