/**
 * The client process of the scale-out benchmark: the relay benchmark's clients (`../crowd.ts`:
 * stock y-websocket 3.1.0 providers with awareness on, latency read from the entries' content),
 * spread over one or more relay instances. Every board has clients on every instance, so part
 * of each board's deliveries cross from one instance to another.
 */
import { Crowd, obeyOrchestrator, report, type Seat } from '../crowd.js'
import { roomName } from '../loads.js'
import { participantToken } from '../servers.js'
import { quantile } from '../stats.js'
import { instanceOf, type ScaleLoad, type ScaleObserved, type ScaleStart } from './settings.js'

let instances = 1
let perBoard = 1

/** Deliveries that crossed: the writer is on another instance than the reader. */
const crowd = new Crowd((reader, key) => {
  // The key is `<writer index>-<n>`: the writer's seat says which instance it wrote to.
  const writer = Number(key.slice(0, key.indexOf('-')))
  return instanceOf(writer % perBoard, instances) !== instanceOf(reader.seat, instances)
})

async function connectAll(load: ScaleLoad, urls: readonly string[], secret: string): Promise<void> {
  instances = urls.length
  perBoard = load.clientsPerBoard
  const key = new TextEncoder().encode(secret)
  const seats: Seat[] = []
  for (let board = 0; board < load.boards; board++) {
    for (let seat = 0; seat < load.clientsPerBoard; seat++) {
      const index = board * load.clientsPerBoard + seat
      const room = roomName(board)
      const serverUrl = urls[instanceOf(seat, instances)] as string
      const token = await participantToken(key, room, index)
      seats.push({ serverUrl, room, index, seat, params: { token } })
    }
  }
  const connectSeconds = await crowd.connect(seats)
  crowd.startWriting(load.writersPerBoard, load.clientsPerBoard, load.writesPerSecond)
  await report({ type: 'connected', connectSeconds, connections: crowd.size })
}

function observe(load: ScaleLoad): ScaleObserved {
  const window = crowd.closeWindow(load.clientsPerBoard)
  const crossed = window.picked
  return {
    seconds: window.seconds,
    deliveries: window.deliveries,
    expected: window.expected,
    p50: quantile(window.latencies, 0.5),
    p99: quantile(window.latencies, 0.99),
    crossDeliveries: crossed.length,
    crossP50: quantile(crossed, 0.5),
    crossP99: quantile(crossed, 0.99),
    disconnects: window.disconnects,
    awarenessRounds: window.awarenessRounds,
  }
}

obeyOrchestrator<ScaleStart>(
  crowd,
  (command) => connectAll(command.load, command.urls, command.secret),
  (started) => observe(started.load),
)
