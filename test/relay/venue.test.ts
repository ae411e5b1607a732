import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { callApi } from '../helpers/api.js'
import { startRelay, tokenFor } from '../helpers/relay.js'

const VENUE = '/api/workshops/tanger/venue'

/** This machine's first non-loopback IPv4 address: the venue tests need one, and say so. */
function lanAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)
  if (!found) throw new Error('this machine has no non-loopback IPv4 address (see `ip addr`)')
  return found.address
}

type Venue = {
  host: string
  port: number
  loopbackOnly: boolean
  lanAddresses: { interface: string; address: string }[]
  url: string | null
  otherUrls: string[]
  qrSvg: string | null
}

describe('GET /api/workshops/<w>/venue', () => {
  it('tells the facilitator of a loopback relay that phones cannot reach it, with no QR code', async () => {
    const relay = await startRelay()
    const answer = await callApi(relay, VENUE, await tokenFor())
    expect(answer.status).toBe(200)
    const venue = answer.body as unknown as Venue
    expect(venue).toMatchObject({ host: '127.0.0.1', port: relay.port, loopbackOnly: true })
    expect(venue.url).toBeNull()
    expect(venue.qrSvg).toBeNull()
    expect(venue.lanAddresses.map((lan) => lan.address)).toContain(lanAddress())
  })

  it('gives the join page on the LAN address of a relay on 0.0.0.0, as text and QR code, and it answers there', async () => {
    const relay = await startRelay({ HOST: '0.0.0.0' })
    const answer = await callApi(relay, VENUE, await tokenFor())
    const venue = answer.body as unknown as Venue
    const lan = lanAddress()
    expect(venue).toMatchObject({ host: '0.0.0.0', loopbackOnly: false })
    expect(venue.url).toBe(`http://${lan}:${relay.port}/join`)
    expect(venue.qrSvg).toMatch(/^<svg [^>]*viewBox/)
    const health = await fetch(`http://${lan}:${relay.port}/healthz`)
    expect(health.status).toBe(200)
  })

  it('is for the workshop facilitator only', async () => {
    const relay = await startRelay({ HOST: '0.0.0.0' })
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      expect((await callApi(relay, VENUE, await tokenFor({ sub: `p-${role}`, role }))).status).toBe(
        403,
      )
    }
    expect((await callApi(relay, VENUE, await tokenFor({ workshop: 'rabat' }))).status).toBe(403)
    const anonymous = await fetch(`${relay.httpUrl}${VENUE}`)
    expect(anonymous.status).toBe(401)
  })
})
