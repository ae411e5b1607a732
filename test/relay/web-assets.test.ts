import { request } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { cachePolicy } from '../../apps/relay/src/plugins/web.js'
import { ensureWebBuilt } from '../e2e/helpers/app.js'
import { startRelay } from '../helpers/relay.js'

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET that keeps the bytes as sent (fetch would decompress them). */
function get(url: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 0,
          headers: answer.headers,
          body: Buffer.concat(chunks),
        }),
      )
      answer.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('the web app as the relay serves it', () => {
  const dist = ensureWebBuilt()
  const assets = readdirSync(join(dist, 'assets'))
  const scripts = assets.filter((name) => name.endsWith('.js'))

  it('is built with a brotli and a gzip copy of every script and stylesheet', () => {
    expect(scripts.length).toBeGreaterThan(10)
    for (const name of assets.filter((file) => /\.(js|css)$/.test(file))) {
      const original = readFileSync(join(dist, 'assets', name))
      if (original.length < 1025) continue // below the plugin's threshold: not worth compressing
      expect(assets, name).toContain(`${name}.br`)
      expect(brotliDecompressSync(readFileSync(join(dist, 'assets', `${name}.br`)))).toEqual(
        original,
      )
      expect(gunzipSync(readFileSync(join(dist, 'assets', `${name}.gz`)))).toEqual(original)
    }
  })

  it('sends a script as brotli, gzip or as is, whichever the browser accepts, kept for a year', async () => {
    const relay = await startRelay({ WEB_DIR: dist })
    const largest = scripts
      .map((name) => ({ name, size: readFileSync(join(dist, 'assets', name)).length }))
      .sort((a, b) => b.size - a.size)[0]!
    const original = readFileSync(join(dist, 'assets', largest.name))
    const url = `${relay.httpUrl}/assets/${largest.name}`

    const brotli = await get(url, 'gzip, deflate, br')
    expect(brotli.status).toBe(200)
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body)).toEqual(original)
    expect(brotli.body.length).toBeLessThan(original.length / 2)
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotli.headers.vary).toMatch(/accept-encoding/i)

    const gzip = await get(url, 'gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body)).toEqual(original)

    const plain = await get(url, 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toEqual(original)
  })

  it('sends the page itself compressed too, but to be checked on every load', async () => {
    const relay = await startRelay({ WEB_DIR: dist })
    const page = await get(`${relay.httpUrl}/w/tanger/governance-g1`, 'br')
    expect(page.status).toBe(200)
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.body)).toEqual(readFileSync(join(dist, 'index.html')))
    // The phone build's entry keeps its name from one build to the next: checked every time too.
    const phoneEntry = await get(`${relay.httpUrl}/phone/entry.js`, 'gzip, br')
    expect(phoneEntry.status).toBe(200)
    expect(phoneEntry.headers['content-encoding']).toBe('br')
    expect(phoneEntry.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(phoneEntry.body)).toEqual(
      readFileSync(join(dist, 'phone/entry.js')),
    )
    const missing = await get(`${relay.httpUrl}/assets/none-such.js`, 'br')
    expect(missing.status).toBe(404)
  })

  it('keeps only hashed assets for long', () => {
    expect(cachePolicy('/srv/web/dist/assets/index-isr7EmC7.js')).toMatch(/immutable/)
    expect(cachePolicy('C:\\web\\dist\\assets\\index-isr7EmC7.js')).toMatch(/immutable/)
    expect(cachePolicy('/srv/web/dist/phone/assets/phone-start-D4FKcuAW.js')).toMatch(/immutable/)
    expect(cachePolicy('/srv/web/dist/index.html')).toBe('no-cache')
    expect(cachePolicy('/srv/web/dist/phone/entry.js')).toBe('no-cache')
  })
})
