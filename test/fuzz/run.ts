import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../helpers/ports.js'
import { fuzzRelay } from './fuzzer.js'

/** `npm run fuzz`: 100,000 frames by default; FUZZ_FRAMES, FUZZ_SEED and FUZZ_SOCKETS change it. */
const frames = Number(process.env.FUZZ_FRAMES ?? 100_000)
const seed = Number(process.env.FUZZ_SEED ?? 20261129)
const sockets = Number(process.env.FUZZ_SOCKETS ?? 16)
const dataDir = mkdtempSync(join(tmpdir(), 'atelier-fuzz-'))
try {
  const result = await fuzzRelay({
    seed,
    frames,
    sockets,
    port: await freePort(),
    dataDir,
    log: (line) => console.log(line),
  })
  console.log(JSON.stringify({ seed, ...result }, null, 2))
  const grewMb = (result.peakRssBytes - result.startRssBytes) / 2 ** 20
  const ok = result.relayAlive && result.converged && result.framesSent >= frames && grewMb < 400
  console.log(ok ? 'fuzz: passed' : 'fuzz: FAILED')
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
