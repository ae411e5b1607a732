import * as Y from 'yjs'
import { z } from 'zod'
import type { UpstreamTarget } from './target.js'

/** How long one call to the upstream may take before the venue gives up on it for now. */
const CALL_TIMEOUT_MS = 5000

/** The upstream answered, but refused (a status of 400 and above). */
export class UpstreamRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'UpstreamRefusal'
  }
}

const snapshotBody = z.object({ snapshot: z.base64() })
const consultationBody = z.object({ consultation: z.unknown() })

/** The upstream's HTTP API, as the venue's facilitator: board snapshots and the consultation. */
export class UpstreamClient {
  constructor(private readonly target: UpstreamTarget) {}

  /** What the upstream has stored of a board (its state vector and deletions). */
  async snapshot(board: string): Promise<Y.Snapshot> {
    const body = snapshotBody.parse(await this.call('GET', `/boards/${board}/snapshot`))
    return Y.decodeSnapshot(Buffer.from(body.snapshot, 'base64'))
  }

  /** The upstream's consultation record, or undefined when it has none. */
  async consultation(): Promise<unknown> {
    try {
      return consultationBody.parse(await this.call('GET', '/consultation')).consultation
    } catch (error) {
      if (error instanceof UpstreamRefusal && error.status === 404) return undefined
      throw error
    }
  }

  /** Creates the consultation upstream; one that exists already (409) is as good. */
  async createConsultation(input: unknown): Promise<void> {
    try {
      await this.call('POST', '/consultation', input)
    } catch (error) {
      if (error instanceof UpstreamRefusal && error.status === 409) return
      throw error
    }
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const { httpUrl, workshop, token } = this.target
    const response = await fetch(`${httpUrl}/api/workshops/${workshop}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    })
    const answer = (await response.json().catch(() => ({}))) as { message?: unknown }
    if (!response.ok) {
      const why = typeof answer.message === 'string' ? answer.message : response.statusText
      throw new UpstreamRefusal(response.status, `upstream answered ${response.status}: ${why}`)
    }
    return answer
  }
}
