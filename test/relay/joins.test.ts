import Database from 'better-sqlite3'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { addNote, listNotes } from '@atelier/model'
import { verifyToken } from '@atelier/relay'
import { getSessionTemplate } from '@atelier/toolkit'
import { callApi } from '../helpers/api.js'
import { syncedClient } from '../helpers/clients.js'
import { TEST_SECRET, startRelay, tokenFor, waitFor, type RunningRelay } from '../helpers/relay.js'

const API = '/api/workshops/tanger'
const PARTICIPANTS = `${API}/participants`
const SECRET = new TextEncoder().encode(TEST_SECRET)
const governance = getSessionTemplate('governance')!

type Body = Record<string, unknown>

/** Any method, with a Bearer token when given; the body as JSON, the answer as JSON or bytes. */
async function send(
  relay: RunningRelay,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const type = response.headers.get('content-type') ?? ''
  const bytes = Buffer.from(await response.arrayBuffer())
  const json = type.includes('json') ? (JSON.parse(bytes.toString('utf8')) as Body) : {}
  return { status: response.status, type, body: json, bytes, text: bytes.toString('utf8') }
}

/** A Governance consultation with a date and a place, and Amina on its sub-group 2. */
async function invitedAmina(relay: RunningRelay) {
  const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
  const created = await callApi(relay, `${API}/consultation`, facilitator, {
    title: 'Tanger 2026',
    sessions: ['governance'],
  })
  expect(created.status).toBe(201)
  const details = await send(relay, 'PUT', `${API}/sessions/governance/details`, facilitator, {
    date: '2026-03-12T09:30',
    place: 'Palais des Institutions Italiennes, Tanger',
  })
  expect(details.status).toBe(200)
  const added = await callApi(relay, PARTICIPANTS, facilitator, {
    name: 'Amina Alaoui Benjelloun',
    displayName: 'Amina',
    organisation: 'Association Tanja',
    contact: 'amina.alaoui@exemple.ma',
    session: 'governance',
    subgroup: '2',
  })
  expect(added.status).toBe(201)
  const id = (added.body.participant as { id: string }).id
  const invitation = await send(relay, 'POST', `${PARTICIPANTS}/${id}/invitation`, facilitator, {})
  expect(invitation.status).toBe(200)
  const code = invitation.body.code as string
  return { facilitator, id, code, invitation: invitation.body }
}

async function statusOf(relay: RunningRelay, facilitator: string, id: string) {
  const list = await callApi(relay, PARTICIPANTS, facilitator)
  const participants = list.body.participants as Array<{ id: string; status: string }>
  return participants.find((participant) => participant.id === id)?.status
}

/** The PNG's size and its pixel rows, inflated from its IDAT chunks: a real decode. */
function decodePng(bytes: Buffer): { width: number; height: number; rows: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let offset = 8
  let header: { width: number; height: number; depth: number; colour: number } | undefined
  const data: Buffer[] = []
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const chunk = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      header = {
        width: chunk.readUInt32BE(0),
        height: chunk.readUInt32BE(4),
        depth: chunk[8]!,
        colour: chunk[9]!,
      }
    }
    if (type === 'IDAT') data.push(chunk)
    offset += 12 + length
  }
  if (!header) throw new Error('no IHDR chunk')
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header.colour] ?? 0
  const rowBytes = 1 + Math.ceil((header.width * channels * header.depth) / 8)
  const pixels = inflateSync(Buffer.concat(data))
  expect(pixels.length).toBe(rowBytes * header.height)
  return { width: header.width, height: header.height, rows: pixels.length / rowBytes }
}

/** Whether the text is one SVG element whose tags all open and close in order. */
function isWellFormedSvg(text: string): boolean {
  if (!/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(text.trim())) return false
  const open: string[] = []
  for (const [tag, closing, name, selfClosing] of text.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue
    if (!closing) open.push(name!)
    else if (open.pop() !== name) return false
    void tag
  }
  return open.length === 0
}

