import { useCallback, useEffect, useId, useState } from 'react'
import type { Bundles } from '../i18n/bundles.js'
import { useBundle } from '../i18n/bundles.js'
import { ConsoleError, ConsoleFailure, failureOf, parseConsultation } from './api.js'
import type { ConsultationBoard, ConsultationSession } from './api.js'
import { failureText } from './failure.js'
import { useFacilitatorText } from './strings.js'
import './room-codes.css'

/** A live room code of a sub-group board (docs/protocol.md, "Invitations and joining"). */
export type RoomCode = { code: string; link: string; board: string; expiresAt: number }

export const ROOM_CODES_NS = 'room-codes'

const fr = {
  heading: 'Codes de salle',
  intro:
    'Un code par sous-groupe, à afficher au projecteur : une personne venue sans invitation l’entre sur la page « rejoindre » avec un simple nom affiché.',
  make: 'Créer un code de salle',
  makeLabel: 'Créer un code de salle pour {{board}}',
  none: 'Pas de code',
  join: 'Rejoindre : {{address}}',
  code: 'Code',
  revoke: 'Révoquer',
  revokeLabel: 'Révoquer le code de {{board}}',
  revoked: 'Code {{code}} révoqué.',
  loading: 'Chargement des codes…',
  'projector.label': 'Rejoindre ce groupe',
  'projector.code': 'code',
} as const
type Key = keyof typeof fr
export type RoomCodesText = (key: Key, options?: Record<string, unknown>) => string

export const roomCodeStrings: Bundles = {
  fr,
  en: {
    heading: 'Room codes',
    intro:
      'One code per sub-group, to show on the projector: someone who came without an invitation types it on the “join” page with just a display name.',
    make: 'Make a room code',
    makeLabel: 'Make a room code for {{board}}',
    none: 'No code',
    join: 'Join: {{address}}',
    code: 'Code',
    revoke: 'Revoke',
    revokeLabel: 'Revoke the code of {{board}}',
    revoked: 'Code {{code}} revoked.',
    loading: 'Loading the codes…',
    'projector.label': 'Join this group',
    'projector.code': 'code',
  } satisfies Record<Key, string>,
  ar: {
    heading: 'رموز القاعة',
    intro:
      'رمز لكل مجموعة فرعية يُعرض على جهاز العرض: من جاء دون دعوة يكتبه في صفحة «الانضمام» مع اسم معروض فقط.',
    make: 'إنشاء رمز قاعة',
    makeLabel: 'إنشاء رمز قاعة لـ{{board}}',
    none: 'لا رمز',
    join: 'انضمّ عبر: {{address}}',
    code: 'الرمز',
    revoke: 'إلغاء',
    revokeLabel: 'إلغاء رمز {{board}}',
    revoked: 'أُلغي الرمز {{code}}.',
    loading: 'جارٍ تحميل الرموز…',
    'projector.label': 'الانضمام إلى هذه المجموعة',
    'projector.code': 'الرمز',
  } satisfies Record<Key, string>,
}

export function useRoomCodesText(): { t: RoomCodesText } {
  return useBundle<RoomCodesText>(ROOM_CODES_NS, roomCodeStrings)
}

/** The address walk-ins type the code on: the join page of the relay that made the code. */
export function joinAddress(link: string): string {
  return `${new URL(link, window.location.href).origin}/join`
}

/** The room code routes of one session, for the workshop's facilitator. */
export class RoomCodesApi {
  constructor(
    private readonly workshop: string,
    private readonly token: string,
    private readonly session: string,
  ) {}

