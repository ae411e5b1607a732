import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../helpers/process.js'

export const WEB_DIST = join(ROOT, 'apps/web/dist')

/**
 * The built web app that the relay serves. `npm test` builds it before the tests run; a test
 * run on its own builds it when it is missing.
 */
export function ensureWebBuilt(): string {
  if (!existsSync(join(WEB_DIST, 'index.html')) || !existsSync(join(WEB_DIST, 'phone/entry.js'))) {
    execFileSync('npm', ['run', 'build', '-w', '@atelier/web'], { cwd: ROOT, stdio: 'inherit' })
  }
  return WEB_DIST
}
