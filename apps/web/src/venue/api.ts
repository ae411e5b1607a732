/** Where participants open the relay (`GET /api/workshops/<w>/venue`, docs/protocol.md "Venue mode"). */
export type VenueAddress = {
  host: string
  port: number
  loopbackOnly: boolean
  lanAddresses: { interface: string; address: string }[]
  url: string | null
  otherUrls: string[]
  qrSvg: string | null
}

/** What an import changed (`POST …/import`). */
export type ImportSummary = {
  consultation: 'created' | 'kept'
  boards: number
  deletedBoards: string[]
  outsideConsultation: string[]
  versionsAdded: number
  participantsAdded: number
  participantsUpdated: number
}

/** A refused or failed call: `refused` with the relay's message when the file was at fault. */
export class VenueCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(`venue API: ${status}${code ? ` ${code}` : ''}`)
    this.name = 'VenueCallError'
  }

  get refusedFile(): boolean {
    return this.code === 'ATELIER_ERR_BAD_FILE'
  }

  get passphraseProblem(): boolean {
    return this.refusedFile && /passphrase/.test(this.detail ?? '')
  }
}

/** The passphrase header of an import, percent-encoded so that any character travels. */
export const PASSPHRASE_HEADER = 'x-atelier-passphrase'
/** The relay refuses personal data sealed with a shorter passphrase. */
export const MIN_PASSPHRASE_LENGTH = 12

async function refusal(response: Response): Promise<VenueCallError> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string }
  return new VenueCallError(response.status, body.code, body.message)
}

/** The venue calls of one workshop, with the facilitator's token. */
export class VenueApi {
  constructor(
    private readonly workshop: string,
    private readonly token: string,
  ) {}

  private get base(): string {
    return `/api/workshops/${this.workshop}`
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...extra }
  }

  async address(): Promise<VenueAddress> {
    const response = await fetch(`${this.base}/venue`, { headers: this.headers() })
    if (!response.ok) throw await refusal(response)
    return (await response.json()) as VenueAddress
  }

  /** The consultation file, with personal data sealed by `passphrase` when one is given. */
  async exportFile(passphrase: string | null): Promise<{ blob: Blob; name: string }> {
    const response = await fetch(`${this.base}/export`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(
        passphrase === null
          ? { includePersonalData: false }
          : { includePersonalData: true, passphrase },
      ),
    })
    if (!response.ok) throw await refusal(response)
    const disposition = response.headers.get('content-disposition') ?? ''
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${this.workshop}.atelier`
    return { blob: await response.blob(), name }
  }

  async importFile(file: Blob, passphrase: string): Promise<ImportSummary> {
    const response = await fetch(`${this.base}/import`, {
      method: 'POST',
      headers: this.headers({
        'content-type': 'application/octet-stream',
        ...(passphrase ? { [PASSPHRASE_HEADER]: encodeURIComponent(passphrase) } : {}),
      }),
      body: file,
    })
    if (!response.ok) throw await refusal(response)
    return ((await response.json()) as { imported: ImportSummary }).imported
  }
}
