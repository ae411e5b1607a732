import { describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import { createRelay, loadConfig } from '@atelier/relay'
import { openRaw, syncedClient } from '../helpers/clients.js'
import { startRelay, tempDataDir, TEST_SECRET, tokenFor } from '../helpers/relay.js'

describe('relay limits and operations', () => {
  it('refuses connections past the per-address limit, and accepts again when one leaves', async () => {
    const relay = await startRelay({ MAX_CONNECTIONS_PER_IP: '3' })
    const url = `${relay.syncUrl}/tanger/group-1?token=${await tokenFor()}`
    const open = await Promise.all([openRaw(url), openRaw(url), openRaw(url)])
    expect(open.every((outcome) => outcome.socket)).toBe(true)
    expect((await openRaw(url)).status).toBe(429)
    open[0]!.socket!.close()
    await new Promise((done) => setTimeout(done, 200))
    expect((await openRaw(url)).socket).toBeDefined()
  })

  it('refuses a new room past the rooms limit but still serves loaded ones', async () => {
    const relay = await startRelay({ MAX_ROOMS: '2' })
    const token = await tokenFor()
    expect((await openRaw(`${relay.syncUrl}/tanger/a?token=${token}`)).socket).toBeDefined()
    expect((await openRaw(`${relay.syncUrl}/tanger/b?token=${token}`)).socket).toBeDefined()
    expect((await openRaw(`${relay.syncUrl}/tanger/c?token=${token}`)).status).toBe(503)
    expect((await openRaw(`${relay.syncUrl}/tanger/a?token=${token}`)).socket).toBeDefined()
  })

  it('answers /healthz and exposes Prometheus metrics of what it carried', async () => {
    const relay = await startRelay()
    const health = await fetch(`${relay.httpUrl}/healthz`)
    expect(health.status).toBe(200)
    const a = await syncedClient(relay.syncUrl, 'tanger/group-1', await tokenFor({ sub: 'a' }))
    const b = await syncedClient(relay.syncUrl, 'tanger/group-1', await tokenFor({ sub: 'b' }))
    a.doc.getMap('test').set('x', 1)
    await new Promise((done) => setTimeout(done, 200))
    expect(b.doc.getMap('test').get('x')).toBe(1)
    await openRaw(`${relay.syncUrl}/tanger/group-1?token=forged`)
    const metrics = await (await fetch(`${relay.httpUrl}/metrics`)).text()
    expect(metrics).toMatch(/^atelier_connections 2$/m)
    expect(metrics).toMatch(/^atelier_rooms 1$/m)
    expect(metrics).toMatch(/^atelier_updates_received_total [1-9]/m)
    expect(metrics).toMatch(/^atelier_updates_delivered_total [1-9]/m)
    expect(metrics).toMatch(/atelier_rejected_total\{reason="ATELIER_ERR_UNAUTHORIZED"\} 1/)
    expect(metrics).toMatch(/atelier_storage_append_seconds_count [1-9]/)
  })

  it('stops at start with a message naming every bad setting', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        ATELIER_SECRET: 'short',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      /PORT[\s\S]*ATELIER_SECRET: ATELIER_SECRET must be at least 32[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/,
    )
    expect(loadConfig({}).PORT).toBe(8080)
    expect(loadConfig({}).MAX_CONNECTIONS_PER_IP).toBe(1000)
  })

  it('never writes a token into its logs', async () => {
    const lines: string[] = []
    const config = loadConfig({
      ATELIER_SECRET: TEST_SECRET,
      LOG_LEVEL: 'info',
      DATA_DIR: tempDataDir(),
    })
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const relay = await createRelay(config, sink)
    await relay.listen({ port: 0, host: '127.0.0.1' })
    const address = relay.server.address() as { port: number }
    const token = await tokenFor()
    await openRaw(`ws://127.0.0.1:${address.port}/sync/tanger/group-1?token=${token}`)
    await openRaw(`ws://127.0.0.1:${address.port}/sync/rabat/group-1?token=${token}`)
    await fetch(`http://127.0.0.1:${address.port}/sync/tanger/group-1?token=${token}`)
    await relay.close()
    const log = lines.join('')
    expect(log).toContain('/sync/tanger/group-1?[redacted]')
    expect(log).not.toContain(token)
    expect(log).not.toContain(token.split('.')[2])
  })
})
