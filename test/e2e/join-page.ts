/**
 * A consultation ready for invitations, made through the relay's API as a facilitator would:
 * the Governance session with a date and a place, Amina invited to sub-group 2, and a room code
 * for sub-group 3. Shared by the browser tests and the screenshots of the invitation pages.
 */
export const WORKSHOP = 'tanger'
export const PLACE = 'Palais des Institutions Italiennes, Tanger'

interface Relay {
  readonly httpUrl: string
}

export async function api(
  relay: Relay,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

export interface Invitations {
  readonly participantId: string
  readonly rsvpLink: string
  readonly joinLink: string
  readonly roomCode: string
}

/** Creates the consultation, Amina's invitation and sub-group 3's room code. */
export async function prepareInvitations(relay: Relay, facilitator: string): Promise<Invitations> {
  const base = `/api/workshops/${WORKSHOP}`
  await api(relay, 'POST', `${base}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance'],
  })
  await api(relay, 'PUT', `${base}/sessions/governance/details`, facilitator, {
    date: '2026-03-12T09:30',
    place: PLACE,
  })
  const added = await api(relay, 'POST', `${base}/participants`, facilitator, {
    name: 'Amina Alaoui',
    displayName: 'Amina',
    contact: 'amina@exemple.ma',
    session: 'governance',
    subgroup: '2',
  })
  const participantId = (added.participant as { id: string }).id
  const invitation = await api(
    relay,
    'POST',
    `${base}/participants/${participantId}/invitation`,
    facilitator,
    {},
  )
  const room = await api(relay, 'POST', `${base}/sessions/governance/room-code`, facilitator, {
    board: 'governance-g3',
  })
  if (!/^[0-9A-Z]{6}$/.test(String(room.code)))
    throw new Error(`bad room code ${String(room.code)}`)
  return {
    participantId,
    rsvpLink: invitation.rsvpLink as string,
    joinLink: invitation.link as string,
    roomCode: room.code as string,
  }
}

/** The participant's status as the facilitator's list says. */
export async function statusOf(relay: Relay, facilitator: string, id: string): Promise<string> {
  const list = await api(relay, 'GET', `/api/workshops/${WORKSHOP}/participants`, facilitator)
  const found = (list.participants as Array<{ id: string; status: string }>).find(
    (participant) => participant.id === id,
  )
  return found?.status ?? 'missing'
}
