import * as prng from 'lib0/prng'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { mintToken } from '@atelier/relay'
import { launchRelay, rssOf, TEST_SECRET } from '../helpers/process.js'
import { buildCorpus } from './corpus.js'
import { mutate } from './mutate.js'

export interface FuzzOptions {
  readonly seed: number
  readonly frames: number
  readonly sockets: number
  readonly port: number
  readonly dataDir: string
  readonly log?: (line: string) => void
}

export interface FuzzResult {
  readonly framesSent: number
  readonly connections: number
  readonly relayAlive: boolean
  readonly peakRssBytes: number
  readonly startRssBytes: number
  readonly converged: boolean
  readonly goodEdits: number
  readonly seconds: number
}

const ROOM = 'fuzz/board'
const secret = new TextEncoder().encode(TEST_SECRET)

/**
 * Sends `frames` random and mutated frames from `sockets` raw sockets at a relay run as a child
 * process, while three stock clients keep editing the same board. Seeded: the same seed sends
 * the same frames (their interleaving with the relay's answers depends on timing).
 */
export async function fuzzRelay(options: FuzzOptions): Promise<FuzzResult> {
  const gen = prng.create(options.seed)
  const corpus = buildCorpus(gen)
  const relay = await launchRelay(options.port, options.dataDir, {
    LOG_LEVEL: 'fatal',
    MAX_MESSAGES_PER_SECOND: '100000',
  })
  const started = performance.now()
  const startRss = rssOf(relay.child.pid!)
  let peakRss = startRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(relay.child.pid!))), 250)
  const good = await goodClients(relay.syncUrl)
  let goodEdits = 0
  // The good clients write raw values where a participant may write (the comments map): the
  // relay checks where an update writes, not what it says, which is packages/model's business.
  const editing = setInterval(() => {
    for (const [i, doc] of good.docs.entries())
      doc.getMap('comments').set(`c${i}-${goodEdits}`, goodEdits)
    goodEdits++
  }, 20)
  // Half the connections as a facilitator, whose updates reach the document unchecked for
  // scope, half as a participant, whose updates the relay first places by top-level type.
  const tokens = await Promise.all(
    (['facilitator', 'participant'] as const).map((role) =>
      mintToken(secret, { sub: `fuzzer-${role}`, name: 'Fuzz', role, workshop: 'fuzz' }),
    ),
  )
  let sent = 0
  let connections = 0
  const attack = async () => {
    while (sent < options.frames && relay.child.exitCode === null) {
      connections++
      sent += await attackOnce(
        `${relay.syncUrl}/${ROOM}?token=${tokens[connections % 2]}`,
        gen,
        corpus,
        options.frames - sent,
      )
      if (connections % 500 === 0) options.log?.(`${sent} frames over ${connections} connections`)
    }
  }
  await Promise.all(Array.from({ length: options.sockets }, attack))
  clearInterval(editing)
  const converged = await waitConverged(good.docs)
  clearInterval(sampler)
  const alive = relay.child.exitCode === null && (await fetch(`${relay.httpUrl}/healthz`)).ok
  good.destroy()
  await relay.kill('SIGTERM')
  return {
    framesSent: sent,
    connections,
    relayAlive: alive,
    peakRssBytes: peakRss,
    startRssBytes: startRss,
    converged,
    goodEdits: goodEdits * good.docs.length,
    seconds: (performance.now() - started) / 1000,
  }
}

/** Opens one raw socket and sends frames until the relay closes it or the budget is spent. */
function attackOnce(
  url: string,
  gen: prng.PRNG,
  corpus: Uint8Array[],
  budget: number,
): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url)
    let sent = 0
    const finish = () => {
      socket.removeAllListeners()
      socket.on('error', () => {})
      socket.terminate()
      resolve(sent)
    }
    socket.on('error', finish)
    socket.on('close', finish)
    socket.on('unexpected-response', finish)
    socket.on('open', () => {
      const pump = () => {
        if (socket.readyState !== WebSocket.OPEN || sent >= Math.min(budget, 200)) return finish()
        socket.send(mutate(gen, corpus))
        sent++
        setImmediate(pump)
      }
      pump()
    })
  })
}

async function goodClients(syncUrl: string) {
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
  const providers = await Promise.all(
    docs.map(async (doc, i) => {
      const token = await mintToken(secret, {
        sub: `good-${i}`,
        name: `Good ${i}`,
        role: 'participant',
        workshop: 'fuzz',
      })
      return new WebsocketProvider(syncUrl, ROOM, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params: { token },
        disableBc: true,
        maxBackoffTime: 200,
      })
    }),
  )
  return {
    docs,
    destroy: () => {
      for (const provider of providers) provider.destroy()
    },
  }
}

async function waitConverged(docs: Y.Doc[]): Promise<boolean> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const [first, ...rest] = docs.map((doc) =>
      JSON.stringify(
        Object.entries(doc.getMap('comments').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    )
    const states = docs.map((doc) =>
      JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b)),
    )
    if (rest.every((json) => json === first) && states.every((sv) => sv === states[0])) return true
    await new Promise((done) => setTimeout(done, 100))
  }
  return false
}
