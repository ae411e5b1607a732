import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ensureWebBuilt } from './helpers/app.js'

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?"(\.{1,2}\/[^"]+\.js)"/g
/** The chunks the bundler's preload helper fetches along with a dynamic import. */
const PRELOADED = /__vite__mapDeps=[^[]*\[([^\]]*)\]/

/** The chunk and every chunk it imports statically: what a browser loads before it runs. */
function withStaticImports(dir: string, chunk: string, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk)) return seen
  seen.add(chunk)
  for (const match of readFileSync(join(dir, chunk), 'utf8').matchAll(STATIC_IMPORT)) {
    withStaticImports(dir, posix.join(posix.dirname(chunk), match[1]!), seen)
  }
  return seen
}

/**
 * What the phone build runs to show a board: its entry, the page it imports at once, and the
 * chunks fetched with that page. Parts loaded later, on demand (vote results, the scenario
 * panel, a session's texts), are not counted here; `npm run bench` weighs a real load.
 */
function phoneCriticalPath(phone: string): string[] {
  const entry = readFileSync(join(phone, 'entry.js'), 'utf8')
  const listed = PRELOADED.exec(entry)?.[1] ?? ''
  const preloaded = [...listed.matchAll(/"([^"]+\.js)"/g)].map((match) => match[1]!)
  const seen = new Set<string>()
  for (const chunk of ['entry.js', ...preloaded]) withStaticImports(phone, chunk, seen)
  return [...seen]
}

const gzipped = (files: string[]) =>
  files.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0)

describe('the phone’s board page, as built', () => {
  const dist = ensureWebBuilt()
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const bootstrap = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  const phone = join(dist, 'phone')

  it('starts with a script that loads the phone build and nothing of React', () => {
    expect(bootstrap).toBeDefined()
    const code = readFileSync(join(dist, 'assets', bootstrap!), 'utf8')
    expect(code).toContain('/phone/entry.js')
    // The app on React is only a dynamic import away, for every other page.
    expect(withStaticImports(join(dist, 'assets'), bootstrap!).size).toBe(1)
    expect(code).not.toMatch(/react-dom|__CLIENT_INTERNALS/)
    // No stylesheet or script of the app is linked by the page itself.
    expect(html).not.toMatch(/rel="modulepreload"|rel="stylesheet"/)
  })

  it('runs the phone view on Preact, with no React DOM, canvas or editor code, under 150 KB gzip', () => {
    const chunks = phoneCriticalPath(phone)
    expect(chunks.some((chunk) => /^assets\/phone-start-/.test(chunk))).toBe(true)
    // What only some boards need comes later, on demand: the roadmap's action sheet, the
    // serious-game panel, the vote results.
    for (const chunk of chunks) {
      expect(chunk).not.toMatch(/ActionSheetDialog|ScenarioPanel|VotingResults/)
    }
    const code = chunks.map((chunk) => readFileSync(join(phone, chunk), 'utf8')).join('\n')
    expect(code).not.toMatch(/konva|@tiptap|prosemirror|__CLIENT_INTERNALS_DO_NOT_USE/i)
    const maps = chunks
      .map((chunk) => join(phone, `${chunk}.map`))
      .filter((file) => existsSync(file)) // the bundler's tiny runtime has no map
      .flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }).sources)
    expect(maps.some((source) => source.includes('node_modules/preact/'))).toBe(true)
    expect(maps.filter((source) => /node_modules\/react-dom\//.test(source))).toEqual([])
    const bytes = gzipped(chunks.map((chunk) => join(phone, chunk)))
    console.info(`phone build: ${chunks.length} chunks, ${(bytes / 1000).toFixed(1)} KB gzip`)
    expect(bytes).toBeLessThan(150_000)
  })
})
