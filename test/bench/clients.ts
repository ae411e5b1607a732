/**
 * The client process of the benchmark: many stock y-websocket clients, as browsers run them
 * (`crowd.ts`), driven by the orchestrator (`run.ts`) over the IPC channel. It connects a load's
 * clients, writes at the load's rate, and reports what the readers saw during the measured tally.
 */
import { Crowd, obeyOrchestrator, report, type Seat } from './crowd.js'
import { LoadKind, roomName, type Load, type Observed, type Start } from './loads.js'
import { serverNamed } from './servers.js'
import { quantile } from './stats.js'

const crowd = new Crowd()

async function connectAll(load: Load, serverName: string, port: number): Promise<void> {
  const server = serverNamed(serverName)
  const serverUrl = server.serverUrl(port)
  const seats: Seat[] = []
  for (let room = 0; room < load.rooms; room++) {
    for (let seat = 0; seat < load.clientsPerRoom; seat++) {
      const index = room * load.clientsPerRoom + seat
      const params = await server.params(roomName(room), index)
      seats.push({ serverUrl, room: roomName(room), index, seat, params })
    }
  }
  const connectSeconds = await crowd.connect(seats)
  if (load.kind === LoadKind.traffic) {
    crowd.startWriting(load.writersPerRoom, load.clientsPerRoom, load.writesPerSecond)
  }
  await report({ type: 'connected', connectSeconds, connections: crowd.size })
}

function observe(load: Load): Observed {
  const window = crowd.closeWindow(load.clientsPerRoom)
  return {
    seconds: window.seconds,
    deliveries: window.deliveries,
    expected: window.expected,
    p50: quantile(window.latencies, 0.5),
    p95: quantile(window.latencies, 0.95),
    p99: quantile(window.latencies, 0.99),
    disconnects: window.disconnects,
    awarenessRounds: window.awarenessRounds,
  }
}

obeyOrchestrator<Start>(
  crowd,
  (command) => connectAll(command.load, command.server, command.port),
  (started) => observe(started.load),
)