function rewriteCode(relay: RunningRelay, code: string, sql: string) {
  const raw = new Database(join(relay.dataDir, 'atelier.db'))
  try {
    raw.prepare(sql).run({ code })
  } finally {
    raw.close()
  }
}

describe('invitations and joining', () => {
  it('keeps every invitation endpoint for the workshop facilitator', async () => {
    const relay = await startRelay()
    const { id, code } = await invitedAmina(relay)
    const joined = await send(relay, 'POST', `/api/join/${code}`, undefined, {})
    const endpoints: Array<[string, string, unknown?]> = [
      ['POST', `${PARTICIPANTS}/${id}/invitation`, {}],
      ['GET', `${PARTICIPANTS}/${id}/invitation.svg`],
      ['GET', `${PARTICIPANTS}/${id}/invitation.png`],
      ['GET', `${PARTICIPANTS}/${id}/invitation.txt?lang=en`],
      ['GET', `${API}/sessions/governance/details`],
      ['PUT', `${API}/sessions/governance/details`, { date: '2026-04-01', place: 'Ailleurs' }],
      ['POST', `${API}/sessions/governance/room-code`, { board: 'governance-g1' }],
      ['DELETE', `${API}/codes/${code}`],
    ]
    const others = [
      await tokenFor({ sub: 'r', role: 'rapporteur' }),
      await tokenFor({ sub: 'p', role: 'participant' }),
      await tokenFor({ sub: 'o', role: 'observer' }),
      await tokenFor({ sub: 'fac', role: 'facilitator', workshop: 'rabat' }),
      joined.body.token as string,
    ]
    for (const [method, path, body] of endpoints) {
      for (const token of others) {
        const response = await send(relay, method, path, token, body)
        expect(response.status, `${method} ${path}`).toBe(403)
        expect(response.body.code).toBe('ATELIER_ERR_FORBIDDEN')
      }
      expect((await send(relay, method, path, undefined, body)).status).toBe(401)
    }
    // Nothing was changed: the code still opens, the details are still the facilitator's.
    expect((await send(relay, 'GET', `/api/rsvp/${code}`)).body.place).toBe(
      'Palais des Institutions Italiennes, Tanger',
    )
  })

  it('gives a participant one personal code, its links, and its QR code in SVG and PNG', async () => {
    const relay = await startRelay()
    const { facilitator, id, code, invitation } = await invitedAmina(relay)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(invitation.link).toBe(`${relay.httpUrl}/join/${code}`)
    expect(invitation.rsvpLink).toBe(`${relay.httpUrl}/rsvp/${code}`)
    const again = await send(relay, 'POST', `${PARTICIPANTS}/${id}/invitation`, facilitator, {})
    expect(again.body.code).toBe(code)

    const svg = await send(relay, 'GET', `${PARTICIPANTS}/${id}/invitation.svg`, facilitator)
    expect(svg.status).toBe(200)
    expect(svg.type).toBe('image/svg+xml')
    expect(isWellFormedSvg(svg.text)).toBe(true)
    expect(svg.text).toMatch(/<path [^>]*d="M\d/)

    const png = await send(relay, 'GET', `${PARTICIPANTS}/${id}/invitation.png`, facilitator)
    expect(png.status).toBe(200)
    expect(png.type).toBe('image/png')
    const image = decodePng(png.bytes)
    expect(image).toMatchObject({ width: 512, height: 512, rows: 512 })

    const unknown = await send(
      relay,
      'POST',
      `${PARTICIPANTS}/p-0000000000000000/invitation`,
      facilitator,
      {},
    )
    expect(unknown.status).toBe(404)
  })

  it('writes the invitation in French, Arabic and English with the date, place and agenda', async () => {
    const relay = await startRelay()
    const { facilitator, id, code } = await invitedAmina(relay)
    const dates = { fr: 'jeudi 12 mars 2026', ar: '12 مارس 2026', en: '12 March 2026' }
    for (const lang of ['fr', 'ar', 'en'] as const) {
      const text = await send(
        relay,
        'GET',
        `${PARTICIPANTS}/${id}/invitation.txt?lang=${lang}`,
        facilitator,
      )
      expect(text.status).toBe(200)
      expect(text.type).toMatch(/^text\/plain; charset=utf-8/)
      expect(text.text).toContain(dates[lang])
      expect(text.text).toContain('09:30')
      expect(text.text).toContain('Palais des Institutions Italiennes, Tanger')
      expect(text.text).toContain(governance.title[lang])
      expect(text.text).toContain(`09:30 ${governance.agenda[0]!.title[lang]}`)
      expect(text.text).toContain(`${relay.httpUrl}/rsvp/${code}`)
      expect(text.text).toContain('Amina')
      expect(text.text).not.toContain('Benjelloun')
      expect(text.text).not.toContain('amina.alaoui@exemple.ma')
    }
    const bad = await send(
      relay,
      'GET',
      `${PARTICIPANTS}/${id}/invitation.txt?lang=de`,
      facilitator,
    )
    expect(bad.status).toBe(400)
  })

  it('lets the invitee confirm or decline on the RSVP page, seeing only their display name', async () => {
    const relay = await startRelay()
    const { facilitator, id, code } = await invitedAmina(relay)
    expect(await statusOf(relay, facilitator, id)).toBe('invited')
    const view = await send(relay, 'GET', `/api/rsvp/${code}`)
    expect(view.status).toBe(200)
    expect(view.body).toEqual({
      consultation: 'Tanger 2026',
      session: { id: 'governance', title: governance.title },
      date: '2026-03-12T09:30',
      place: 'Palais des Institutions Italiennes, Tanger',
      displayName: 'Amina',
      status: 'invited',
    })
    for (const personal of ['Benjelloun', 'amina.alaoui', 'Tanja', id]) {
      expect(view.text).not.toContain(personal)
    }

    const confirmed = await send(relay, 'POST', `/api/rsvp/${code}`, undefined, {
      answer: 'confirmed',
    })
    expect(confirmed.body.status).toBe('confirmed')
    expect(await statusOf(relay, facilitator, id)).toBe('confirmed')
    const declined = await send(relay, 'POST', `/api/rsvp/${code}`, undefined, {
      answer: 'declined',
    })
    expect(declined.body.status).toBe('declined')
    expect(declined.text).not.toContain('Benjelloun')
    expect(await statusOf(relay, facilitator, id)).toBe('declined')

    const bad = await send(relay, 'POST', `/api/rsvp/${code}`, undefined, { answer: 'attended' })
    expect(bad.status).toBe(400)
    expect(await statusOf(relay, facilitator, id)).toBe('declined')
  })

  it('joins an invitee with their code to their sub-group board, and checks them in', async () => {
    const relay = await startRelay()
    const { facilitator, id, code } = await invitedAmina(relay)
    const before = Date.now()
    const joined = await send(relay, 'POST', `/api/join/${code.toLowerCase()}`, undefined, {})
    expect(joined.status).toBe(200)
    expect(joined.body).toMatchObject({
      workshop: 'tanger',
      board: 'governance-g2',
      boards: ['governance-g2', 'governance-plenary'],
      name: 'Amina',
    })
    const claims = await verifyToken(joined.body.token as string, SECRET)
    expect(claims).toMatchObject({
      sub: id,
      name: 'Amina',
      role: 'participant',
      workshop: 'tanger',
      boards: ['governance-g2', 'governance-plenary'],
    })
    expect(claims.exp * 1000).toBeLessThanOrEqual(before + 12 * 3600 * 1000 + 1000)
    expect(claims.exp * 1000).toBeGreaterThan(before + 11 * 3600 * 1000)
    expect(await statusOf(relay, facilitator, id)).toBe('attended')

    const watcher = await syncedClient(relay.syncUrl, 'tanger/governance-g2', facilitator)
    const amina = await syncedClient(
      relay.syncUrl,
      'tanger/governance-g2',
      joined.body.token as string,
    )
    addNote(amina.doc, { category: 'risk', x: 40, y: 40, text: 'Les SMS d’alerte arrivent tard' })
    await waitFor(() => listNotes(watcher.doc).some((note) => note.text.startsWith('Les SMS')))

    const answer = await send(relay, 'POST', `/api/rsvp/${code}`, undefined, { answer: 'declined' })
    expect(answer.status).toBe(409)
    expect(await statusOf(relay, facilitator, id)).toBe('attended')
  })

  it('joins a walk-in with a room code and a display name only', async () => {
    const relay = await startRelay()
    const { facilitator } = await invitedAmina(relay)
    const room = await send(relay, 'POST', `${API}/sessions/governance/room-code`, facilitator, {
      board: 'governance-g3',
    })
    expect(room.status).toBe(200)
    const code = room.body.code as string
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/)
    const again = await send(relay, 'POST', `${API}/sessions/governance/room-code`, facilitator, {
      board: 'governance-g3',
    })
    expect(again.body.code).toBe(code)
    const wrongBoard = await send(
      relay,
      'POST',
      `${API}/sessions/governance/room-code`,
      facilitator,
      {
        board: 'governance-plenary',
      },
    )
    expect(wrongBoard.status).toBe(400)

    const preview = await send(relay, 'GET', `/api/join/${code}`)
    expect(preview.body).toMatchObject({ kind: 'room', board: { id: 'governance-g3' } })
    const nameless = await send(relay, 'POST', `/api/join/${code}`, undefined, {})
    expect(nameless.body.code).toBe('ATELIER_ERR_NAME_REQUIRED')
    const tooLong = await send(relay, 'POST', `/api/join/${code}`, undefined, {
      displayName: 'x'.repeat(61),
    })
    expect(tooLong.status).toBe(400)

    const joined = await send(relay, 'POST', `/api/join/${code}`, undefined, {
      displayName: '  Youssef  ',
    })
    expect(joined.status).toBe(200)
    const claims = await verifyToken(joined.body.token as string, SECRET)
    expect(claims).toMatchObject({
      name: 'Youssef',
      role: 'participant',
      boards: ['governance-g3', 'governance-plenary'],
    })
    expect(claims.sub).toMatch(/^w-[0-9a-f]{16}$/)
    const second = await send(relay, 'POST', `/api/join/${code}`, undefined, {
      displayName: 'Salma',
    })
    expect((await verifyToken(second.body.token as string, SECRET)).sub).not.toBe(claims.sub)
    const rsvp = await send(relay, 'GET', `/api/rsvp/${code}`)
    expect(rsvp.status).toBe(404)
  })

  it('answers 410 for a revoked or expired code and 404 for an unknown one', async () => {
    const relay = await startRelay()
    const { facilitator, id, code } = await invitedAmina(relay)
    const room = await send(relay, 'POST', `${API}/sessions/governance/room-code`, facilitator, {
      board: 'governance-g1',
    })
    const roomCode = room.body.code as string

    expect((await send(relay, 'DELETE', `${API}/codes/${code}`, facilitator)).status).toBe(204)
    for (const [method, path] of [
      ['GET', `/api/rsvp/${code}`],
      ['POST', `/api/join/${code}`],
      ['GET', `/api/join/${code}`],
    ] as const) {
      const revoked = await send(relay, method, path, undefined, method === 'POST' ? {} : undefined)
      expect(revoked.status, path).toBe(410)
      expect(revoked.body.code).toBe('ATELIER_ERR_CODE_REVOKED')
    }
    expect(await statusOf(relay, facilitator, id)).toBe('invited')
    const fresh = await send(relay, 'POST', `${PARTICIPANTS}/${id}/invitation`, facilitator, {})
    expect(fresh.body.code).not.toBe(code)

    rewriteCode(relay, roomCode, 'UPDATE join_codes SET expires_at = 1 WHERE code = @code')
    const expired = await send(relay, 'POST', `/api/join/${roomCode}`, undefined, {
      displayName: 'Karim',
    })
    expect(expired.status).toBe(410)
    expect(expired.body.code).toBe('ATELIER_ERR_CODE_EXPIRED')

    const unknown = await send(relay, 'POST', '/api/join/ZZZZZZZZZZ', undefined, {})
    expect(unknown.status).toBe(404)
    expect(unknown.body.code).toBe('ATELIER_ERR_CODE_UNKNOWN')
    expect((await send(relay, 'GET', '/api/rsvp/not-a-code!')).status).toBe(404)
  })

  it('stops an address that tries too many wrong codes, not one that joins', async () => {
    const relay = await startRelay()
    const { code } = await invitedAmina(relay)
    for (let attempt = 0; attempt < 30; attempt++) {
      const miss = await send(relay, 'GET', `/api/join/ZZZZ${String(attempt).padStart(2, '0')}`)
      expect(miss.status).toBe(404)
    }
    const limited = await send(relay, 'GET', `/api/join/${code}`)
    expect(limited.status).toBe(429)
    expect(limited.body.code).toBe('ATELIER_ERR_RATE_LIMITED')

    const other = await startRelay()
    const { code: good } = await invitedAmina(other)
    for (let attempt = 0; attempt < 40; attempt++) {
      expect((await send(other, 'GET', `/api/join/${good}`)).status).toBe(200)
    }
  })

  it('lists the live room codes of a session for its facilitator only', async () => {
    const relay = await startRelay()
    const { facilitator } = await invitedAmina(relay)
    const list = `${API}/sessions/governance/room-codes`
    expect((await send(relay, 'GET', list, facilitator)).body).toEqual({ roomCodes: [] })
    const made: string[] = []
    for (const board of ['governance-g3', 'governance-g1']) {
      const room = await send(relay, 'POST', `${API}/sessions/governance/room-code`, facilitator, {
        board,
      })
      made.push(room.body.code as string)
    }
    const listed = await send(relay, 'GET', list, facilitator)
    expect(listed.status).toBe(200)
    expect(listed.type).toContain('application/json')
    const roomCodes = listed.body.roomCodes as Array<Record<string, unknown>>
    expect(roomCodes.map((each) => [each.board, each.code])).toEqual([
      ['governance-g1', made[1]],
      ['governance-g3', made[0]],
    ])
    expect(roomCodes[0]!.link).toBe(`${relay.httpUrl}/join/${made[1]}`)

    expect((await send(relay, 'DELETE', `${API}/codes/${made[0]}`, facilitator)).status).toBe(204)
    const after = await send(relay, 'GET', list, facilitator)
    expect((after.body.roomCodes as Array<{ board: string }>).map((each) => each.board)).toEqual([
      'governance-g1',
    ])
    expect(
      (await send(relay, 'GET', `${API}/sessions/nowhere/room-codes`, facilitator)).status,
    ).toBe(404)
    for (const token of [
      await tokenFor({ sub: 'p', role: 'participant' }),
      await tokenFor({ sub: 'fac', role: 'facilitator', workshop: 'rabat' }),
    ]) {
      const refused = await send(relay, 'GET', list, token)
      expect(refused.status).toBe(403)
      expect(refused.body).not.toHaveProperty('roomCodes')
    }
    expect((await send(relay, 'GET', list)).status).toBe(401)
  })

  it('refuses the console API to a participant token from a join code', async () => {
    const relay = await startRelay()
    const { code } = await invitedAmina(relay)
    const joined = await send(relay, 'POST', `/api/join/${code}`, undefined, {})
    const token = joined.body.token as string
    for (const path of [PARTICIPANTS, `${PARTICIPANTS}/export`, `${API}/consultation`]) {
      const response = await send(relay, 'GET', path, token)
      expect(response.status, path).toBe(403)
    }
    const create = await send(relay, 'POST', PARTICIPANTS, token, {
      name: 'X',
      session: 'governance',
    })
    expect(create.status).toBe(403)
  })
})
