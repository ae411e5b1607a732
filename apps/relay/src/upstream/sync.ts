import { consultationSchema, readConsultation, type Consultation } from '../consultation/plan.js'
import type { Rooms } from '../sync/rooms.js'
import type { SyncLog } from '../sync/types.js'
import type { DocStore } from '../storage/types.js'
import { BoardBridge, type BoardUpstreamStatus, type BridgeTiming } from './bridge.js'
import { UpstreamClient, UpstreamRefusal } from './client.js'
import type { UpstreamTarget } from './target.js'

/** Where the consultation record stands between the venue and the upstream. */
export const ConsultationSync = {
  /** Not known yet (the upstream has not answered since the start). */
  unknown: 'unknown',
  /** Neither side has one yet. */
  none: 'none',
  /** Only the venue has it: it goes up once every board is there. */
  venueOnly: 'venue-only',
  /** Both sides have it. */
  both: 'both',
} as const
export type ConsultationSync = (typeof ConsultationSync)[keyof typeof ConsultationSync]

export interface UpstreamStatus {
  /** The upstream's address, without the token. */
  readonly server: string
  readonly workshop: string
  readonly consultation: ConsultationSync
  /** Why the last call to the upstream failed, null when it succeeded. */
  readonly error: string | null
  readonly boards: readonly BoardUpstreamStatus[]
}

export interface UpstreamSyncOptions {
  readonly rooms: Rooms
  readonly store: DocStore
  readonly target: UpstreamTarget
  readonly log: SyncLog
  /** How often the consultation's board list is read again, for boards created later. */
  readonly scanMs?: number
  readonly timing?: Partial<BridgeTiming>
}

const DEFAULT_TIMING: BridgeTiming = {
  confirmAfterMs: 250,
  retryMs: 1000,
  heartbeatMs: 10_000,
  maxBackoffMs: 2500,
}

/**
 * Venue mode's replication with the organisation's Atelier, for one workshop: a `BoardBridge`
 * per board of the consultation (found again every `scanMs`, so boards created later join), and
 * the consultation record itself, pulled down when only the upstream has it and pushed up, once
 * every board's content is there, when only the venue has it (so the upstream prepares no board
 * a second time).
 */
export class UpstreamSync {
  private readonly bridges = new Map<string, BoardBridge>()
  private readonly client: UpstreamClient
  private readonly timing: BridgeTiming
  private readonly scanMs: number
  private consultation: ConsultationSync = ConsultationSync.unknown
  private error: string | null = null
  private timer: NodeJS.Timeout | undefined
  private scanning: Promise<void> = Promise.resolve()
  private stopped = false

  constructor(private readonly options: UpstreamSyncOptions) {
    this.client = new UpstreamClient(options.target)
    this.timing = { ...DEFAULT_TIMING, ...options.timing }
    this.scanMs = options.scanMs ?? 2000
  }

  get workshop(): string {
    return this.options.target.workshop
  }

  start(): void {
    const { target, log } = this.options
    log.info({ server: target.httpUrl, workshop: target.workshop }, 'upstream sync starting')
    if (target.expiresAt < Date.now()) log.error({}, 'UPSTREAM_TOKEN has expired')
    this.scanning = this.scan()
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.scanning
    for (const bridge of this.bridges.values()) bridge.stop()
    this.bridges.clear()
  }

  status(): UpstreamStatus {
    return {
      server: this.options.target.httpUrl,
      workshop: this.workshop,
      consultation: this.consultation,
      error: this.error,
      boards: [...this.bridges.values()].map((bridge) => bridge.status()),
    }
  }

  private async scan(): Promise<void> {
    if (this.stopped) return
    try {
      const local = await this.reconcileConsultation()
      if (local) await this.bridgeBoards(local)
    } catch (error) {
      this.options.log.warn({ err: error }, 'upstream sync scan failed')
    }
    if (!this.stopped) this.scheduleScan(this.scanMs)
  }

  /** Scans after `delayMs`, never two at once. */
  private scheduleScan(delayMs: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.scanning = this.scanning.then(() => this.scan())
    }, delayMs)
  }

  /** A board was just confirmed upstream: the consultation may be ready to go up now. */
  private readonly boardConfirmed = (): void => {
    if (!this.stopped && this.consultation === ConsultationSync.venueOnly) this.scheduleScan(0)
  }

  /** Pulls or pushes the consultation record as needed; resolves with the venue's. */
  private async reconcileConsultation(): Promise<Consultation | undefined> {
    const { store } = this.options
    const record = await store.loadConsultation(this.workshop)
    let local: Consultation | undefined =
      record === undefined ? undefined : readConsultation(record)
    if (this.consultation === ConsultationSync.both && local) return local
    let remote: unknown
    try {
      remote = await this.client.consultation()
      this.error = null
    } catch (error) {
      this.error = describe(error)
      return local
    }
    if (!local && remote !== undefined) {
      local = await this.pull(remote)
    } else if (local && remote === undefined && this.everyBoardConfirmed(local)) {
      await this.push(local)
      remote = local
    }
    this.consultation = !local
      ? ConsultationSync.none
      : remote === undefined
        ? ConsultationSync.venueOnly
        : ConsultationSync.both
    return local
  }

  /** Stores the upstream's consultation at the venue; its boards' content comes with their sync. */
  private async pull(remote: unknown): Promise<Consultation | undefined> {
    const parsed = consultationSchema.safeParse(remote)
    if (!parsed.success || parsed.data.workshop !== this.workshop) {
      this.error = 'the upstream consultation is not one this relay can read'
      return undefined
    }
    await this.options.store.createConsultation(this.workshop, JSON.stringify(parsed.data))
    this.options.log.info({ workshop: this.workshop }, 'consultation pulled from the upstream')
    return parsed.data
  }

  /**
   * Creates the consultation upstream from the same choices. Every board already holds the
   * venue's content there, so the upstream finds each board prepared and prepares none again.
   */
  private async push(local: Consultation): Promise<void> {
    await this.client.createConsultation({
      title: local.title,
      sessions: local.sessions.map((session) => session.id),
      groups: local.groups,
      locale: local.locale,
    })
    this.options.log.info({ workshop: this.workshop }, 'consultation pushed to the upstream')
  }

  private everyBoardConfirmed(local: Consultation): boolean {
    return boardsOf(local).every((board) => this.bridges.get(board)?.isConfirmed === true)
  }

  private async bridgeBoards(local: Consultation): Promise<void> {
    for (const board of boardsOf(local)) {
      if (this.stopped) return
      if (this.bridges.has(board)) continue
      const key = { workshop: this.workshop, board }
      if (await this.options.store.isDeleted(key)) continue
      const bridge = new BoardBridge(key, {
        rooms: this.options.rooms,
        target: this.options.target,
        client: this.client,
        log: this.options.log,
        timing: this.timing,
        onConfirmed: this.boardConfirmed,
      })
      this.bridges.set(board, bridge)
      try {
        await bridge.start()
      } catch (error) {
        // Tried again at the next scan.
        bridge.stop()
        this.bridges.delete(board)
        this.options.log.warn({ err: error, room: key }, 'upstream sync could not open a board')
      }
    }
  }
}

/** Every board of the consultation: its sessions' boards and the workshop-wide roadmap. */
function boardsOf(consultation: Consultation): string[] {
  const boards = consultation.sessions.flatMap((session) => session.boards.map((b) => b.id))
  return consultation.roadmap ? [...boards, consultation.roadmap.id] : boards
}

function describe(error: unknown): string {
  if (error instanceof UpstreamRefusal) return error.message
  return 'the upstream cannot be reached'
}
