import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify'
import app from './app.js'
import { loadSecret } from './auth/secret.js'
import { loadConfig, type Config } from './config.js'
import { loggerOptions } from './logging.js'

/** Creates the relay's Fastify instance, ready to listen; logs go to stdout unless a stream is given. */
export async function createRelay(
  config: Config,
  logStream?: NodeJS.WritableStream,
): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, logStream),
    trustProxy: false,
    return503OnClosing: true,
    forceCloseConnections: true,
    frameworkErrors: refuseMalformedRequest,
  })
  const secret = loadSecret(config.ATELIER_SECRET, config.DATA_DIR)
  await fastify.register(app, { config, secret })
  return fastify
}

/**
 * A URL the router cannot decode (invalid UTF-8 in a percent escape) never reaches the route's
 * hooks, so the WebSocket plugin would leave an upgrade socket open after the 400: close it.
 */
function refuseMalformedRequest(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (request.headers.upgrade) reply.raw.once('finish', () => request.raw.socket.destroy())
  request.log.info({ code: error.code }, 'malformed request refused')
  void reply.code(400).send({ code: 'ATELIER_ERR_BAD_REQUEST', message: 'malformed request' })
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig(process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(78)
  }
  const relay = await createRelay(config)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    relay.log.info({ signal }, 'stopping: storing every room and closing sockets')
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        relay.log.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  await relay.listen({ port: config.PORT, host: config.HOST })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `Atelier relay failed to start: ${(error as Error).stack ?? String(error)}\n`,
    )
    process.exit(1)
  })
}
