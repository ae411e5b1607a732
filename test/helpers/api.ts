import type { RunningRelay } from './relay.js'

/** Calls the relay's HTTP API with a Bearer token: a GET without `body`, a JSON POST with one. */
export async function callApi(relay: RunningRelay, path: string, token: string, body?: unknown) {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