  private async call(path: string, method: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    let response: Response
    try {
      response = await fetch(`/api/workshops/${encodeURIComponent(this.workshop)}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      })
    } catch {
      throw new ConsoleError(ConsoleFailure.network, 0)
    }
    const answer: unknown = response.status === 204 ? {} : await response.json().catch(() => ({}))
    if (!response.ok) {
      const refusal = answer as { code?: unknown; message?: unknown }
      const code = typeof refusal.code === 'string' ? refusal.code : undefined
      const message = typeof refusal.message === 'string' ? refusal.message : undefined
      throw new ConsoleError(failureOf(response.status, code), response.status, code, message)
    }
    return answer
  }

  /** The session of a sub-group board, from the consultation; undefined for any other board. */
  async sessionOf(board: string): Promise<string | undefined> {
    const answer = (await this.call('/consultation', 'GET')) as { consultation?: unknown }
    const consultation = parseConsultation(answer.consultation)
    return consultation?.sessions.find((session) =>
      session.boards.some((each) => each.id === board && each.kind === 'subgroup'),
    )?.id
  }

  /** The session's live room codes. */
  async list(): Promise<RoomCode[]> {
    const path = `/sessions/${encodeURIComponent(this.session)}/room-codes`
    const answer = (await this.call(path, 'GET')) as { roomCodes?: unknown }
    return Array.isArray(answer.roomCodes) ? (answer.roomCodes as RoomCode[]) : []
  }

  /** The board's live room code, made when there is none. */
  async make(board: string): Promise<RoomCode> {
    const path = `/sessions/${encodeURIComponent(this.session)}/room-code`
    return (await this.call(path, 'POST', { board })) as RoomCode
  }

  async revoke(code: string): Promise<void> {
    await this.call(`/codes/${encodeURIComponent(code)}`, 'DELETE')
  }
}

/**
 * A session's room codes in the console: per sub-group board its live code with the address to
 * join at, a button to make one, and revoking it.
 */
export function RoomCodes({
  workshop,
  token,
  session,
}: {
  workshop: string
  token: string
  session: ConsultationSession
}) {
  const { t } = useRoomCodesText()
  const consoleText = useFacilitatorText()
  const heading = useId()
  const [api] = useState(() => new RoomCodesApi(workshop, token, session.id))
  const [codes, setCodes] = useState<RoomCode[]>()
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string>()
  const [failure, setFailure] = useState<unknown>()

  const reload = useCallback(() => api.list().then(setCodes, setFailure), [api])
  useEffect(() => {
    void reload()
  }, [reload])

  const act = (work: () => Promise<string | undefined>) => {
    setBusy(true)
    setFailure(undefined)
    setNotice(undefined)
    work()
      .then(setNotice, setFailure)
      .finally(() => {
        setBusy(false)
        void reload()
      })
  }
  const subgroups = session.boards.filter((board) => board.kind === 'subgroup')
  if (subgroups.length === 0) return null
  return (
    <section className="console-card console-room-codes" aria-labelledby={heading}>
      <h3 id={heading}>{t('heading')}</h3>
      <p className="console-muted">{t('intro')}</p>
      {codes === undefined && failure === undefined && (
        <p className="console-muted">{t('loading')}</p>
      )}
      {codes !== undefined && (
        <ul className="console-room-code-list">
          {subgroups.map((board) => (
            <RoomCodeRow
              key={board.id}
              board={board}
              live={codes.find((each) => each.board === board.id)}
              busy={busy}
              make={() =>
                act(async () => {
                  await api.make(board.id)
                  return undefined
                })
              }
              revoke={(code) =>
                act(async () => {
                  await api.revoke(code)
                  return t('revoked', { code })
                })
              }
            />
          ))}
        </ul>
      )}
      {notice && <p role="status">{notice}</p>}
      {failure !== undefined && (
        <p className="console-error" role="alert">
          {failureText(failure, consoleText.t)}
        </p>
      )}
    </section>
  )
}

function RoomCodeRow({
  board,
  live,
  busy,
  make,
  revoke,
}: {
  board: ConsultationBoard
  live: RoomCode | undefined
  busy: boolean
  make: () => void
  revoke: (code: string) => void
}) {
  const { t } = useRoomCodesText()
  return (
    <li data-board={board.id} data-code={live?.code ?? ''}>
      <span className="console-room-board" dir="auto">
        {board.title}
      </span>
      {live ? (
        <>
          <span className="console-room-code">
            <span className="visually-hidden">{t('code')} </span>
            <strong dir="ltr">{live.code}</strong>
          </span>
          <span className="console-room-join" dir="auto">
            {t('join', { address: joinAddress(live.link) })}
          </span>
          <button
            type="button"
            className="console-button"
            disabled={busy}
            aria-label={t('revokeLabel', { board: board.title })}
            onClick={() => revoke(live.code)}
          >
            {t('revoke')}
          </button>
        </>
      ) : (
        <>
          <span className="console-muted">{t('none')}</span>
          <button
            type="button"
            className="console-button"
            disabled={busy}
            aria-label={t('makeLabel', { board: board.title })}
            onClick={make}
          >
            {t('make')}
          </button>
        </>
      )}
    </li>
  )
}

/** How often the projector looks for a room code made or revoked in the console. */
const PROJECTOR_POLL_MS = 15_000

/**
 * The projector's corner card for walk-ins: where to join and the board's live room code. It
 * asks the relay with the facilitator's token (the console's projector links carry it), shows
 * nothing while the board has no live code, and follows codes made or revoked in the console.
 */
export function ProjectorRoomCode({
  workshop,
  board,
  token,
}: {
  workshop: string
  board: string
  token: string
}) {
  const { t } = useRoomCodesText()
  const [live, setLive] = useState<RoomCode>()
  useEffect(() => {
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const probe = new RoomCodesApi(workshop, token, '')
    const look = async () => {
      try {
        const session = await probe.sessionOf(board)
        if (session === undefined) return
        const codes = await new RoomCodesApi(workshop, token, session).list()
        if (current) setLive(codes.find((each) => each.board === board))
      } catch {
        // Offline or refused: keep what is shown and look again later.
      }
      if (current) timer = setTimeout(() => void look(), PROJECTOR_POLL_MS)
    }
    void look()
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [workshop, board, token])
  if (!live) return null
  return (
    <aside className="projector-room-code" aria-label={t('projector.label')} data-code={live.code}>
      <span className="projector-room-join" dir="auto">
        {t('join', { address: joinAddress(live.link) })}
      </span>
      <span className="projector-room-code-value">
        {t('projector.code')} <strong dir="ltr">{live.code}</strong>
      </span>
    </aside>
  )
}
