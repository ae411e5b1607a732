import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ensureWebBuilt } from './helpers/app.js'

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?"\.\/([^"]+\.js)"/g
const EDITOR_CODE = /prosemirror|tiptap/i

/** The chunk and every chunk it imports statically: what a browser loads before it runs. */
function withStaticImports(assets: string, chunk: string, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk)) return seen
  seen.add(chunk)
  const code = readFileSync(join(assets, chunk), 'utf8')
  for (const match of code.matchAll(STATIC_IMPORT)) {
    if (match[1]) withStaticImports(assets, match[1], seen)
  }
  return seen
}

function build() {
  const dist = ensureWebBuilt()
  const assets = join(dist, 'assets')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  const chunk = (prefix: string) =>
    readdirSync(assets).find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'))
  const [board, phone, editor] = [
    chunk('BoardView'),
    chunk('phone'),
    chunk('RecommendationsEditor'),
  ]
  if (!entry || !board || !phone || !editor) throw new Error('the web build lacks a chunk')
  const gzipped = (files: Iterable<string>) =>
    [...files].reduce(
      (total, file) => total + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length,
      0,
    )
  return { assets, entry, board, phone, editor, gzipped }
}

describe('the recommendations editor’s bundle', () => {
  it('is a chunk of its own: the board canvas and the phone view load no TipTap', () => {
    const { assets, entry, board, phone, editor, gzipped } = build()
    const canvas = withStaticImports(assets, board, withStaticImports(assets, entry))
    const phoneRoute = withStaticImports(assets, phone, withStaticImports(assets, entry))
    for (const file of [...canvas, ...phoneRoute]) {
      expect(file).not.toMatch(/^RecommendationsEditor-/)
      expect(readFileSync(join(assets, file), 'utf8')).not.toMatch(EDITOR_CODE)
    }
    expect(readFileSync(join(assets, editor), 'utf8')).toMatch(EDITOR_CODE)
    const own = withStaticImports(assets, editor)
    const extra = [...own].filter((file) => !canvas.has(file))
    console.info(
      `recommendations editor: ${(gzipped(extra) / 1024).toFixed(1)} KiB gzipped on top of the board (${extra.join(', ')})`,
    )
  })
})
