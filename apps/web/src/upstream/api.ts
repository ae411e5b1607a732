/** Where a board stands with the organisation's Atelier (`GET /api/workshops/<w>/upstream`). */
export type BoardUpstream = {
  board: string
  state: 'offline' | 'syncing' | 'in-sync' | 'refused'
  pendingChanges: number
  lastContact: number | null
  error: string | null
}

/** The venue relay's upstream sync, or `enabled: false` when it runs without one. */
export type UpstreamStatus =
  | { enabled: false }
  | {
      enabled: true
      server: string
      workshop: string
      consultation: 'unknown' | 'none' | 'venue-only' | 'both'
      error: string | null
      boards: BoardUpstream[]
    }

/** Reads the upstream sync's state with the facilitator's token; throws on a refusal. */
export async function fetchUpstream(workshop: string, token: string): Promise<UpstreamStatus> {
  const response = await fetch(`/api/workshops/${workshop}/upstream`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw new Error(`upstream status: ${response.status}`)
  return (await response.json()) as UpstreamStatus
}
