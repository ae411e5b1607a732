// `npm start`: builds what is missing, then runs the relay, which serves the web app and the
// demo consultation on http://localhost:8080 (PORT, HOST and the rest of README's table apply).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

const root = join(import.meta.dirname, '..')
const relayEntry = join(root, 'apps/relay/dist/server.js')
const webIndex = join(root, 'apps/web/dist/index.html')
const phoneEntry = join(root, 'apps/web/dist/phone/entry.js')

if (
  !existsSync(relayEntry) ||
  !existsSync(webIndex) ||
  !existsSync(phoneEntry) ||
  sourcesNewerThan(webIndex)
) {
  console.log('Atelier: building the relay and the web app (first start or changed sources)…')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}

// The demo hands out facilitator links to whoever asks: on this machine only, never on a venue's
// network. `HOST=0.0.0.0 npm start` runs without it unless ATELIER_DEMO says otherwise.
const loopback = ['', '127.0.0.1', 'localhost', '::1'].includes(process.env.HOST ?? '')
if (!loopback && process.env.ATELIER_DEMO === undefined) {
  console.log(
    `Atelier: listening on ${process.env.HOST}, so the demo is off (ATELIER_DEMO=1 turns it on).`,
  )
}
const relay = spawn(process.execPath, [relayEntry], {
  cwd: root,
  stdio: 'inherit',
  env: { ATELIER_DEMO: loopback ? '1' : '0', ...process.env },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => relay.kill(signal))
relay.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

/** Whether any source file of the workspaces changed after the build. */
function sourcesNewerThan(built) {
  const builtAt = statSync(built).mtimeMs
  const roots = ['apps/web/src', 'apps/relay/src', 'packages'].map((dir) => join(root, dir))
  const stack = [...roots]
  while (stack.length > 0) {
    const dir = stack.pop()
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) stack.push(path)
      else if (statSync(path).mtimeMs > builtAt) return true
    }
  }
  return false
}
