import { describe, expect, it } from 'vitest'
import { freePort } from '../helpers/ports.js'
import { tempDataDir } from '../helpers/relay.js'
import { fuzzRelay } from './fuzzer.js'

describe('fuzzing the relay (short run; `npm run fuzz` sends 100,000 frames)', () => {
  it('survives 5,000 mutated frames while three good clients keep converging', async () => {
    const result = await fuzzRelay({
      seed: 7,
      frames: 5000,
      sockets: 8,
      port: await freePort(),
      dataDir: tempDataDir(),
    })
    expect(result.relayAlive).toBe(true)
    expect(result.framesSent).toBeGreaterThanOrEqual(5000)
    expect(result.converged).toBe(true)
    expect(result.goodEdits).toBeGreaterThan(0)
    expect(result.peakRssBytes - result.startRssBytes).toBeLessThan(400 * 2 ** 20)
  }, 120_000)
})
