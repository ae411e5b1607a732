import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ensureWebBuilt } from './helpers/app.js'

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?"\.\/([^"]+\.js)"/g

/** The chunk and every chunk it imports statically: what a browser must load before it runs. */
function withStaticImports(assets: string, chunk: string, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk)) return seen
  seen.add(chunk)
  const code = readFileSync(join(assets, chunk), 'utf8')
  for (const match of code.matchAll(STATIC_IMPORT)) {
    if (match[1]) withStaticImports(assets, match[1], seen)
  }
  return seen
}

/** The JavaScript a phone loads to show a board: the app's entry and the phone view's chunk. */
function phoneRoute(): { assets: string; chunks: string[] } {
  const dist = ensureWebBuilt()
  const assets = join(dist, 'assets')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  const phone = readdirSync(assets).find((file) => /^phone-.*\.js$/.test(file))
  if (!entry || !phone) throw new Error('the web build has no entry or no phone chunk')
  const chunks = withStaticImports(assets, phone, withStaticImports(assets, entry))
  return { assets, chunks: [...chunks] }
}

describe('the phone route’s bundle', () => {
  it('loads no canvas code: no Konva and no board view', () => {
    const { assets, chunks } = phoneRoute()
    expect(chunks.some((chunk) => chunk.startsWith('phone-'))).toBe(true)
    for (const chunk of chunks) {
      expect(chunk).not.toMatch(/^BoardView-/)
      expect(readFileSync(join(assets, chunk), 'utf8')).not.toMatch(/konva/i)
    }
    const gzipped = chunks.reduce(
      (total, chunk) => total + gzipSync(readFileSync(join(assets, chunk)), { level: 9 }).length,
      0,
    )
    console.info(`phone route: ${chunks.length} chunks, ${(gzipped / 1024).toFixed(1)} KiB gzipped`)
  })
})
