import type { FastifyServerOptions } from 'fastify'

/** A URL without its query string: tokens travel in `?token=` and must never reach a log. */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  const query = url.indexOf('?')
  return query === -1 ? url : `${url.slice(0, query)}?[redacted]`
}

/** Fastify's pino logger, with the request serialiser that drops query strings. */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.query.token'],
    serializers: {
      req: (request: {
        method?: string
        url?: string
        ip?: string
        headers?: Record<string, unknown>
      }) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
        userAgent: request.headers?.['user-agent'],
      }),
    },
  }
}
